// Result codes: a student's game, travelling back to the teacher as plain text.
//
// A teacher's settings travel to the students as a short CLASS CODE (classCode.ts); each
// student's game travels back to the teacher as a RESULT CODE. Both are plain text a person can
// read aloud, type, paste or put in a QR code. A result code carries the choices, never the
// score: the teacher's copy of the same story replays the choices and scores them
// (verifier.ts), so a code can only ever show a score that a real sequence of choices earns.
//
//   makeResultCode({ storyHash, classCode, name, path, seconds })
//       → "R1MDYACSK69M000BS2P94K94H94785Q6WR909CQ05MS" (a full game of 21 choices by
//         "Anna K.": 43 characters; 107 with a 24-letter Cyrillic name)
//       storyHash: GameStory.hash; classCode: as the student typed it (must read as valid);
//       path: GameStory.log.path; seconds: time taken (rounded, capped at MAX_SECONDS).
//   codeKey(text) (base32.ts)                  → the code as the reader sees it: equal keys are
//       the same code however it was typed (for counting duplicates once).
//
// For the game: a student may be shown the result code in groups ("R1MDY ACSK6 …"), as
// readers ignore spaces and hyphens; a QR code should hold the code alone, in capitals, which
// QR's alphanumeric mode stores compactly.
//
// What a result code cannot prove: the name and the time are whatever the student's game
// reported. The checksum catches typing and copying mistakes; it is not a signature.
import type { GameRecord } from '../record';
import type { Score } from '../scoring';
import { ALPHABET, BitReader, BitWriter, fromSymbols, normalize, SYMBOL_BITS, toSymbols } from './base32';
import { CLASS_FIELD, checked, MAX_RESULT_DATA, OLD_RESULT_FIELD, resultCheckSymbols, resultData, withCheck } from './check';
import { CLASS_DATA_SYMBOLS, CLASS_SYMBOLS, type ClassSettings, classData, classFromData, formatClassCode, readClassCode } from './classCode';
import { cleanName, MAX_NAME_CHARS, readCodePoint, readDisplayName, writeCodePoint } from './names';

// Bits, in order: format symbol "R" 5 | story fingerprint 20 | the class code's 45 |
//   seconds 16 | number of choices 7 | each choice 2 | name length 5 | name code points |
//   zero padding to a whole symbol; then 3 check symbols (see resultCheckSymbols).
// About 108 bits plus 2 per choice and 8 per Latin letter (16 per Cyrillic or Greek letter).

export interface ResultInput {
  /** GameStory.hash of the story played. */
  storyHash: string;
  classCode: string;
  name: string;
  /** GameStory.log.path: every choice index taken. */
  path: readonly number[];
  /** Time taken, in seconds. */
  seconds: number;
}

/** The options a decision offered, as the replay saw them: for class statistics. */
export interface OfferedDecision {
  id: string;
  prompt: string;
  options: { text: string; historical: boolean }[];
  chosen: number;
}

export interface VerifiedResult {
  name: string;
  /** The class code the student entered, written the standard way. */
  classCode: string;
  seconds: number;
  path: number[];
  /** Recomputed from the replay, never read from the code. */
  score: Score;
  record: GameRecord;
  offered: OfferedDecision[];
}

export type ResultCheck = { ok: true; result: VerifiedResult } | { ok: false; reason: string };

/** The first character of every result code in this format: "R" for result. */
const RESULT_FORMAT = ALPHABET.indexOf('R');
/** The format before it, with a weaker check: "T" for Thaw. Recognised, to say so. */
const OLD_RESULT_FORMAT = ALPHABET.indexOf('T');
/** Longer than any result code (at most about 190 characters): longer text is not one. */
export const MAX_RESULT_CHARS = 400;
const STORY_BITS = 20;
const SECONDS_BITS = 16;
const PATH_LENGTH_BITS = 7;
const CHOICE_BITS = 2;
const NAME_LENGTH_BITS = 5;
/** About 18 hours: a longer time is written as this. */
export const MAX_SECONDS = 2 ** SECONDS_BITS - 1;
export const MAX_PATH = 2 ** PATH_LENGTH_BITS - 1;
/** The most options one choice point may offer (story/README.md asks for 3 or 4). */
export const MAX_OPTIONS = 2 ** CHOICE_BITS;

/** The low 20 bits of the story's fingerprint: enough to tell versions apart. */
export const storyTag = (hash: string) => Number.parseInt(hash.slice(-STORY_BITS / 4), 16);

