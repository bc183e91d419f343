// The historians' debate the debrief presents. The story declares the readings (`# reading:`
// in the global tags) and marks the options that support one; story/historians.json says who
// argues each reading. Here: that file's shape, checked, and which reading a player's own
// choices support. Pure: no files, no DOM.
import type { Named } from './meta';
import type { DecisionRecord } from './record';
import type { Parsed } from './tags';

export interface Historian {
  /** As the debrief names them: "Robert C. Tucker". */
  name: string;
  /** The title of the book or article. */
  work: string;
  /** Year of publication, as the history files give it. */
  date: string;
  /** The argument in a line or two. */
  argument: string;
  /** One short quotation, exactly as the history files give it. */
  quote: string;
  /** For teachers: where the source needs care (a heading that overstates, a disputed date); or null. */
  caveat: string | null;
}

export interface ReadingText {
  /** The reading's case in one line. */
  summary: string;
  historians: Historian[];
}

export interface HistoriansFile {
  /** The question the historians disagree on. */
  question: string;
  /** What the debrief asks the student at the end. */
  prompt: string;
  /** Keyed by the reading ids of the story's `# reading:` tags. */
  readings: Record<string, ReadingText>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

const HISTORIAN_FIELDS = ['name', 'work', 'date', 'argument', 'quote'] as const;

/**
 * Check the contents of a historians file (already parsed from JSON). The value is null when
 * the file cannot be used at all; a reading or historian with a fault is left out, and named.
 */
export function parseHistorians(data: unknown): Parsed<HistoriansFile | null> {
  const problems: string[] = [];
  if (!isObj(data)) return { value: null, problems: ['the historians file should hold one JSON object'] };
  for (const key of ['question', 'prompt'] as const) {
    if (!text(data[key])) problems.push(`"${key}" should be a line of text`);
  }
  if (!isObj(data.readings)) {
    return { value: null, problems: [...problems, '"readings" should be an object keyed by reading id'] };
  }
  const readings: Record<string, ReadingText> = {};
  for (const [id, r] of Object.entries(data.readings)) {
    const at = `readings.${id}`;
    if (!isObj(r) || !text(r.summary) || !Array.isArray(r.historians) || r.historians.length === 0) {
      problems.push(`${at} should have a "summary" and a list of "historians"`);
      continue;
    }
    const historians: Historian[] = [];
    r.historians.forEach((h: unknown, i: number) => {
      const missing = isObj(h) ? HISTORIAN_FIELDS.filter((f) => !text(h[f])) : HISTORIAN_FIELDS;
      const badCaveat = isObj(h) && h.caveat !== undefined && h.caveat !== null && !text(h.caveat);
      if (!isObj(h) || missing.length > 0 || badCaveat) {
        const what = missing.length > 0 ? `needs ${missing.map((f) => `"${f}"`).join(', ')}` : '"caveat" should be text or null';
        problems.push(`${at}.historians[${i}] ${what}`);
        return;
      }
      historians.push({
        name: String(h.name), work: String(h.work), date: String(h.date), argument: String(h.argument),
        quote: String(h.quote), caveat: text(h.caveat) ? h.caveat : null,
      });
    });
    if (historians.length > 0) readings[id] = { summary: String(r.summary), historians };
  }
  return {
    value: { question: text(data.question) ? data.question : '', prompt: text(data.prompt) ? data.prompt : '', readings },
    problems,
  };
}

export interface ReadingSupport {
  reading: Named;
  /** The player's decisions whose chosen option carries this reading, in the order played. */
  decisions: DecisionRecord[];
}

/** Every declared reading with the player's decisions that support it, in the story's order. */
export function readingSupport(decisions: readonly DecisionRecord[], readings: readonly Named[]): ReadingSupport[] {
  return readings.map((reading) => ({ reading, decisions: decisions.filter((d) => d.reading === reading.id) }));
}

/**
 * The reading the player's path supports most: more than one when they tie, none when no
 * choice carried a reading.
 */
export function leadingReadings(support: readonly ReadingSupport[]): ReadingSupport[] {
  const most = Math.max(0, ...support.map((s) => s.decisions.length));
  return most === 0 ? [] : support.filter((s) => s.decisions.length === most);
}

/** "Tucker and McCauley": the historians' surnames, joined as a sentence joins them. */
export function surnames(historians: readonly Historian[]): string {
  return joinWords(historians.map((h) => h.name.trim().split(/\s+/).at(-1) ?? h.name));
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
