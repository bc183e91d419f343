// A span of chapters (lesson or class code): the game starts at the first chapter with
// history as it really went before it, stops where the next chapter would open, and
// measures survival over the span's own dates.
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { makeResultCode } from '../../src/engine/codes/resultCode';
import { ResultVerifier } from '../../src/engine/codes/verifier';
import { loadSave, makeSave } from '../../src/engine/save';
import { scoreGame, survivalByDate } from '../../src/engine/scoring';
import { describeSpan, historicalIndex, playChapters, spanNote, spanRecord } from '../../src/engine/span';
import { GameStory, type Turn } from '../../src/engine/story';
import { PLAYED, STORY_FINGERPRINT } from '../support/codes';

const chapters = playChapters(new GameStory(story));
const meta = new GameStory(story).meta;

/** Play what really happened until `done` says stop; returns the game. */
function playHistory(game: GameStory, done: (t: Turn) => boolean = (t) => t.finished): GameStory {
  for (let step = 0; step < 500 && !done(game.turn); step++) game.choose(historicalIndex(game.turn));
  return game;
}

const opens = (t: Turn, title: string) => t.segments.some((s) => s.opensChapter === title);

describe('chapters and spans', () => {
  it('finds every chapter in story order, each with its opening date', () => {
    expect(chapters.length).toBe(12);
    expect(chapters[0]).toEqual({ title: 'The Death of Stalin', date: '5 March 1953' });
    expect(new Set(chapters.map((c) => c.title)).size).toBe(12);
    expect(chapters.every((c) => c.date !== null)).toBe(true);
  });

  it('reads the whole story as no span, and clamps chapters past the end', () => {
    expect(spanRecord({ from: null, to: null }, chapters, meta)).toBeNull();
    expect(spanRecord({ from: 1, to: 12 }, chapters, meta)).toBeNull();
    const tail = spanRecord({ from: 11, to: 40 }, chapters, meta);
    expect(tail).toEqual({ first: chapters[10].title, stopAt: null, start: chapters[10].date, end: meta.end });
  });

  it('describes a span for people', () => {
    const span = spanRecord({ from: 6, to: 7 }, chapters, meta);
    expect(describeSpan(span, chapters)).toBe(`Chapters 6–7: ${chapters[5].title} to ${chapters[6].title}`);
    expect(describeSpan(spanRecord({ from: 3, to: 3 }, chapters, meta), chapters)).toBe(`Chapter 3: ${chapters[2].title}`);
    expect(describeSpan(null, chapters)).toBeNull();
  });

  it('tells the debrief that what came before went as it really did, only when something came before', () => {
    expect(spanNote(spanRecord({ from: 6, to: 7 }, chapters, meta), chapters)).toBe(`Chapters 6–7: ${chapters[5].title} to ${chapters[6].title}. What came before went as it really did.`);
    expect(spanNote(spanRecord({ from: 1, to: 2 }, chapters, meta), chapters)).toBe(`Chapters 1–2: ${chapters[0].title} to ${chapters[1].title}.`);
    expect(spanNote(null, chapters)).toBeNull();
  });
});

