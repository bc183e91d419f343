// Result codes: a student's game, travelling back to the teacher as plain text.
//
// A teacher's settings travel to the students as a short CLASS CODE (classCode.ts); each
// student's game travels back to the teacher as a RESULT CODE. Both are plain text a person can
// read aloud, type, paste or put in a QR code. A result code carries the choices, never the
// score: the teacher's copy of the same story replays the choices and scores them
// (verifier.ts), so a code can only ever show a score that a real sequence of choices earns.
//
//   makeResultCode({ storyHash, classCode, name, path, timeouts, seconds, startedAt, attempt, extraTime })
//       → "V…" (a full game of 21 choices by "Anna K.": about 55 characters; about 120 with a
//         24-letter Cyrillic name)
//       storyHash: GameStory.hash; classCode: as the student typed it (must read as valid);
//       path, timeouts: GameStory.log's; seconds: time taken (rounded, capped at MAX_SECONDS);
//       startedAt: ms since 1970 (kept to the minute); attempt: 1, 2, … on this device.
//   codeKey(text) (base32.ts)                  → the code as the reader sees it: equal keys are
//       the same code however it was typed (for counting duplicates once).
//
// For the game: a student may be shown the result code in groups ("R1MDY ACSK6 …"), as
// readers ignore spaces and hyphens; a QR code should hold the code alone, in capitals, which
// QR's alphanumeric mode stores compactly.
//
// What a result code cannot prove: the name, the times, the attempt number and the extra time
// are whatever the student's game reported. The checksum catches typing and copying mistakes; it is not a signature.
import type { GameRecord } from '../record';
import type { Score } from '../scoring';
import { type ExtraTime, extraTimeFor } from '../modes';
import { ALPHABET, BitReader, BitWriter, fromSymbols, normalize, SYMBOL_BITS, toSymbols } from './base32';
import { CLASS_FIELD, checked, MAX_RESULT_DATA, OLD_RESULT_FIELD, resultCheckSymbols, resultData, withCheck } from './check';
import {
  CLASS_DATA_SYMBOLS, CLASS_SYMBOLS, type ClassSettings, classData, classFromData, formatClassCode, isOldClassCode, readClassCode,
} from './classCode';
import { FINGERPRINT_BITS, gameFingerprint } from './fingerprint';
import { cleanName, MAX_NAME_CHARS, readCodePoint, readDisplayName, writeCodePoint } from './names';

// Format "V", bits in order: format symbol 5 | fingerprint of the game played 24 |
//   the class code's 70 | minute the game started, from 2024, 25 | seconds taken 16 |
//   attempt on this device 6 | extra time (0, 25, 50%) 2 | number of choices 7 | each choice 2 |
//   number of time-outs 7 | the position of each in the choices 7 | name length 5 |
//   name code points | zero padding to a whole symbol; then 3 check symbols (resultCheckSymbols).
// About 170 bits plus 2 per choice, 7 per time-out and 8 per Latin letter (16 per Cyrillic).
// Formats "R" and "T" (before start times, attempts and time-outs) are recognised, to say so.

export interface ResultInput {
  /** GameStory.hash of the story played. */
  storyHash: string;
  classCode: string;
  name: string;
  /** GameStory.log.path: every choice index taken. */
  path: readonly number[];
  /** GameStory.log.timeouts: the positions in `path` where the time limit ran out. */
  timeouts?: readonly number[];
  /** Time taken, in seconds. */
  seconds: number;
  /** When the game started, in ms since 1970 (written to the minute). */
  startedAt: number;
  /** 1 for the first game started on this device with this class code, then 2, 3… */
  attempt: number;
  extraTime: ExtraTime;
}

/** The options a decision offered, as the replay saw them: for class statistics. */
export interface OfferedDecision {
  id: string;
  prompt: string;
  options: { text: string; historical: boolean }[];
  chosen: number;
  /** The time limit ran out: `chosen` is the story's time-out option, not the student's pick. */
  timedOut: boolean;
}

export interface VerifiedResult {
  name: string;
  /** The class code the student entered, written the standard way. */
  classCode: string;
  seconds: number;
  /** When the game started, ms since 1970, to the minute. */
  startedAt: number;
  /** 1 for the first game on that device with this class code, 2, 3…; MAX_ATTEMPT means that or more. */
  attempt: number;
  /** The access-arrangement extra time chosen, in percent; always 0 in a class with no time limit. */
  extraTime: ExtraTime;
  /** The rules of the class the game was played in, as its class code says. */
  rules: ClassSettings;
  path: number[];
  /** Recomputed from the replay, never read from the code. */
  score: Score;
  record: GameRecord;
  offered: OfferedDecision[];
}

/** Why a result code was refused, for callers to switch on (`reason` is for a teacher). */
export type ResultProblem =
  | 'empty' // nothing but spaces
  | 'not-a-code' // characters or a length no result code has
  | 'class-code' // a class code, given where a result code was asked for
  | 'damaged' // mistyped or cut: the check symbols disagree, or its fields do not read
  | 'other-format' // a result code of an older (or newer) version of Thaw
  | 'other-story' // made with another version of the story or of the scoring rules
  | 'other-class' // from another class than the one asked for
  | 'bad-class' // the class code to check against is not one
  | 'altered'; // its choices are not a game the story plays

