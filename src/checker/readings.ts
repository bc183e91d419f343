// The historians' readings (story/README.md): every `# reading:` the global tags declare needs
// its historians in the historians file (story/historians.json, beside main.ink), which must
// be well formed; every option's reading tag must name a passage of that file that supports
// the same reading, by a historian whose work came after the decision; a reading no option
// supports, or historians of a reading the story never declares, are worth a warning.
// Unknown readings on options are checked with the options.
import { parseDate } from '../engine/dates';
import { type HistoriansFile, historianOf, parseHistorians } from '../engine/historians';
import type { StoryMeta } from '../engine/meta';
import { parseChoiceTags } from '../engine/tags';
import type { Finding } from './report';
import type { SourceFile, SourceIndex } from './sources';
import type { WalkResult } from './walk';

export const HISTORIANS_FILE = 'historians.json';

export interface ReadingsInput {
  meta: StoryMeta;
  walk: WalkResult;
  sources: SourceIndex;
  /** The historians file as the author named it, or null when there is none. */
  historians: SourceFile | null;
}


export function checkReadings(input: ReadingsInput): { errors: Finding[]; warnings: Finding[] } {
  const { meta, walk, sources, historians } = input;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  if (meta.readings.length === 0) return { errors, warnings };
  const declared = (id: string) => sources.locate(`reading: ${id} =`);

  let entries: Record<string, unknown> = {};
  let file: HistoriansFile | null = null;
  if (historians) {
    const at = { file: historians.file, line: 0 };
    let data: unknown;
    try {
      data = JSON.parse(historians.text);
    } catch (e) {
      errors.push({ ...at, message: `the historians file is not valid JSON: ${(e as Error).message}` });
    }
    if (data !== undefined) {
      const parsed = parseHistorians(data);
      for (const p of parsed.problems) errors.push({ ...at, message: `historians file: ${p}` });
      entries = parsed.value?.readings ?? {};
      file = parsed.value;
    }
  }

  for (const r of meta.readings) {
    if (entries[r.id]) continue;
    const where = historians ? `in ${historians.file}` : `: there is no ${HISTORIANS_FILE} beside the main ink file`;
    errors.push({ ...declared(r.id), message: `reading "${r.id}" has no historians ${where}` });
  }
  for (const id of Object.keys(entries)) {
    if (!meta.readings.some((r) => r.id === id) && historians) {
      warnings.push({ file: historians.file, line: 0, message: `${historians.file} has historians for "${id}", which is not declared as # reading: in the global tags` });
    }
  }

  const supported = new Set<string>();
  const said = new Set<string>();
  const refuse = (text: string, message: string) => {
    if (said.has(message)) return;
    said.add(message);
    errors.push({ ...sources.locate('reading:', text.slice(0, 40)), message });
  };
  for (const seen of walk.decisions.values()) {
    for (const s of seen) {
      for (const o of s.options) {
        const { reading, passage } = parseChoiceTags(o.tags).value;
        if (!reading) continue;
        supported.add(reading);
        // An undeclared reading, or one with no historians, is reported once above or with the options.
        if (!entries[reading] || !meta.readings.some((r) => r.id === reading)) continue;
        const option = `option "${o.text.trim()}" of decision "${s.id}"`;
        if (!passage) {
          refuse(o.text, `${option}: # reading: ${reading} names no passage of the historians' notes: write # reading: ${reading} @passage, with the passage in ${HISTORIANS_FILE}`);
          continue;
        }
        const p = file?.passages[passage];
        if (!file || !p) {
          refuse(o.text, `${option}: passage "${passage}" is not among the "passages" of ${historians?.file ?? HISTORIANS_FILE}`);
          continue;
        }
        if (p.reading !== reading) refuse(o.text, `${option}: passage "${passage}" supports "${p.reading}", not "${reading}"`);
        const work = historianOf(file, p);
        const workYear = work ? Number.parseInt(work.date, 10) : Number.NaN;
        const decided = s.date ? parseDate(s.date) : null;
        // A work cannot judge what happened in the year it was published, or later.
        if (decided && !(workYear > decided.year)) {
          refuse(o.text, `${option}: ${p.historian} (${work?.date}) cannot judge a decision of ${s.date}: the work came before it`);
        }
      }
    }
  }
  for (const r of meta.readings) {
    if (!supported.has(r.id)) warnings.push({ ...declared(r.id), message: `reading "${r.id}" is declared but no option supports it` });
  }
  return { errors, warnings };
}
