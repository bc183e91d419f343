// The decision log only grows: a decision enters it whole, with the "what really happened" card
// of the turn its option leads to, and nothing in it changes after (issue 9). Checked on the
// real story, step by step through the tools' two-step choose, across saves and spans.
import { describe, expect, it } from 'vitest';
import { timeoutOption } from '../../src/engine/modes';
import { StoryProbe } from '../../src/engine/probe';
import type { Reveal } from '../../src/engine/record';
import { loadSave, makeSave } from '../../src/engine/save';
import { historicalIndex, playChapters, spanRecord } from '../../src/engine/span';
import { GameStory, type Turn } from '../../src/engine/story';
import { parseLineTags } from '../../src/engine/tags';
import story from '../../story/main.ink';
import small from '../fixtures/engine/small.ink';
import { seeded } from '../support/seeded';

/** A move: the option, and whether the time limit ran out. */
type Pick = (turn: Turn) => { index: number; timedOut: boolean };

const history: Pick = (t) => ({ index: historicalIndex(t), timedOut: false });

/** Any option; at a decision, now and then the time limit runs out instead. */
function atRandom(seed: number): Pick {
  const random = seeded(seed);
  return (t) => {
    if (t.decision && random() < 0.2) return { index: timeoutOption(t), timedOut: true };
    return { index: Math.floor(random() * t.choices.length), timedOut: false };
  };
}

const GAMES: [string, Pick][] = [['history', history], ...[1, 2, 3, 4, 5, 6].map((s): [string, Pick] => [`random game ${s}`, atRandom(s)])];

/**
 * The card a turn shows, read from ink's own lines (not the engine's segments): every line
 * tagged `# reveal` before any ending line, the last `# source:`, all `# term:`s; null if none.
 */
function cardShown(turn: Turn): Reveal | null {
  const lines = turn.lines.map((l) => ({ text: l.text.trim(), tags: parseLineTags(l.tags).value }));
  const ending = lines.findIndex((l) => l.tags.ending !== null);
  const card = lines.slice(0, ending < 0 ? lines.length : ending).filter((l) => l.tags.reveal);
  if (card.length === 0) return null;
  return {
    paragraphs: card.map((l) => l.text).filter(Boolean),
    source: card.map((l) => l.tags.source).filter((s) => s !== null).at(-1) ?? null,
    terms: card.flatMap((l) => l.tags.terms),
  };
}

describe('the decision log', () => {
  it.each(GAMES)('never changes a decision once it is in it, between the two steps of a choice or after (%s)', (_, pick) => {
    const game = new StoryProbe(story);
    const seen: string[] = [];
    const look = (when: string) => {
      const log = game.log.decisions;
      expect(log.length, when).toBeGreaterThanOrEqual(seen.length);
      log.forEach((d, i) => {
        const now = JSON.stringify(d);
        if (i < seen.length) expect(now, `${when}: decision ${i + 1} (${d.id})`).toBe(seen[i]);
        else seen.push(now);
      });
    };
    for (let step = 0; !game.turn.finished && step < 500; step++) {
      const { index, timedOut } = pick(game.turn);
      game.takeChoice(index, timedOut);
      look(`after taking choice ${step + 1}`);
      game.playTurn();
      look(`after playing turn ${step + 2}`);
    }
    expect(game.turn.finished).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
  });

  it.each(GAMES)('gives each decision the card the turn after it shows, time-outs too (%s)', (_, pick) => {
    const game = new GameStory(story);
    const shown: (Reveal | null)[] = [];
    for (let step = 0; !game.turn.finished && step < 500; step++) {
      const decided = game.turn.decision !== null;
      const { index, timedOut } = pick(game.turn);
      game.choose(index, timedOut);
      if (decided) shown.push(cardShown(game.turn));
    }
    const log = game.log.decisions;
    expect(log.map((d) => d.reveal)).toEqual(shown);
    // Every decision of the real story has its card, with a source (the checker sees to it).
    expect(log.filter((d) => !d.reveal?.source).map((d) => d.id)).toEqual([]);
  });

  it('keeps the card of the last decision of a span that stops where the next chapter opens', () => {
    const chapters = playChapters(new GameStory(story));
    for (let n = 1; n <= chapters.length; n++) {
      const game = new GameStory(story);
      const span = spanRecord({ from: n, to: n }, chapters, game.meta);
      if (!span) throw new Error(`no span for chapter ${n}`);
      game.beginSpan(span);
      const shown: (Reveal | null)[] = [];
      for (let step = 0; !game.turn.finished && step < 500; step++) {
        const decided = game.turn.decision !== null;
        game.choose(historicalIndex(game.turn));
        if (decided) shown.push(cardShown(game.turn));
      }
      const log = game.log.decisions;
      expect(log.length, span.first).toBeGreaterThan(0);
      expect(log.map((d) => d.reveal), span.first).toEqual(shown);
      expect(log.at(-1)?.reveal?.source, span.first).toBeTruthy();
    }
  });
});

describe('saves and the decision log', () => {
  /** A save made just after the first decision, whose card is in the turn the save replays. */
  function savedAfterDecision(): { game: GameStory; file: { checkpoint: Record<string, unknown> & { record: { decisions: { reveal: unknown }[] } } } } {
    const game = new GameStory(small);
    game.choose(0);
    return { game, file: JSON.parse(makeSave(game)) };
  }

  it('keep the log\'s shape: the decision just taken is last, its card due in the turn the save replays', () => {
    const { game, file } = savedAfterDecision();
    expect(file.checkpoint.revealDue).toBe(true);
    expect(file.checkpoint.record.decisions.map((d) => d.reveal)).toEqual([null]);
    const loaded = loadSave(JSON.stringify(file), small);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.game.log).toEqual(game.log);
    expect(loaded.game.log.decisions[0].reveal?.source).toBe('The Book');
  });

  it('load a save made before revealDue existed, its last decision waiting for its card, as those games did', () => {
    const { game, file } = savedAfterDecision();
    delete file.checkpoint.revealDue;
    const loaded = loadSave(JSON.stringify(file), small);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.game.log).toEqual(game.log);
    loaded.game.choose(0);
    game.choose(0);
    expect(loaded.game.log).toEqual(game.log);
  });

  it('refuse a save that owes a card to a decision that has one, or says so with no decision', () => {
    const { file } = savedAfterDecision();
    const carded = structuredClone(file);
    carded.checkpoint.record.decisions[0].reveal = { paragraphs: ['Made up.'], source: null, terms: [] };
    expect(loadSave(JSON.stringify(carded), small).ok).toBe(false);
    const none = structuredClone(file);
    none.checkpoint.record.decisions = [];
    expect(loadSave(JSON.stringify(none), small).ok).toBe(false);
    const odd = structuredClone(file);
    odd.checkpoint.revealDue = 'yes';
    expect(loadSave(JSON.stringify(odd), small).ok).toBe(false);
  });
});
