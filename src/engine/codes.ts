// Class codes and result codes: how a classroom competition works with no server.
//
// A teacher's settings travel to the students as a short CLASS CODE; each student's game
// travels back to the teacher as a RESULT CODE. Both are plain text a person can read aloud,
// type, paste or put in a QR code. A result code carries the choices, never the score: the
// teacher's copy of the same story replays the choices and scores them, so a code can only
// ever show a score that a real sequence of choices earns.
//
// API (all pure: no DOM, no Node; only the engine and the inkjs runtime):
//
//   makeClassCode(options, random?)           → "BCK1F-HM00E"
//       options: { secondsPerDecision, holdFeedback, fromChapter, toChapter } (ClassOptions);
//       a random class id is added. Throws RangeError for settings a code cannot carry.
//   readClassCode(text)                       → { ok: true, settings } | { ok: false, reason }
//       settings: ClassSettings (the options plus classId); `reason` is for a student.
//       Case, spaces, hyphens and the look-alikes O/I/L are forgiven.
//   readDisplayName(text)                     → { ok: true, name } | { ok: false, reason }
//       The name a student typed, cleaned as a result code will carry it.
//   makeResultCode({ storyHash, classCode, name, path, seconds })
//       → "R1MDYACSK69M000BS2P94K94H94785Q6WR909CQ05MS" (a full game of 21 choices by
//         "Anna K.": 43 characters; 107 with a 24-letter Cyrillic name)
//       storyHash: GameStory.hash; classCode: as the student typed it (must read as valid);
//       path: GameStory.log.path; seconds: time taken (rounded, capped at MAX_SECONDS).
//   verifyResultCode(code, compiled, expectedClassCode?)
//                                             → { ok: true, result } | { ok: false, reason }
//       result: { name, classCode, seconds, path, score, record, offered }; `reason` is for a
//       teacher. Keeps one parsed story per compiled text (see ResultVerifier) so that many
//       codes verify quickly; use a ResultVerifier directly to control that yourself.
//   codeKey(text)                              → the code as the reader sees it: equal keys are
//       the same code however it was typed (for counting duplicates once).
//
// For the game: a student may be shown the result code in groups ("R1MDY ACSK6 …"), as
// readers ignore spaces and hyphens; a QR code should hold the code alone, in capitals, which
// QR's alphanumeric mode stores compactly.
//
// What a result code cannot prove: the name and the time are whatever the student's game
// reported. The checksum catches typing and copying mistakes; it is not a signature.
//
// Both codes use Crockford's base 32 (digits and capital letters without I, L, O, U), so they
// survive being read aloud, hand-written, put in a URL, or QR-encoded in its compact
// alphanumeric mode. Each ends in check symbols. A class code's one check symbol catches every
// single wrong character and every swap of two neighbouring characters. A result code's three
// catch any one or two wrong characters, anywhere, so also any two characters swapped, and
// other damage (a character added or left out, three wrong) 32,767 times in 32,768: a teacher
// never sees a score because of a typo.
import type { GameRecord } from './record';
import { type Score, scoreGame } from './scoring';
import { type Chapter, type ChapterSpan, playChapters, spanRecord, wholeStory } from './span';
import { type ChoicePointState, GameStory } from './story';

// ——— Base 32 ———

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOL_BITS = 5;

/** Crockford's reading rules: any case; O is 0, I and L are 1; spaces and hyphens are layout. */
function normalize(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The symbols of a normalized code, or the first character no code ever contains. */
function toSymbols(normal: string): number[] | { bad: string } {
  const out: number[] = [];
  for (const ch of normal) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return { bad: ch };
    out.push(v);
  }
  return out;
}

const fromSymbols = (symbols: readonly number[]): string => symbols.map((s) => ALPHABET[s]).join('');

export function codeKey(text: string): string {
  return normalize(text);
}

// ——— Bits ———

class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** The bits as base-32 symbols, the last one padded with zeros. */
  symbols(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.bits.length; i += SYMBOL_BITS) {
      let s = 0;
      for (let j = 0; j < SYMBOL_BITS; j++) s = s * 2 + (this.bits[i + j] ?? 0);
      out.push(s);
    }
    return out;
  }
}

