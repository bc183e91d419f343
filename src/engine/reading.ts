// How long each chapter takes to read, computed from the story's own text, so that a teacher
// choosing chapters for a lesson sees the real figure (and it stays true when the story grows).
//
// A chapter's words are those a student reads on the way through it as history went: the
// passages, each question and its options, "what really happened" (shown after each decision in
// a lesson, in the debrief of a competition that holds it back: read either way) and any ending.
import { type Chapter, type ChapterSpan, historicalIndex } from './span';
import type { GameStory, Turn } from './story';

/**
 * Words a minute for a secondary student reading closely and weighing options: slower than
 * adult reading for pleasure (about 240), as a student rereads to choose.
 */
export const READING_PACE = 150;

export interface ChapterReading extends Chapter {
  words: number;
  /** Whole minutes at the pace asked for, at least 1. */
  minutes: number;
}

/** Far more choices than any story has: a guard against a story that loops. */
const MAX_STEPS = 1000;

/** Words as a reader counts them: runs of text with a letter or digit ("—" is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const minutesFor = (words: number, pace: number) => Math.max(1, Math.round(words / pace));

function turnWords(turn: Turn, add: (chapter: string | null, opens: Chapter | null, words: number) => void): void {
  let chapter: string | null = null;
  for (const s of turn.segments) {
    chapter = s.context.chapter;
    const opens = s.opensChapter ? { title: s.opensChapter, date: s.context.date } : null;
    add(chapter, opens, countWords(s.paragraphs.join(' ')) + (s.opensChapter ? countWords(s.opensChapter) : 0));
  }
  const asked = (turn.decision ? countWords(turn.decision.prompt) : 0) + turn.choices.reduce((n, c) => n + countWords(c.text), 0);
  add(chapter, null, asked);
}

/**
 * Each chapter of the story with its words and minutes at `pace` words a minute, in story
 * order (the chapters of `playChapters`). `game` must be freshly started; it is played to its
 * end as history went.
 */
export function chapterReadings(game: GameStory, pace: number = READING_PACE): ChapterReading[] {
  if (!(pace > 0)) throw new RangeError(`A reading pace must be a positive number of words a minute, not ${pace}`);
  const out: ChapterReading[] = [];
  // Text before the first chapter (a title page) is read with the first chapter.
  let before = 0;
  const add = (chapter: string | null, opens: Chapter | null, words: number) => {
    if (opens && !out.some((c) => c.title === opens.title)) out.push({ ...opens, words: 0, minutes: 0 });
    const into = out.find((c) => c.title === chapter) ?? out.at(-1);
    if (into) into.words += words;
    else before += words;
  };
  for (let step = 0; step < MAX_STEPS; step++) {
    turnWords(game.turn, add);
    if (game.turn.finished) break;
    game.choose(historicalIndex(game.turn));
  }
  if (out[0]) out[0].words += before;
  for (const c of out) c.minutes = minutesFor(c.words, pace);
  return out;
}

/** Minutes to read a span of chapters (1-based, null for the start or the end), at `pace`. */
export function spanMinutes(readings: readonly ChapterReading[], span: ChapterSpan, pace: number = READING_PACE): number {
  const from = Math.max(1, span.from ?? 1);
  const to = Math.min(readings.length, span.to ?? readings.length);
  const words = readings.slice(from - 1, to).reduce((n, c) => n + c.words, 0);
  return words === 0 ? 0 : minutesFor(words, pace);
}
