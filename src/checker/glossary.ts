// The glossary (story/README.md, "The glossary"): every `# term:` a card names needs a definition
// in glossary.json beside the main ink file, matched regardless of case; a definition no card
// uses is worth a warning. A story with no glossary file only hears that its terms go undefined.
import { parseGlossary, termKey } from '../engine/glossary';
import { parseTag } from '../engine/tags';
import type { Finding } from './report';
import type { SourceFile, SourceIndex } from './sources';
import type { WalkResult } from './walk';

export const GLOSSARY_FILE = 'glossary.json';

export interface GlossaryInput {
  walk: WalkResult;
  sources: SourceIndex;
  /** The glossary file as the author named it, or null when there is none. */
  glossary: SourceFile | null;
}

export function checkGlossary(input: GlossaryInput): { errors: Finding[]; warnings: Finding[] } {
  const { walk, sources, glossary } = input;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const used = new Map<string, string>();
  for (const tag of walk.lineTags) {
    const t = parseTag(tag);
    if (t.key === 'term' && t.value && !used.has(termKey(t.value))) used.set(termKey(t.value), t.value);
  }
  if (!glossary) {
    if (used.size > 0) {
      warnings.push({ ...sources.locate(`term: ${[...used.values()][0]}`), message: `the story names ${used.size} key term(s) but there is no ${GLOSSARY_FILE} beside the main ink file to define them` });
    }
    return { errors, warnings };
  }
  const at = { file: glossary.file, line: 0 };
  let data: unknown;
  try {
    data = JSON.parse(glossary.text);
  } catch (e) {
    errors.push({ ...at, message: `the glossary file is not valid JSON: ${(e as Error).message}` });
    return { errors, warnings };
  }
  const parsed = parseGlossary(data);
  for (const p of parsed.problems) errors.push({ ...at, message: `glossary file: ${p}` });
  const defined = new Map((parsed.value?.entries ?? []).map((e) => [termKey(e.term), e.term]));
  for (const [key, term] of used) {
    if (!defined.has(key)) errors.push({ ...sources.locate(`term: ${term}`), message: `key term "${term}" has no definition in ${glossary.file}` });
  }
  for (const [key, term] of defined) {
    if (!used.has(key)) warnings.push({ ...lineOf(glossary, term), message: `${glossary.file} defines "${term}", which no card names with # term:` });
  }
  return { errors, warnings };
}

/** Where a JSON file mentions a term: the first line holding it in quotes. */
export function lineOf(file: SourceFile, text: string): { file: string; line: number } {
  const i = file.text.split(/\r?\n/).findIndex((l) => l.includes(JSON.stringify(text)));
  return { file: file.file, line: i + 1 };
}