export function makeResultCode(input: ResultInput): string {
  const cls = readClassCode(input.classCode);
  if (!cls.ok) throw new RangeError(cls.reason);
  const name = readDisplayName(input.name);
  if (!name.ok) throw new RangeError(name.reason);
  if (!/^[0-9a-f]{5,}$/.test(input.storyHash)) throw new RangeError(`"${input.storyHash}" is not a story hash`);
  if (input.path.length > MAX_PATH) throw new RangeError(`A result code holds at most ${MAX_PATH} choices`);
  if (!(input.seconds >= 0)) throw new RangeError(`The time taken cannot be ${input.seconds} seconds`);

  const w = new BitWriter();
  w.write(RESULT_FORMAT, SYMBOL_BITS);
  w.write(storyTag(input.storyHash), STORY_BITS);
  for (const s of classData(cls.settings)) w.write(s, SYMBOL_BITS);
  w.write(Math.min(MAX_SECONDS, Math.round(input.seconds)), SECONDS_BITS);
  w.write(input.path.length, PATH_LENGTH_BITS);
  for (const i of input.path) {
    if (!Number.isInteger(i) || i < 0 || i >= MAX_OPTIONS) {
      throw new RangeError(`Choice ${i} cannot be written: a result code holds choices 0 to ${MAX_OPTIONS - 1}`);
    }
    w.write(i, CHOICE_BITS);
  }
  const points = Array.from(name.name, (c) => c.codePointAt(0) as number);
  w.write(points.length, NAME_LENGTH_BITS);
  for (const cp of points) writeCodePoint(w, cp);
  const data = w.symbols();
  if (data.length > MAX_RESULT_DATA) throw new RangeError('This game is too long for a result code');
  return fromSymbols([...data, ...resultCheckSymbols(data)]);
}

export interface DecodedResult {
  story: number;
  classData: number[];
  settings: ClassSettings;
  classCode: string;
  seconds: number;
  path: number[];
  name: string;
}

const DAMAGED = 'This result code is damaged or mistyped: ask the student to copy it again, in full.';
const OTHER_VERSION = 'This result code was made by a different version of Thaw, so this page cannot read it.';

/** The fields of a result code, checked for form only; the story checks the rest. */
export function decodeResult(text: string): DecodedResult | string {
  if (text.length > 4 * MAX_RESULT_CHARS) return `This is not a result code: it is far longer than any result code (${MAX_RESULT_CHARS} characters).`;
  const normal = normalize(text);
  if (normal === '') return 'This line is empty.';
  if (normal.length > MAX_RESULT_CHARS) return `This is not a result code: it is far longer than any result code (${MAX_RESULT_CHARS} characters).`;
  const symbols = toSymbols(normal);
  if ('bad' in symbols) return `This is not a result code: result codes never contain "${symbols.bad}".`;
  if (symbols.length === CLASS_SYMBOLS && checked(symbols, CLASS_FIELD)) {
    return 'This is a class code, not a result code: students get their result code at the end of the game.';
  }
  const data = resultData(symbols);
  if (!data) return symbols[0] === OLD_RESULT_FORMAT && checked(symbols, OLD_RESULT_FIELD) ? OTHER_VERSION : DAMAGED;
  if (data.length < 2) return DAMAGED;
  if (data[0] !== RESULT_FORMAT) return OTHER_VERSION;

  const r = new BitReader(data);
  r.read(SYMBOL_BITS);
  const story = r.read(STORY_BITS);
  const cls: number[] = [];
  for (let i = 0; i < CLASS_DATA_SYMBOLS; i++) cls.push(r.read(SYMBOL_BITS));
  const seconds = r.read(SECONDS_BITS);
  const path: number[] = [];
  for (let i = r.read(PATH_LENGTH_BITS); i > 0 && !r.overrun; i--) path.push(r.read(CHOICE_BITS));
  const length = r.read(NAME_LENGTH_BITS);
  const points: number[] = [];
  for (let i = 0; i < length && !r.overrun; i++) {
    const cp = readCodePoint(r);
    if (cp === null) return DAMAGED;
    points.push(cp);
  }
  if (!r.atCleanEnd() || length > MAX_NAME_CHARS) return DAMAGED;
  const name = String.fromCodePoint(...points);
  // Only names as makeResultCode writes them: nothing hidden, nothing a reader would not see.
  if (name === '' || cleanName(name) !== name) return DAMAGED;
  const settings = classFromData(cls);
  if (typeof settings === 'string') return DAMAGED;
  return { story, classData: cls, settings, classCode: formatClassCode(withCheck(cls, CLASS_FIELD)), seconds, path, name };
}