/** Reads fields back; running past the end is reported, not thrown, as a damaged code. */
class BitReader {
  private pos = 0;
  overrun = false;

  constructor(private readonly symbols: readonly number[]) {}

  read(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++, this.pos++) {
      const s = this.symbols[Math.floor(this.pos / SYMBOL_BITS)];
      if (s === undefined) {
        this.overrun = true;
        return 0;
      }
      v = v * 2 + ((s >> (SYMBOL_BITS - 1 - (this.pos % SYMBOL_BITS))) & 1);
    }
    return v;
  }

  /** True when only the zero padding of the last symbol is left: nothing added, nothing cut. */
  atCleanEnd(): boolean {
    const total = this.symbols.length * SYMBOL_BITS;
    if (this.overrun || total - this.pos >= SYMBOL_BITS) return false;
    return this.read(total - this.pos) === 0 && !this.overrun;
  }
}

// ——— Check symbols ———
// The check is Σ s_i·x^(i+1) over the field GF(2^m), plus a constant so that a code of all
// zeros is not valid. Each position has its own nonzero weight (x has order 2^m − 1, longer
// than any code), so one wrong symbol always changes the sum; neighbours have different
// weights, so swapping two different symbols does too.

interface Field {
  bits: number;
  /** A primitive polynomial of degree `bits`, with its top bit. */
  poly: number;
}

const CLASS_FIELD: Field = { bits: 5, poly: 0b100101 }; // x^5 + x^2 + 1: one check symbol
/** Result codes before format "R" (format "T") had two check symbols over GF(2^10). */
const OLD_RESULT_FIELD: Field = { bits: 10, poly: 0b10000001001 }; // x^10 + x^3 + 1

function gfMul(a: number, b: number, f: Field): number {
  let r = 0;
  for (let x = a, y = b; y > 0; y >>= 1) {
    if (y & 1) r ^= x;
    x <<= 1;
    if (x >> f.bits) x ^= f.poly;
  }
  return r;
}

function checkSymbols(data: readonly number[], f: Field): number[] {
  let sum = 1;
  let weight = 2;
  for (const s of data) {
    sum ^= gfMul(s, weight, f);
    weight = gfMul(weight, 2, f);
  }
  const out: number[] = [];
  for (let i = f.bits - SYMBOL_BITS; i >= 0; i -= SYMBOL_BITS) out.push((sum >> i) & 31);
  return out;
}

const checkCount = (f: Field) => f.bits / SYMBOL_BITS;

function withCheck(data: readonly number[], f: Field): number[] {
  return [...data, ...checkSymbols(data, f)];
}

/** The data symbols if the check symbols at the end agree with them, otherwise null. */
function checked(symbols: readonly number[], f: Field): number[] | null {
  const data = symbols.slice(0, symbols.length - checkCount(f));
  const expected = checkSymbols(data, f);
  return expected.every((s, i) => s === symbols[data.length + i]) ? data : null;
}

// Result codes: three check symbols c0, c1, c2 in GF(32) (the class code's field), chosen so
// that Σ s_i·(1, a_i, b_i) + (c0, c1, c2) = (1, 0, 0), where data symbol i (from 0) has
// a_i + 32·b_i = i + 1. That is a Hamming code over GF(32): the columns (1, a_i, b_i) and those
// of the check symbols, (1,0,0), (0,1,0) and (0,0,1), are pairwise independent, so no one or
// two wrong symbols can leave the sum unchanged, for up to 1,022 data symbols.

const GF32 = CLASS_FIELD;
const RESULT_CHECKS = 3;
/** The longest a result code's data can be for the guarantee above: far more than any code. */
const MAX_RESULT_DATA = 32 * 32 - 2;

function resultCheckSymbols(data: readonly number[]): number[] {
  let [c0, c1, c2] = [1, 0, 0];
  for (const [i, s] of data.entries()) {
    c0 ^= s;
    c1 ^= gfMul(s, (i + 1) % 32, GF32);
    c2 ^= gfMul(s, Math.floor((i + 1) / 32), GF32);
  }
  return [c0, c1, c2];
}

