// A lesson or a class competition may cover only some chapters (a class code carries the
// span). The story before the first chapter is played as history went, so the power bases
// and everything the story remembers stand as they really did; the game stops where the
// chapter after the last one would open.
import type { StoryMeta } from './meta';
import type { SpanRecord } from './record';
import type { GameStory, Turn } from './story';

export type { SpanRecord };

export interface Chapter {
  title: string;
  /** The date of the chapter's first passage. */
  date: string | null;
}

/** First and last chapter to play, 1-based in story order; null: from the start, to the end. */
export interface ChapterSpan {
  from: number | null;
  to: number | null;
}

/** Far more choices than any story has: a guard against a story that loops. */
const MAX_STEPS = 1000;

/** The option that is what really happened, or the first where none is marked (a "Continue"). */
export function historicalIndex(turn: Turn): number {
  return Math.max(0, turn.choices.findIndex((c) => c.tags.historical));
}

/**
 * The story's chapters in order, found by playing what really happened, which passes through
 * every chapter. `game` must be freshly started; it is played to its end.
 */
export function playChapters(game: GameStory): Chapter[] {
  const chapters: Chapter[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    for (const s of game.turn.segments) {
      if (s.opensChapter && !chapters.some((c) => c.title === s.opensChapter)) {
        chapters.push({ title: s.opensChapter, date: s.context.date });
      }
    }
    if (game.turn.finished) break;
    game.choose(historicalIndex(game.turn));
  }
  return chapters;
}

export const wholeStory = (span: ChapterSpan) => span.from === null && span.to === null;

/**
 * The record of a span of `chapters`, or null when it covers the whole story. Chapters past the
 * story's last are read as its last (a class code made for a longer version of the story).
 */
export function spanRecord(span: ChapterSpan, chapters: readonly Chapter[], meta: StoryMeta): SpanRecord | null {
  if (wholeStory(span) || chapters.length === 0) return null;
  const last = chapters.length;
  const from = Math.min(span.from ?? 1, last);
  const to = Math.max(from, Math.min(span.to ?? last, last));
  if (from === 1 && to === last) return null;
  const next = chapters[to] ?? null;
  return {
    first: chapters[from - 1].title,
    stopAt: next?.title ?? null,
    start: from === 1 ? (meta.start ?? chapters[0].date) : chapters[from - 1].date,
    end: next ? next.date : meta.end,
  };
}

/** "Chapters 6–7: The Secret Speech to Hungary", for the title, the debrief and the teacher. */
export function describeSpan(span: SpanRecord | null | undefined, chapters: readonly Chapter[]): string | null {
  if (!span) return null;
  const from = chapters.findIndex((c) => c.title === span.first);
  const to = span.stopAt === null ? chapters.length - 1 : chapters.findIndex((c) => c.title === span.stopAt) - 1;
  if (from < 0 || to < from) return null;
  return from === to
    ? `Chapter ${from + 1}: ${chapters[from].title}`
    : `Chapters ${from + 1}–${to + 1}: ${chapters[from].title} to ${chapters[to].title}`;
}

/**
 * What the debrief says of a span: its chapters, and, when it starts after the story's first
 * chapter, that what came before went as history did (before chapter 1 nothing came).
 */
export function spanNote(span: SpanRecord | null | undefined, chapters: readonly Chapter[]): string | null {
  const text = describeSpan(span, chapters);
  if (!text || !span) return null;
  return chapters.findIndex((c) => c.title === span.first) > 0 ? `${text}. What came before went as it really did.` : `${text}.`;
}
