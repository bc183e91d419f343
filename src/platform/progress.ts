// A game in progress as a learning platform keeps it, in cmi.core.suspend_data: the choices
// taken, the chapters played and the time so far, and never ink's state (SCORM 1.2 allows
// 4,096 characters; this stays near 50). Replaying the choices rebuilds the game exactly.
// The text comes back from the platform, so it is parsed as untrusted input.
import type { ChapterSpan } from '../engine/span';

export interface Progress {
  /** The first characters of the story's fingerprint (engine/hash.ts): another story's choices would not fit. */
  story: string;
  span: ChapterSpan;
  /** Seconds played in this game so far, over every visit. */
  seconds: number;
  /** Every choice index taken, in order (GameRecord.path). */
  path: number[];
}

export type ProgressRead =
  | { ok: true; progress: Progress }
  | { ok: false; kind: 'empty' | 'damaged' | 'other-version' | 'other-story' };

const FORMAT = 'T1';
const STORY_CHARS = 6;
/** Choice indexes as base-36 digits: one character each, up to 36 options. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** SCORM 1.2's limit for suspend_data. */
export const MAX_SUSPEND_CHARS = 4096;

export const storyMark = (hash: string): string => hash.slice(0, STORY_CHARS);

const chapter = (n: number | null) => (n === null ? '' : String(n));

/** "T1|3f9a0c|5-8|742|0120310": format, story, chapters, seconds, choices. */
export function encodeProgress(p: Progress): string {
  const path = p.path.map((i) => {
    const d = DIGITS[i];
    if (d === undefined) throw new RangeError(`Choice ${i} cannot be kept: at most ${DIGITS.length} options.`);
    return d;
  });
  return [FORMAT, p.story, `${chapter(p.span.from)}-${chapter(p.span.to)}`, String(Math.max(0, Math.round(p.seconds))), path.join('')].join('|');
}

const CHAPTER = /^(\d{1,3})?-(\d{1,3})?$/;

/** Read suspend_data written by `encodeProgress`, for the story whose fingerprint is `storyHash`. */
export function parseProgress(text: string, storyHash: string): ProgressRead {
  if (text.trim() === '') return { ok: false, kind: 'empty' };
  if (text.length > MAX_SUSPEND_CHARS) return { ok: false, kind: 'damaged' };
  const parts = text.split('|');
  if (parts[0] !== FORMAT) return { ok: false, kind: /^T\d+$/.test(parts[0]) ? 'other-version' : 'damaged' };
  if (parts.length !== 5) return { ok: false, kind: 'damaged' };
  const [, story, chapters, seconds, path] = parts;
  const span = CHAPTER.exec(chapters);
  if (!/^[0-9a-f]{6}$/.test(story) || !span || !/^\d{1,9}$/.test(seconds) || !/^[0-9a-z]*$/.test(path)) {
    return { ok: false, kind: 'damaged' };
  }
  if (story !== storyMark(storyHash)) return { ok: false, kind: 'other-story' };
  const num = (s: string | undefined) => (s === undefined ? null : Number(s));
  const from = num(span[1]);
  const to = num(span[2]);
  if (from === 0 || to === 0 || (from !== null && to !== null && to < from)) return { ok: false, kind: 'damaged' };
  return {
    ok: true,
    progress: { story, span: { from, to }, seconds: Number(seconds), path: [...path].map((c) => DIGITS.indexOf(c)) },
  };
}
