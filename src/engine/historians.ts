// The historians' debate the debrief presents. The story declares the readings (`# reading:`
// in the global tags) and marks the options a reading explains, each with the passage of the
// historians' notes that says so; story/historians.json says who argues each reading and holds
// those passages. Here: that file's shape, checked, and the measure of a player's own choices.
// Pure: no files, no DOM.
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
  /**
   * For the teacher tools only, never shown to students: where the source needs care (a heading
   * that overstates, a disputed date); or null.
   */
  teacherNote: string | null;
}

/** A passage of the historians' notes that a `# reading: id @passage` tag rests on. */
export interface Passage {
  /** The historian's name, as in `readings`. */
  historian: string;
  /** The reading this passage supports (not always the heading the historian is grouped under). */
  reading: string;
  /** The words of the historians' notes the tag rests on, copied exactly. */
  says: string;
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
  /** The same question put to a whole class, in its debrief (`classPrompt`); null: the debrief's own words. */
  classPrompt: string | null;
  /** Keyed by the reading ids of the story's `# reading:` tags. */
  readings: Record<string, ReadingText>;
  /** Keyed by the passage ids that options' reading tags name (`@tucker1957`). */
  passages: Record<string, Passage>;
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
  if (data.classPrompt !== undefined && !text(data.classPrompt)) problems.push('"classPrompt" should be a line of text, or left out');
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
      const badNote = isObj(h) && h.teacherNote !== undefined && h.teacherNote !== null && !text(h.teacherNote);
      if (!isObj(h) || missing.length > 0 || badNote) {
        const what = missing.length > 0 ? `needs ${missing.map((f) => `"${f}"`).join(', ')}` : '"teacherNote" should be text or null';
        problems.push(`${at}.historians[${i}] ${what}`);
        return;
      }
      historians.push({
        name: String(h.name), work: String(h.work), date: String(h.date), argument: String(h.argument),
        quote: String(h.quote), teacherNote: text(h.teacherNote) ? h.teacherNote : null,
      });
    });
    if (historians.length > 0) readings[id] = { summary: String(r.summary), historians };
  }
  const names = new Set(Object.values(readings).flatMap((r) => r.historians.map((h) => h.name)));
  const passages: Record<string, Passage> = {};
  for (const [id, p] of Object.entries(isObj(data.passages) ? data.passages : {})) {
    const at = `passages.${id}`;
    if (!isObj(p) || !text(p.historian) || !text(p.reading) || !text(p.says)) {
      problems.push(`${at} needs a "historian", a "reading" and what the notes "says"`);
    } else if (!names.has(p.historian)) {
      problems.push(`${at}: "${p.historian}" is not one of the historians of "readings"`);
    } else if (!readings[p.reading]) {
      problems.push(`${at}: "${p.reading}" is not one of the "readings"`);
    } else {
      passages[id] = { historian: p.historian, reading: p.reading, says: p.says };
    }
  }
  return {
    value: {
      question: text(data.question) ? data.question : '', prompt: text(data.prompt) ? data.prompt : '',
      classPrompt: text(data.classPrompt) ? data.classPrompt : null, readings, passages,
    },
    problems,
  };
}

/** The historian a passage quotes, with their work and its year. */
export function historianOf(file: HistoriansFile, passage: Passage): Historian | null {
  return Object.values(file.readings).flatMap((r) => r.historians).find((h) => h.name === passage.historian) ?? null;
}

export interface ReadingSupport {
  reading: Named;
  /** The player's decisions whose chosen option carries this reading, in the order played. */
  decisions: DecisionRecord[];
  /** This reading's share of the player's choices that carry any reading, 0–1 (0 when none did). */
  share: number;
}

/**
 * Every declared reading with the player's decisions it explains, in the story's order. The
 * measure is the share of the player's tagged choices, historical or not, that each reading explains.
 */
export function readingSupport(decisions: readonly DecisionRecord[], readings: readonly Named[]): ReadingSupport[] {
  const tagged = decisions.filter((d) => readings.some((r) => r.id === d.reading)).length;
  return readings.map((reading) => {
    const mine = decisions.filter((d) => d.reading === reading.id);
    return { reading, decisions: mine, share: tagged > 0 ? mine.length / tagged : 0 };
  });
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
