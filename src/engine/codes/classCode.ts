// Class codes: a teacher's competition settings, as ten characters a class can type.
//
//   makeClassCode(options, random?)           → "BCK1F-HM00E"
//       options: { secondsPerDecision, holdFeedback, fromChapter, toChapter } (ClassOptions);
//       a random class id is added. Throws RangeError for settings a code cannot carry.
//   readClassCode(text)                       → { ok: true, settings } | { ok: false, reason }
//       settings: ClassSettings (the options plus classId); `reason` is for a student.
//       Case, spaces, hyphens and the look-alikes O/I/L are forgiven.
import { ALPHABET, BitReader, BitWriter, fromSymbols, normalize, SYMBOL_BITS, toSymbols } from './base32';
import { CLASS_FIELD, checkCount, checked, withCheck } from './check';

// 45 bits, as 9 symbols and 1 check symbol, shown as two groups of five:
//   format 2 | class id 25 | seconds per decision / 10 (0 = none) 5 | hold feedback 1 |
//   from chapter (0 = the start) 6 | to chapter (0 = the end) 6

export interface ClassOptions {
  /** Time allowed for each decision, or null for no limit. */
  secondsPerDecision: number | null;
  /** Keep "what really happened" for the debrief instead of showing it after each decision. */
  holdFeedback: boolean;
  /** First and last chapter to play, 1-based in the order of the story's `# chapter:` tags. */
  fromChapter: number | null;
  toChapter: number | null;
}

export interface ClassSettings extends ClassOptions {
  /** Five random characters that tell one class's codes from another's. */
  classId: string;
}

export type ClassCodeRead = { ok: true; settings: ClassSettings } | { ok: false; reason: string };

const CLASS_FORMAT = 1;
const CLASS_ID_BITS = 25;
const TIME_STEP = 10;
const TIME_BITS = 5;
const CHAPTER_BITS = 6;
/** The time limits a class code can carry: 10 s to 310 s in steps of 10 s. */
export const MAX_SECONDS_PER_DECISION = TIME_STEP * (2 ** TIME_BITS - 1);
export const MAX_CHAPTER = 2 ** CHAPTER_BITS - 1;
/** 2 + 25 + 5 + 1 + 6 + 6 = 45 bits: nine symbols, and one check symbol. */
export const CLASS_DATA_SYMBOLS = 9;
export const CLASS_SYMBOLS = CLASS_DATA_SYMBOLS + checkCount(CLASS_FIELD);

export const ASK_TEACHER = 'check it with your teacher';

function classOptionsProblem(o: ClassOptions): string | null {
  const s = o.secondsPerDecision;
  if (s !== null && !(Number.isInteger(s) && s % TIME_STEP === 0 && s >= TIME_STEP && s <= MAX_SECONDS_PER_DECISION)) {
    return `The time per decision must be none, or ${TIME_STEP} to ${MAX_SECONDS_PER_DECISION} seconds in steps of ${TIME_STEP}, not ${s}.`;
  }
  for (const c of [o.fromChapter, o.toChapter]) {
    if (c !== null && !(Number.isInteger(c) && c >= 1 && c <= MAX_CHAPTER)) {
      return `A chapter must be a number from 1 to ${MAX_CHAPTER}, not ${c}.`;
    }
  }
  if (o.fromChapter !== null && o.toChapter !== null && o.fromChapter > o.toChapter) {
    return `The first chapter (${o.fromChapter}) comes after the last (${o.toChapter}).`;
  }
  return null;
}

export function classData(s: ClassSettings): number[] {
  const w = new BitWriter();
  w.write(CLASS_FORMAT, 2);
  for (const ch of s.classId) w.write(ALPHABET.indexOf(ch), SYMBOL_BITS);
  w.write((s.secondsPerDecision ?? 0) / TIME_STEP, TIME_BITS);
  w.write(s.holdFeedback ? 1 : 0, 1);
  w.write(s.fromChapter ?? 0, CHAPTER_BITS);
  w.write(s.toChapter ?? 0, CHAPTER_BITS);
  return w.symbols();
}

export const formatClassCode = (symbols: readonly number[]) => `${fromSymbols(symbols.slice(0, 5))}-${fromSymbols(symbols.slice(5))}`;

export function makeClassCode(options: ClassOptions, random: () => number = Math.random): string {
  const problem = classOptionsProblem(options);
  if (problem) throw new RangeError(problem);
  const id = Math.floor(random() * 2 ** CLASS_ID_BITS) % 2 ** CLASS_ID_BITS;
  const w = new BitWriter();
  w.write(id, CLASS_ID_BITS);
  const settings: ClassSettings = {
    classId: fromSymbols(w.symbols()),
    secondsPerDecision: options.secondsPerDecision,
    holdFeedback: options.holdFeedback,
    fromChapter: options.fromChapter,
    toChapter: options.toChapter,
  };
  return formatClassCode(withCheck(classData(settings), CLASS_FIELD));
}

/** Settings from the nine data symbols of a class code whose check has already passed. */
export function classFromData(data: readonly number[]): ClassSettings | string {
  const r = new BitReader(data);
  if (r.read(2) !== CLASS_FORMAT) return `That class code was made by a newer version of Thaw: ${ASK_TEACHER}.`;
  const id: number[] = [];
  for (let i = 0; i < CLASS_ID_BITS / SYMBOL_BITS; i++) id.push(r.read(SYMBOL_BITS));
  const time = r.read(TIME_BITS);
  const settings: ClassSettings = {
    classId: fromSymbols(id),
    secondsPerDecision: time === 0 ? null : time * TIME_STEP,
    holdFeedback: r.read(1) === 1,
    fromChapter: r.read(CHAPTER_BITS) || null,
    toChapter: r.read(CHAPTER_BITS) || null,
  };
  if (!r.atCleanEnd() || classOptionsProblem(settings)) return `That class code is not one Thaw makes: ${ASK_TEACHER}.`;
  return settings;
}

export function readClassCode(text: string): ClassCodeRead {
  const normal = normalize(text);
  if (normal === '') return { ok: false, reason: 'Type the class code your teacher gave you.' };
  const symbols = toSymbols(normal);
  if ('bad' in symbols) {
    return { ok: false, reason: `A class code has only letters and digits, and never "${symbols.bad}": ${ASK_TEACHER}.` };
  }
  if (symbols.length !== CLASS_SYMBOLS) {
    const example = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: null, toChapter: null }, () => 0.3);
    return {
      ok: false,
      reason: `A class code has ${CLASS_SYMBOLS} letters and digits, like ${example}, and this one has ${symbols.length}: ${ASK_TEACHER}.`,
    };
  }
  const data = checked(symbols, CLASS_FIELD);
  if (!data) return { ok: false, reason: `That class code has a typo in it: ${ASK_TEACHER}.` };
  const settings = classFromData(data);
  return typeof settings === 'string' ? { ok: false, reason: settings } : { ok: true, settings };
}

/** A class code as Thaw prints it, or the text as given when it is not one. */
export function readableClassCode(text: string): string {
  const r = readClassCode(text);
  return r.ok ? formatClassCode(withCheck(classData(r.settings), CLASS_FIELD)) : text;
}