/** The data symbols of a result code if its three check symbols agree with them, otherwise null. */
function resultData(symbols: readonly number[]): number[] | null {
  if (symbols.length <= RESULT_CHECKS || symbols.length - RESULT_CHECKS > MAX_RESULT_DATA) return null;
  const data = symbols.slice(0, symbols.length - RESULT_CHECKS);
  const expected = resultCheckSymbols(data);
  return expected.every((s, i) => s === symbols[data.length + i]) ? data : null;
}

// ——— Class codes ———
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
const CLASS_DATA_SYMBOLS = 9;
const CLASS_SYMBOLS = CLASS_DATA_SYMBOLS + checkCount(CLASS_FIELD);

const ASK_TEACHER = 'check it with your teacher';

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

function classData(s: ClassSettings): number[] {
  const w = new BitWriter();
  w.write(CLASS_FORMAT, 2);
  for (const ch of s.classId) w.write(ALPHABET.indexOf(ch), SYMBOL_BITS);
  w.write((s.secondsPerDecision ?? 0) / TIME_STEP, TIME_BITS);
  w.write(s.holdFeedback ? 1 : 0, 1);
  w.write(s.fromChapter ?? 0, CHAPTER_BITS);
  w.write(s.toChapter ?? 0, CHAPTER_BITS);
  return w.symbols();
}

const formatClassCode = (symbols: readonly number[]) => `${fromSymbols(symbols.slice(0, 5))}-${fromSymbols(symbols.slice(5))}`;

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
function classFromData(data: readonly number[]): ClassSettings | string {
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

// ——— Names ———

export const MAX_NAME_CHARS = 24;

// Characters that would make a name lie about itself on screen or in a spreadsheet: control
// characters, unassigned and private code points, and the bidirectional overrides that can
// make one name look like another. Joiners stay: some scripts need them.
const UNSAFE = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

function cleanName(raw: string): string {
  // Whitespace first: a tab or a line break between two names is a space, not nothing.
  const tidy = raw.normalize('NFC').replace(/\s+/gu, ' ').replace(UNSAFE, '').trim();
  return Array.from(tidy).slice(0, MAX_NAME_CHARS).join('').trim();
}

export function readDisplayName(text: string): { ok: true; name: string } | { ok: false; reason: string } {
  const name = cleanName(text);
  return name ? { ok: true, name } : { ok: false, reason: 'Type a name for the leaderboard.' };
}

// Each code point as 7-bit groups, high group first, with a "more follows" bit (like LEB128):
// one byte for ASCII, two for Cyrillic, Greek, Arabic, Devanagari and the like.
function writeCodePoint(w: BitWriter, cp: number): void {
  const groups: number[] = [];
  for (let v = cp; ; v = Math.floor(v / 128)) {
    groups.unshift(v % 128);
    if (v < 128) break;
  }
  for (const [i, g] of groups.entries()) w.write((i < groups.length - 1 ? 128 : 0) + g, 8);
}

function readCodePoint(r: BitReader): number | null {
  let v = 0;
  for (let i = 0; i < 3; i++) {
    const byte = r.read(8);
    // A leading zero group would be a second spelling of a shorter code point.
    if (i === 0 && byte === 128) return null;
    v = v * 128 + (byte & 127);
    if (byte < 128) return v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff) ? v : null;
  }
  return null;
}

// ——— Result codes ———
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
const storyTag = (hash: string) => Number.parseInt(hash.slice(-STORY_BITS / 4), 16);

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

