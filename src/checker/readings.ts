// The historians' readings (story/README.md): every `# reading:` the global tags declare needs
// its historians in the historians file (story/historians.json, beside main.ink), which must
// be well formed; a reading no option supports, or historians of a reading the story never
// declares, are worth a warning. Unknown readings on options are checked with the options.
import { parseHistorians } from '../engine/historians';
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

/** Where the readings' historians live: `historians.json` beside the main ink file. */
export function historiansPath(mainInk: string): string {
  const slash = Math.max(mainInk.lastIndexOf('/'), mainInk.lastIndexOf('\\'));
  return `${slash < 0 ? '' : mainInk.slice(0, slash + 1)}${HISTORIANS_FILE}`;
}

export function checkReadings(input: ReadingsInput): { errors: Finding[]; warnings: Finding[] } {
  const { meta, walk, sources, historians } = input;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  if (meta.readings.length === 0) return { errors, warnings };
  const declared = (id: string) => sources.locate(`reading: ${id} =`);

  let entries: Record<string, unknown> = {};
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
  for (const seen of walk.decisions.values()) {
    for (const s of seen) {
      for (const o of s.options) {
        const reading = parseChoiceTags(o.tags).value.reading;
        if (reading) supported.add(reading);
      }
    }
  }
  for (const r of meta.readings) {
    if (!supported.has(r.id)) warnings.push({ ...declared(r.id), message: `reading "${r.id}" is declared but no option supports it` });
  }
  return { errors, warnings };
}
