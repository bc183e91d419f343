// Class codes: a teacher's competition settings, as fifteen characters a class can type.
//
//   makeClassCode(options, random?)           → "BCK1F-HM00E-7QX2A"
//       options: ClassOptions (time limit, feedback, chapters, sound, the game's fingerprint);
//       a random class id is added. Throws RangeError for settings a code cannot carry.
//   readClassCode(text)                       → { ok: true, settings } | { ok: false, kind, reason }
//       settings: ClassSettings (the options plus classId); `reason` is for a student.
//       Case, spaces, hyphens and the look-alikes O/I/L are forgiven.
//   fitsThisGame(settings, fingerprint)       → whether this copy of Thaw plays the class's game
import { ALPHABET, BitReader, BitWriter, fromSymbols, normalize, SYMBOL_BITS, toSymbols } from './base32';
import { CLASS_FIELD, checkCount, checked, withCheck } from './check';
import { FINGERPRINT_BITS } from './fingerprint';

// 70 bits, as 14 symbols and 1 check symbol, shown as three groups of five:
//   format 2 | class id 25 | seconds per decision / 10 (0 = none) 5 | hold feedback 1 |
//   from chapter (0 = the start) 6 | to chapter (0 = the end) 6 | sound off 1 |
//   fingerprint of the story and its scoring rules 24
// Format 1 (ten characters, no fingerprint, no sound) is recognised, to say it is too old.

export interface ClassOptions {
  /** Time allowed for each decision, or null for no limit. */
  secondsPerDecision: number | null;
  /** Keep "what really happened" for the debrief instead of showing it after each decision. */
  holdFeedback: boolean;
  /** First and last chapter to play, 1-based in the order of the story's `# chapter:` tags. */
  fromChapter: number | null;
  toChapter: number | null;
  /** The class plays without sound (absent: with sound). */
  soundOff?: boolean;
  /** gameFingerprint(story hash) of the teacher's copy: the story and the scoring rules. */
  fingerprint: number;
}

export interface ClassSettings extends ClassOptions {
  soundOff: boolean;
  /** Five random characters that tell one class's codes from another's. */
  classId: string;
}

/** Why a text is not a class code, for callers to switch on (`reason` is for a student). */
export type ClassCodeProblem = 'empty' | 'not-a-code' | 'wrong-length' | 'typo' | 'old-format' | 'other-format';

export type ClassCodeRead = { ok: true; settings: ClassSettings } | { ok: false; kind: ClassCodeProblem; reason: string };

const CLASS_FORMAT = 2;
const OLD_CLASS_FORMAT = 1;
const OLD_CLASS_SYMBOLS = 10;
const CLASS_ID_BITS = 25;
const TIME_STEP = 10;
const TIME_BITS = 5;
const CHAPTER_BITS = 6;
/** The time limits a class code can carry: 10 s to 310 s in steps of 10 s. */
export const MAX_SECONDS_PER_DECISION = TIME_STEP * (2 ** TIME_BITS - 1);
export const MAX_CHAPTER = 2 ** CHAPTER_BITS - 1;
/** 2 + 25 + 5 + 1 + 6 + 6 + 1 + 24 = 70 bits: fourteen symbols, and one check symbol. */
export const CLASS_DATA_SYMBOLS = 14;
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
  if (!(Number.isInteger(o.fingerprint) && o.fingerprint >= 0 && o.fingerprint < 2 ** FINGERPRINT_BITS)) {
    return `A game's fingerprint is a number below 2^${FINGERPRINT_BITS}, not ${o.fingerprint}.`;
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
  w.write(s.soundOff ? 1 : 0, 1);
  w.write(s.fingerprint, FINGERPRINT_BITS);
  return w.symbols();
}

export const formatClassCode = (symbols: readonly number[]) => fromSymbols(symbols).match(/.{1,5}/g)?.join('-') ?? '';

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
    soundOff: options.soundOff ?? false,
    fingerprint: options.fingerprint,
  };
  return formatClassCode(withCheck(classData(settings), CLASS_FIELD));
}

type Failed = { ok: false; kind: ClassCodeProblem; reason: string };
const failed = (kind: ClassCodeProblem, reason: string): Failed => ({ ok: false, kind, reason });

/** Settings from the data symbols of a class code whose check has already passed. */
export function classFromData(data: readonly number[]): ClassSettings | Failed {
  const r = new BitReader(data);
  if (r.read(2) !== CLASS_FORMAT) return failed('other-format', `That class code was made by a newer version of Thaw: ${ASK_TEACHER}.`);
  const id: number[] = [];
  for (let i = 0; i < CLASS_ID_BITS / SYMBOL_BITS; i++) id.push(r.read(SYMBOL_BITS));
  const time = r.read(TIME_BITS);
  const settings: ClassSettings = {
    classId: fromSymbols(id),
    secondsPerDecision: time === 0 ? null : time * TIME_STEP,
    holdFeedback: r.read(1) === 1,
    fromChapter: r.read(CHAPTER_BITS) || null,
    toChapter: r.read(CHAPTER_BITS) || null,
    soundOff: r.read(1) === 1,
    fingerprint: r.read(FINGERPRINT_BITS),
  };
  if (!r.atCleanEnd() || classOptionsProblem(settings)) return failed('not-a-code', `That class code is not one Thaw makes: ${ASK_TEACHER}.`);
  return settings;
}

export function readClassCode(text: string): ClassCodeRead {
  const normal = normalize(text);
  if (normal === '') return failed('empty', 'Type the class code your teacher gave you.');
  const symbols = toSymbols(normal);
  if ('bad' in symbols) {
    return failed('not-a-code', `A class code has only letters and digits, and never "${symbols.bad}": ${ASK_TEACHER}.`);
  }
  if (isOldClassCode(symbols)) {
    return failed('old-format', 'That class code was made by an older version of Thaw, before class codes carried the version of the story: ask your teacher for a new one.');
  }
  if (symbols.length !== CLASS_SYMBOLS) {
    const example = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: 0x5a5a5a }, () => 0.3);
    return failed('wrong-length', `A class code has ${CLASS_SYMBOLS} letters and digits, like ${example}, and this one has ${symbols.length}: ${ASK_TEACHER}.`);
  }
  const data = checked(symbols, CLASS_FIELD);
  if (!data) return failed('typo', `That class code has a typo in it: ${ASK_TEACHER}.`);
  const settings = classFromData(data);
  return 'ok' in settings ? settings : { ok: true, settings };
}

/** A class code as Thaw prints it, or the text as given when it is not one. */
export function readableClassCode(text: string): string {
  const r = readClassCode(text);
  return r.ok ? formatClassCode(withCheck(classData(r.settings), CLASS_FIELD)) : text;
}

/** A class code of format 1: ten characters whose check passes and whose format bits say 1. */
export function isOldClassCode(symbols: readonly number[]): boolean {
  if (symbols.length !== OLD_CLASS_SYMBOLS) return false;
  const data = checked(symbols, CLASS_FIELD);
  return data !== null && new BitReader(data).read(2) === OLD_CLASS_FORMAT;
}

/** Whether this copy of the game (its gameFingerprint) plays and scores the class's game. */
export function fitsThisGame(settings: ClassSettings, fingerprint: number): boolean {
  return settings.fingerprint === fingerprint;
}

/** What a student is told when their copy of Thaw is not the teacher's. */
export const RELOAD_FIRST =
  'Your copy of Thaw is not the same version as your teacher’s, so your result would not count. Reload the page (online) to get the newest version, then start. If this stays, ask your teacher.';