interface DecodedResult {
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
function decodeResult(text: string): DecodedResult | string {
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

interface Replay {
  score: Score;
  record: GameRecord;
  offered: OfferedDecision[];
}

/** Make a cached replay read-only: it is handed to every caller whose code has the same path. */
function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

/**
 * A choice point some code's replay has passed: ink's state there, the decision log so far
 * and what was offered so far. Only ever made by playing the story, so resuming from it is
 * the same as replaying its choices again.
 */
interface ReplayNode {
  at: ChoicePointState;
  /** The log at this point; its objects are shared with the nodes below and never changed. */
  record: GameRecord;
  offered: OfferedDecision[];
  depth: number;
  parent: ReplayNode | null;
  /** By option index. */
  children: Map<number, ReplayNode>;
  /** When a code last passed here; never more recent than the parent's. */
  used: number;
}

/**
 * Verifies result codes against one compiled story. It parses the story once and replays each
 * code's choices through it from the start (or the start of the class's chapters). Codes of one
 * class share their first choices, so it keeps the story's state at the choice points codes
 * have passed, in a tree by choices made: a code is replayed from the furthest point it shares
 * with an earlier code, every choice after it played by the story. Each code adds at most one
 * point to the tree (the one after the shared ones), so the tree grows where codes agree; the
 * least recently used points go when it is full. It also remembers the last few hundred
 * results, so the same choices (a code pasted twice) are replayed once.
 * Results are frozen: treat them as read-only.
 */
export class ResultVerifier {
  private game: GameStory;
  private readonly tag: number;
  private readonly replays = new Map<string, Replay | string>();
  private static readonly REMEMBERED = 500;
  /** Choice points kept by default, beyond the starts: a few megabytes at most. */
  static readonly MAX_POINTS = 2000;
  private readonly maxPoints: number;
  /** Where the whole story starts (key "") and where a class's span of chapters starts ("6-7"). */
  private readonly roots = new Map<string, ReplayNode>();
  private points = 0;
  private clock = 0;
  private chapterList: Chapter[] | null = null;

  /** @param options.points how many choice points to keep (tests use a few, to see them go) */
  constructor(
    readonly compiled: string,
    options: { points?: number } = {},
  ) {
    this.maxPoints = Math.max(4, options.points ?? ResultVerifier.MAX_POINTS);
    // No checkpoints: the verifier never saves, and snapshotting every choice is slow.
    this.game = this.freshGame();
    this.tag = storyTag(this.game.hash);
    this.roots.set('', this.node(null, []));
  }

  private freshGame(): GameStory {
    return new GameStory(this.compiled, undefined, undefined, { checkpoints: false });
  }

  verify(code: string, expectedClassCode?: string): ResultCheck {
    const decoded = decodeResult(code);
    if (typeof decoded === 'string') return { ok: false, reason: decoded };
    if (decoded.story !== this.tag) {
      return {
        ok: false,
        reason: 'This result code was made with a different version of the story, so its choices cannot be checked against this one: make sure the class and this page use the same copy of Thaw.',
      };
    }
    if (expectedClassCode !== undefined) {
      const expected = readClassCode(expectedClassCode);
      if (!expected.ok) return { ok: false, reason: `The class code to check against is not valid: ${expected.reason}` };
      const same = classData(expected.settings).every((s, i) => s === decoded.classData[i]);
      if (!same) {
        return { ok: false, reason: `This result code is from another class (class code ${decoded.classCode}), not from ${readableClassCode(expectedClassCode)}.` };
      }
    }
    const replay = this.replay(decoded.path, { from: decoded.settings.fromChapter, to: decoded.settings.toChapter });
    if (typeof replay === 'string') return { ok: false, reason: replay };
    return {
      ok: true,
      result: { name: decoded.name, classCode: decoded.classCode, seconds: decoded.seconds, path: decoded.path, ...replay },
    };
  }

  /** How many choice points are kept now, beyond the starts. */
  get pointsKept(): number {
    return this.points;
  }

  /** The story's chapters, in order (found once, when a class code first names a span). */
  get chapters(): Chapter[] {
    this.chapterList ??= playChapters(new GameStory(this.compiled));
    return this.chapterList;
  }

  /** The choice point a class's game starts from: the story's start, or its first chapter's. */
  private startOf(span: ChapterSpan): { key: string; root: ReplayNode } {
    const whole = this.roots.get('') as ReplayNode;
    const limited = wholeStory(span) ? null : spanRecord(span, this.chapters, this.game.meta);
    if (!limited) return { key: '', root: whole };
    const key = `${span.from ?? ''}-${span.to ?? ''}`;
    let root = this.roots.get(key);
    if (!root) {
      this.game.resumeAt(whole.at, whole.record);
      this.game.beginSpan(limited);
      root = this.node(null, []);
      this.roots.set(key, root);
    }
    return { key, root };
  }

  private replay(path: readonly number[], span: ChapterSpan): Replay | string {
    const { key: spanKey, root } = this.startOf(span);
    const key = `${spanKey}:${path.join('')}`;
    const known = this.replays.get(key);
    if (known !== undefined) return known;
    const outcome = this.play(path, root);
    if (this.replays.size >= ResultVerifier.REMEMBERED) this.replays.delete(this.replays.keys().next().value as string);
    this.replays.set(key, typeof outcome === 'string' ? outcome : deepFreeze(outcome));
    return outcome;
  }

  /** The game's state now, as a point of the tree (a root when `parent` is null). */
  private node(parent: ReplayNode | null, offered: OfferedDecision[]): ReplayNode {
    const log = this.game.log;
    let record = log;
    if (parent) {
      // Only the last decision of the parent's log can have changed since (its "what really
      // happened" may go on); earlier decisions and all endings are shared, not copied.
      const had = parent.record.decisions.length;
      const kept = Math.max(0, had - 1);
      record = {
        ...log,
        decisions: [...parent.record.decisions.slice(0, kept), ...log.decisions.slice(kept)],
        endings: [...parent.record.endings, ...log.endings.slice(parent.record.endings.length)],
      };
    }
    return {
      at: this.game.choicePointState(), record, offered: [...offered],
      depth: parent ? parent.depth + 1 : 0, parent, children: new Map(), used: this.clock,
    };
  }

  private play(path: readonly number[], root: ReplayNode): Replay | string {
    const game = this.game;
    this.clock += 1;
    // The furthest choice point an earlier code has passed on the way.
    let from = root;
    from.used = this.clock;
    while (from.depth < path.length) {
      const next = from.children.get(path[from.depth]);
      if (!next) break;
      from = next;
      from.used = this.clock;
    }
    const offered = [...from.offered];
    let grown = false;
    try {
      game.resumeAt(from.at, from.record);
      for (let step = from.depth; step < path.length; step++) {
        const index = path[step];
        const turn = game.turn;
        if (turn.finished) {
          return `This result code has choices after the end of the game (the game ends after choice ${step}): it was altered or made by hand.`;
        }
        if (index >= turn.choices.length) {
          return `This result code has a choice the story never offers (option ${index + 1} at choice ${step + 1}, where there are ${turn.choices.length}): it was altered or made by hand.`;
        }
        if (turn.decision) {
          offered.push({
            id: turn.decision.id,
            prompt: turn.decision.prompt,
            options: turn.choices.map((c) => ({ text: c.text, historical: c.tags.historical })),
            chosen: index,
          });
        }
        game.choose(index);
        if (!grown && !game.turn.finished) {
          grown = true;
          from.children.set(index, this.node(from, offered));
          if (++this.points > this.maxPoints) this.prune();
        }
      }
    } catch {
      // Ink may be left mid-line: the next code starts on a new copy of the story.
      this.game = this.freshGame();
      return 'The story could not replay the choices in this result code: it was altered or made by hand.';
    }
    if (!game.turn.finished) {
      return `This result code stops after ${path.length} choices, before the end of the game: it was cut short, altered or made by hand.`;
    }
    const record = game.log;
    return { score: scoreGame(record, game.meta), record, offered };
  }

  /** Forget the least recently used quarter of the choice points, deepest first. */
  private prune(): void {
    const all: ReplayNode[] = [];
    const visit = (n: ReplayNode) => {
      for (const c of n.children.values()) {
        all.push(c);
        visit(c);
      }
    };
    for (const r of this.roots.values()) visit(r);
    // A point is never used more recently than its parent: its whole subtree goes before it.
    all.sort((a, b) => a.used - b.used || b.depth - a.depth);
    const drop = all.length - Math.floor((this.maxPoints * 3) / 4);
    for (const n of all.slice(0, drop)) {
      for (const [i, c] of n.parent?.children ?? []) if (c === n) n.parent?.children.delete(i);
    }
    this.points = all.length - Math.max(0, drop);
  }
}

function readableClassCode(text: string): string {
  const r = readClassCode(text);
  return r.ok ? formatClassCode(withCheck(classData(r.settings), CLASS_FIELD)) : text;
}

let lastVerifier: ResultVerifier | null = null;

export function verifyResultCode(code: string, compiled: string, expectedClassCode?: string): ResultCheck {
  if (lastVerifier?.compiled !== compiled) lastVerifier = new ResultVerifier(compiled);
  return lastVerifier.verify(code, expectedClassCode);
}
