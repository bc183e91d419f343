// The story's glossary (story/glossary.json beside main.ink): every key term a card names with
// `# term:`, defined once. Terms are matched regardless of case and spacing, so "apparatchik"
// and "Apparatchik" are one term, shown as the glossary writes it. Pure: no files, no DOM.
import type { Parsed } from './tags';

export interface GlossaryEntry {
  /** As the debrief shows it: "Collective leadership". */
  term: string;
  /** One sentence, agreeing with the history notes' glossary. */
  definition: string;
}

export interface Glossary {
  /** In the order the file gives them. */
  entries: GlossaryEntry[];
}

/** How terms are compared: case, and runs of spaces, do not matter. */
export function termKey(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Check a glossary file's contents (already parsed from JSON). The value is null when the file
 * cannot be used at all; an entry with a fault, or a second entry for the same term, is left out and named.
 */
export function parseGlossary(data: unknown): Parsed<Glossary | null> {
  if (!isObj(data) || !Array.isArray(data.terms)) {
    return { value: null, problems: ['the glossary file should hold one JSON object with a list of "terms"'] };
  }
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, string>();
  data.terms.forEach((e: unknown, i: number) => {
    if (!isObj(e) || !text(e.term) || !text(e.definition)) {
      problems.push(`terms[${i}] needs a "term" and a "definition"`);
      return;
    }
    const first = seen.get(termKey(e.term));
    if (first !== undefined) {
      problems.push(`"${e.term}" is defined twice (first as "${first}"): terms are matched regardless of case`);
      return;
    }
    seen.set(termKey(e.term), e.term.trim());
    entries.push({ term: e.term.trim(), definition: e.definition.trim() });
  });
  return { value: { entries }, problems };
}

/** The entry for a term as a card names it, whatever its case; null when the glossary has none. */
export function defineTerm(glossary: Glossary | null, term: string): GlossaryEntry | null {
  const key = termKey(term);
  return glossary?.entries.find((e) => termKey(e.term) === key) ?? null;
}

export interface TermMet {
  term: string;
  /** Null when the glossary does not define it (the story checker reports that). */
  definition: string | null;
}

/** The terms of these cards, once each whatever their case, in the order met. */
export function termsMet(terms: readonly string[], glossary: Glossary | null): TermMet[] {
  const out = new Map<string, TermMet>();
  for (const t of terms) {
    const key = termKey(t);
    if (out.has(key)) continue;
    const entry = defineTerm(glossary, t);
    out.set(key, entry ? { term: entry.term, definition: entry.definition } : { term: t.trim(), definition: null });
  }
  return [...out.values()];
}