export type ResultCheck = { ok: true; result: VerifiedResult } | { ok: false; kind: ResultProblem; reason: string };
export type ResultFailure = Extract<ResultCheck, { ok: false }>;

export const refuse = (kind: ResultProblem, reason: string): ResultFailure => ({ ok: false, kind, reason });

/** The first character of every result code in this format: "V". */
const RESULT_FORMAT = ALPHABET.indexOf('V');
/** Earlier formats: "R" (no start time, attempt or time-outs) and "T" (a weaker check too). */
const EARLIER_FORMAT = ALPHABET.indexOf('R');
const OLD_RESULT_FORMAT = ALPHABET.indexOf('T');
/** Longer than any result code (at most about 250 characters): longer text is not one. */
export const MAX_RESULT_CHARS = 400;
const MINUTE_BITS = 25;
/** Start times are minutes from here: 2024 to 2087 fit in 25 bits. */
const MINUTES_FROM = Date.UTC(2024, 0, 1);
const SECONDS_BITS = 16;
const ATTEMPT_BITS = 6;
const EXTRA_BITS = 2;
const PATH_LENGTH_BITS = 7;
const CHOICE_BITS = 2;
const NAME_LENGTH_BITS = 5;
/** About 18 hours: a longer time is written as this. */
export const MAX_SECONDS = 2 ** SECONDS_BITS - 1;
export const MAX_PATH = 2 ** PATH_LENGTH_BITS - 1;
/** A 63rd attempt or later is written as 63. */
export const MAX_ATTEMPT = 2 ** ATTEMPT_BITS - 1;
/** The most options one choice point may offer (story/README.md asks for 3 or 4). */
export const MAX_OPTIONS = 2 ** CHOICE_BITS;
const EXTRA: readonly ExtraTime[] = [0, 25, 50];

const toMinute = (ms: number) => Math.min(2 ** MINUTE_BITS - 1, Math.max(0, Math.floor((ms - MINUTES_FROM) / 60_000)));

export function makeResultCode(input: ResultInput): string {
  const cls = readClassCode(input.classCode);
  if (!cls.ok) throw new RangeError(cls.reason);
  const name = readDisplayName(input.name);
  if (!name.ok) throw new RangeError(name.reason);
  if (!/^[0-9a-f]{5,}$/.test(input.storyHash)) throw new RangeError(`"${input.storyHash}" is not a story hash`);
  if (input.path.length > MAX_PATH) throw new RangeError(`A result code holds at most ${MAX_PATH} choices`);
  if (!(input.seconds >= 0)) throw new RangeError(`The time taken cannot be ${input.seconds} seconds`);
  if (!Number.isFinite(input.startedAt)) throw new RangeError(`The start time cannot be ${input.startedAt}`);
  if (!(Number.isInteger(input.attempt) && input.attempt >= 1)) throw new RangeError(`An attempt is 1, 2, 3…, not ${input.attempt}`);
  if (!EXTRA.includes(input.extraTime)) throw new RangeError(`Extra time is 0, 25 or 50%, not ${input.extraTime}`);
  const timeouts = [...new Set(input.timeouts ?? [])].sort((a, b) => a - b);
  if (timeouts.some((t) => !Number.isInteger(t) || t < 0 || t >= input.path.length)) {
    throw new RangeError('A time-out must be at one of the choices made');
  }

  const w = new BitWriter();
  w.write(RESULT_FORMAT, SYMBOL_BITS);
  w.write(gameFingerprint(input.storyHash), FINGERPRINT_BITS);
  for (const s of classData(cls.settings)) w.write(s, SYMBOL_BITS);
  w.write(toMinute(input.startedAt), MINUTE_BITS);
  w.write(Math.min(MAX_SECONDS, Math.round(input.seconds)), SECONDS_BITS);
  w.write(Math.min(MAX_ATTEMPT, input.attempt), ATTEMPT_BITS);
  // Extra time stretches a time limit: a class with none records none (modes.ts).
  w.write(EXTRA.indexOf(extraTimeFor(cls.settings, input.extraTime)), EXTRA_BITS);
  w.write(input.path.length, PATH_LENGTH_BITS);
  for (const i of input.path) {
    if (!Number.isInteger(i) || i < 0 || i >= MAX_OPTIONS) {
      throw new RangeError(`Choice ${i} cannot be written: a result code holds choices 0 to ${MAX_OPTIONS - 1}`);
    }
    w.write(i, CHOICE_BITS);
  }
  w.write(timeouts.length, PATH_LENGTH_BITS);
  for (const t of timeouts) w.write(t, PATH_LENGTH_BITS);
  const points = Array.from(name.name, (c) => c.codePointAt(0) as number);
  w.write(points.length, NAME_LENGTH_BITS);
  for (const cp of points) writeCodePoint(w, cp);
  const data = w.symbols();
  if (data.length > MAX_RESULT_DATA) throw new RangeError('This game is too long for a result code');
  return fromSymbols([...data, ...resultCheckSymbols(data)]);
}