describe('a game limited to chapters 6 and 7', () => {
  const span = spanRecord({ from: 6, to: 7 }, chapters, meta);
  if (!span) throw new Error('chapters 6–7 must be a span');

  it('opens on chapter 6 with nothing before it, an empty log and power as history left it', () => {
    const game = new GameStory(story);
    const first = game.beginSpan(span);
    expect(first.segments[0].opensChapter).toBe(chapters[5].title);
    expect(first.choices.length).toBeGreaterThan(0);
    expect(game.log.path).toEqual([]);
    expect(game.log.decisions).toEqual([]);
    expect(game.log.span).toEqual(span);
    const history = playHistory(new GameStory(story), (t) => opens(t, chapters[5].title));
    expect(game.power()).toEqual(history.power());
  });

  it('stops where chapter 8 would open, with only chapters 6 and 7 in the log', () => {
    const game = new GameStory(story);
    game.beginSpan(span);
    playHistory(game);
    expect(game.turn.finished).toBe(true);
    expect(game.turn.segments.some((s) => s.opensChapter === chapters[7].title)).toBe(false);
    const log = game.log;
    expect(log.decisions.length).toBeGreaterThan(0);
    expect(new Set(log.decisions.map((d) => d.chapter))).toEqual(new Set([chapters[5].title, chapters[6].title]));
    // The last decision of chapter 7 still gets its "what really happened".
    expect(log.decisions.at(-1)?.reveal?.paragraphs.length).toBeGreaterThan(0);
    const score = scoreGame(log, meta);
    expect(score.judgement.share).toBe(1);
    expect(score.survival).toBe(1);
    expect(score.final).toBe(100);
  });

  it('survives a save and a reload at the first turn and mid-span', () => {
    const game = new GameStory(story);
    const first = game.beginSpan(span);
    const atStart = loadSave(makeSave(game), story);
    if (!atStart.ok) throw new Error(atStart.reason);
    expect(atStart.game.turn.segments.map((s) => s.paragraphs)).toEqual(first.segments.map((s) => s.paragraphs));
    expect(atStart.game.log.span).toEqual(span);

    game.choose(historicalIndex(game.turn));
    game.choose(historicalIndex(game.turn));
    const mid = loadSave(makeSave(game), story);
    if (!mid.ok) throw new Error(mid.reason);
    playHistory(mid.game);
    playHistory(game);
    expect(mid.game.log).toEqual(game.log);
  });

  it('measures a fall over the span, not the whole story', () => {
    const fallDate = chapters[6].date;
    const record = { ...new GameStory(story).log, span, endings: [{ kind: 'counterfactual' as const, date: fallDate, text: 'x', afterDecisions: 0 }] };
    const overSpan = scoreGame(record, meta).survival;
    expect(overSpan).toBeCloseTo(survivalByDate(fallDate, span) ?? Number.NaN);
    expect(overSpan).not.toBeCloseTo(survivalByDate(fallDate, meta) ?? Number.NaN);
    expect(overSpan).toBeGreaterThan(0);
    expect(overSpan).toBeLessThan(1);
  });
});

describe('result codes of a class that plays some chapters', () => {
  const verifier = new ResultVerifier(story);

  /** A student's game under `classCode`'s span, choosing with a seeded generator. */
  function studentGame(from: number, to: number, seed: number) {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: from, toChapter: to, fingerprint: STORY_FINGERPRINT });
    const span = spanRecord({ from, to }, chapters, meta);
    if (!span) throw new Error('not a span');
    const game = new GameStory(story);
    game.beginSpan(span);
    let x = seed;
    while (!game.turn.finished) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      game.choose(x % game.turn.choices.length);
    }
    const code = makeResultCode({ storyHash: game.hash, classCode, name: 'Ana', path: game.log.path, seconds: 300, ...PLAYED });
    return { game, code, classCode };
  }

  it('verify to the score the student saw, over the same chapters', () => {
    for (const [from, to, seed] of [[6, 7, 1], [6, 7, 2], [2, 4, 3], [11, 12, 4], [1, 3, 5]]) {
      const { game, code } = studentGame(from, to, seed);
      const check = verifier.verify(code);
      if (!check.ok) throw new Error(check.reason);
      expect(check.result.score).toEqual(scoreGame(game.log, meta));
      expect(check.result.record.span).toEqual(game.log.span);
      expect(check.result.record.decisions.map((d) => d.id)).toEqual(game.log.decisions.map((d) => d.id));
    }
  });

  it('do not verify when the same choices are read as another span', () => {
    const { game } = studentGame(6, 7, 1);
    const otherClass = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: 2, toChapter: 4, fingerprint: STORY_FINGERPRINT });
    const forged = makeResultCode({ storyHash: game.hash, classCode: otherClass, name: 'Ana', path: game.log.path, seconds: 300, ...PLAYED });
    const check = verifier.verify(forged);
    if (check.ok) expect(check.result.record.decisions.map((d) => d.id)).not.toEqual(game.log.decisions.map((d) => d.id));
    else expect(check.reason).toMatch(/altered or made by hand|cut short/);
  });
});
