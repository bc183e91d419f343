// What a teacher chose for a learning-platform package: a lesson on some chapters, or a
// competition under a class code (which carries its own chapters, time limit and feedback).
// It travels inside the package's launch file (oneFile.ts), so it reaches the game whatever
// the platform does with addresses; the game reads it back as untrusted text.
import { type ClassSettings, readClassCode } from '../engine/codes';
import type { ChapterSpan } from '../engine/span';

export type Launch = { mode: 'lesson'; span: ChapterSpan } | { mode: 'competition'; classCode: string };

export type LaunchRead =
  | { ok: true; launch: Launch; span: ChapterSpan; settings: ClassSettings | null }
  | { ok: false; kind: 'damaged' | 'class-code' };

/** The launch as JSON that is safe inside a <script> element. */
export const launchJson = (launch: Launch): string => JSON.stringify(launch).replace(/</g, '\\u003c');

const chapterOk = (n: unknown): n is number | null => n === null || (Number.isInteger(n) && (n as number) >= 1);

export function parseLaunch(text: string): LaunchRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'damaged' };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, kind: 'damaged' };
  const r = raw as Record<string, unknown>;
  if (r.mode === 'competition' && typeof r.classCode === 'string') {
    const read = readClassCode(r.classCode);
    if (!read.ok) return { ok: false, kind: 'class-code' };
    const span = { from: read.settings.fromChapter, to: read.settings.toChapter };
    return { ok: true, launch: { mode: 'competition', classCode: r.classCode }, span, settings: read.settings };
  }
  const s = r.span as Record<string, unknown> | null | undefined;
  if (r.mode === 'lesson' && s && typeof s === 'object' && chapterOk(s.from) && chapterOk(s.to)) {
    const span = { from: s.from, to: s.to };
    return { ok: true, launch: { mode: 'lesson', span }, span, settings: null };
  }
  return { ok: false, kind: 'damaged' };
}

const spanOf = (launch: Launch): ChapterSpan | null => {
  if (launch.mode === 'lesson') return launch.span;
  const read = readClassCode(launch.classCode);
  return read.ok ? { from: read.settings.fromChapter, to: read.settings.toChapter } : null;
};

/** "thaw-scorm-competition-ch5-8.zip": the package's file name says what is in it. */
export function packageFileName(launch: Launch): string {
  const span = spanOf(launch);
  const chapters = span && (span.from !== null || span.to !== null) ? `-ch${span.from ?? 1}-${span.to ?? 'end'}` : '';
  return `thaw-scorm-${launch.mode}${chapters}.zip`;
}

/** "Thaw: competition, chapters 5–8 (The Secret Speech to …)", for the platform's course list. */
export function launchTitle(storyTitle: string, launch: Launch, chapters: readonly string[]): string {
  const span = spanOf(launch);
  const from = span?.from ?? 1;
  const to = Math.min(span?.to ?? chapters.length, chapters.length || Number.POSITIVE_INFINITY);
  const whole = !span || (from <= 1 && (span.to === null || to >= chapters.length));
  const named = (n: number) => chapters[n - 1] ?? `chapter ${n}`;
  const part = whole ? 'the whole story' : from === to ? `chapter ${from} (${named(from)})` : `chapters ${from}–${to} (${named(from)} to ${named(to)})`;
  return `${storyTitle}: ${launch.mode === 'competition' ? 'competition' : 'lesson'}, ${part}`;
}