export interface DecodedResult {
  /** gameFingerprint of the copy the game was played on. */
  fingerprint: number;
  classData: number[];
  settings: ClassSettings;
  classCode: string;
  startedAt: number;
  seconds: number;
  attempt: number;
  extraTime: ExtraTime;
  path: number[];
  timeouts: number[];
  name: string;
}

const DAMAGED = refuse('damaged', 'This result code is damaged or mistyped: ask the student to copy it again, in full.');
const OLDER = refuse(
  'other-format',
  'This result code was made by an older version of Thaw, before codes carried the start time and time-outs: the student must play again on the current version.',
);
const NEWER = refuse('other-format', 'This result code was made by a different version of Thaw, so this page cannot read it.');
const TOO_LONG = refuse('not-a-code', `This is not a result code: it is far longer than any result code (${MAX_RESULT_CHARS} characters).`);

/**
 * Whether `text` reads as a whole result code with its check symbols intact, in this format
 * or an older one this version recognises. Cheap (no replay): for picking codes out of pasted
 * text (src/engine/class/findCodes.ts), where a run of characters that fails this is not a
 * code, or not all of one.
 */
export function isWholeResultCode(text: string): boolean {
  const normal = normalize(text);
  if (normal.length > MAX_RESULT_CHARS) return false;
  const symbols = toSymbols(normal);
  if ('bad' in symbols) return false;
  return resultData(symbols) !== null || (symbols[0] === OLD_RESULT_FORMAT && checked(symbols, OLD_RESULT_FIELD) !== null);
}

/** The fields of a result code, checked for form only; the story checks the rest. */
export function decodeResult(text: string): DecodedResult | ResultFailure {
  if (text.length > 4 * MAX_RESULT_CHARS) return TOO_LONG;
  const normal = normalize(text);
  if (normal === '') return refuse('empty', 'This line is empty.');
  if (normal.length > MAX_RESULT_CHARS) return TOO_LONG;
  const symbols = toSymbols(normal);
  if ('bad' in symbols) return refuse('not-a-code', `This is not a result code: result codes never contain "${symbols.bad}".`);
  if ((symbols.length === CLASS_SYMBOLS && checked(symbols, CLASS_FIELD)) || isOldClassCode(symbols)) {
    return refuse('class-code', 'This is a class code, not a result code: students get their result code at the end of the game.');
  }
  const data = resultData(symbols);
  if (!data) return symbols[0] === OLD_RESULT_FORMAT && checked(symbols, OLD_RESULT_FIELD) ? OLDER : DAMAGED;
  if (data.length < 2) return DAMAGED;
  if (data[0] === EARLIER_FORMAT) return OLDER;
  if (data[0] !== RESULT_FORMAT) return NEWER;

  const r = new BitReader(data);
  r.read(SYMBOL_BITS);
  const fingerprint = r.read(FINGERPRINT_BITS);
  const cls: number[] = [];
  for (let i = 0; i < CLASS_DATA_SYMBOLS; i++) cls.push(r.read(SYMBOL_BITS));
  const startedAt = MINUTES_FROM + r.read(MINUTE_BITS) * 60_000;
  const seconds = r.read(SECONDS_BITS);
  const attempt = r.read(ATTEMPT_BITS);
  const extraTime = EXTRA[r.read(EXTRA_BITS)];
  const path: number[] = [];
  for (let i = r.read(PATH_LENGTH_BITS); i > 0 && !r.overrun; i--) path.push(r.read(CHOICE_BITS));
  const timeouts: number[] = [];
  for (let i = r.read(PATH_LENGTH_BITS); i > 0 && !r.overrun; i--) timeouts.push(r.read(PATH_LENGTH_BITS));
  const length = r.read(NAME_LENGTH_BITS);
  const points: number[] = [];
  for (let i = 0; i < length && !r.overrun; i++) {
    const cp = readCodePoint(r);
    if (cp === null) return DAMAGED;
    points.push(cp);
  }
  if (!r.atCleanEnd() || length > MAX_NAME_CHARS || attempt === 0 || extraTime === undefined) return DAMAGED;
  // Time-outs as makeResultCode writes them: in order, each once, each at a choice made.
  if (timeouts.some((t, i) => t >= path.length || (i > 0 && t <= timeouts[i - 1]))) return DAMAGED;
  const name = String.fromCodePoint(...points);
  // Only names as makeResultCode writes them: nothing hidden, nothing a reader would not see.
  if (name === '' || cleanName(name) !== name) return DAMAGED;
  const settings = classFromData(cls);
  if ('ok' in settings) return DAMAGED;
  return {
    fingerprint, classData: cls, settings, classCode: formatClassCode(withCheck(cls, CLASS_FIELD)),
    // Games before makeResultCode dropped it could carry extra time under no time limit: none was given.
    startedAt, seconds, attempt, extraTime: extraTimeFor(settings, extraTime), path, timeouts, name,
  };
}
