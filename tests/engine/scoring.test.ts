import { describe, expect, it } from 'vitest';
import { type StoryMeta, parseStoryMeta } from '../../src/engine/meta';
import type { DecisionRecord, GameRecord } from '../../src/engine/record';
import { finalScore, scoreGame } from '../../src/engine/scoring';
import small from '../fixtures/engine/small.ink';
import { MODES, play } from './harness';

const meta: StoryMeta = {
  ...parseStoryMeta([]).value,
  title: 'Test', start: '1 January 1950', end: '1 January 1960', bases: [], cast: [], readings: [],
  ranks: [{ min: 80, title: 'Chief' }, { min: 40, title: 'Deputy' }, { min: 0, title: 'Clerk' }],
};

function decision(kind: 'act' | 'predict', historical: boolean, actor: string): DecisionRecord {
  return {
    id: `${kind}-${actor}`, kind, rival: kind === 'predict' ? 'rival' : null, prompt: '', date: null, chapter: null,
    chosenText: '', actor, historical, historicalText: null, effects: [], power: {}, reveal: null,
  };
}

function record(decisions: DecisionRecord[], fellOn: string | null = null): GameRecord {
  return {
    path: decisions.map(() => 0),
    decisions,
    endings: fellOn ? [{ kind: 'counterfactual', date: fellOn, text: '', afterDecisions: 1 }] : [],
  };
}

describe('scoring', () => {
  it('weighs judgement, reading rivals and survival', () => {
    const s = scoreGame(record([
      decision('act', true, 'hero'), decision('act', false, 'rival'), decision('act', true, 'hero'), decision('act', true, 'hero'),
      decision('predict', true, 'rival'), decision('predict', false, 'hero'),
    ]), meta);
    expect(s.judgement).toEqual({ matched: 3, total: 4, share: 0.75 });
    expect(s.reading).toEqual({ matched: 1, total: 2, share: 0.5 });
    expect(s.survival).toBe(1);
    // 0.5 × 0.75 + 0.3 × 0.5 + 0.2 × 1 = 0.725
    expect(s.final).toBe(73);
    expect(s.rank).toBe('Deputy');
  });

  it('measures survival by how far through the story’s span the leader fell', () => {
    const s = scoreGame(record([decision('act', true, 'hero')], '1 January 1955'), meta);
    expect(s.survival).toBeCloseTo(1826 / 3652, 3);
    expect(s.final).toBe(Math.round(100 * (0.5 * 1 + 0.2 * (1826 / 3652)) / 0.7));
  });

  it('measures survival to the FIRST fall: carrying on as history went and falling again changes nothing', () => {
    const once = record([decision('act', false, 'rival'), decision('act', false, 'rival')], '1 January 1955');
    const twice: GameRecord = {
      ...once,
      endings: [...once.endings, { kind: 'counterfactual', date: '1 January 1958', text: '', afterDecisions: 2 }],
    };
    expect(scoreGame(twice, meta).survival).toBeCloseTo(1826 / 3652, 3);
    expect(scoreGame(twice, meta)).toEqual(scoreGame(once, meta));
  });

  it('counts a time-out (logged as not historical, with no actor) as a miss', () => {
    const timed = { ...decision('act', false, 'rival'), timedOut: true, actor: null };
    const s = scoreGame(record([decision('act', true, 'hero'), timed]), meta);
    expect(s.judgement).toEqual({ matched: 1, total: 2, share: 0.5 });
  });

  it('leaves out a part with nothing to judge instead of counting it as zero', () => {
    const s = scoreGame(record([decision('act', true, 'hero')]), meta);
    expect(s.reading.share).toBeNull();
    expect(s.final).toBe(100);
    expect(s.rank).toBe('Chief');
  });

  it('rounds an exact half up, even where floating point sums it to just below', () => {
    // 6 of 8 matched and no fall, 0 of 1 prediction: 0.5 × 0.75 + 0.3 × 0 + 0.2 × 1 = 0.575, which
    // floating point makes 57.49999999999999 (the debrief showed 57.50 and a score of 57).
    const counts = { actMatched: 6, actTotal: 8, predMatched: 0, predTotal: 1, survival: 1 };
    expect((100 * (0.5 * 0.75 + 0.2)) / 1).toBeLessThan(57.5);
    expect(finalScore(counts, meta).final).toBe(58);
    // A half that floating point keeps whole rounded up before too.
    expect(finalScore({ ...counts, actMatched: 1, actTotal: 4 }, meta).final).toBe(33);
    // Nothing just below a half moves: 1 of 3 matched and 0 of 1, survival 1: 36.67.
    expect(finalScore({ ...counts, actMatched: 1, actTotal: 3 }, meta).final).toBe(37);
    expect(finalScore({ ...counts, actMatched: 2, actTotal: 7 }, meta).final).toBe(34);
  });

  it('gives the same score for the same choices', () => {
    const r = record([decision('act', true, 'hero'), decision('predict', false, 'hero')], '3 March 1952');
    expect(scoreGame(r, meta)).toEqual(scoreGame(JSON.parse(JSON.stringify(r)), meta));
  });
});

describe.each(MODES)('scores of played games (%s)', (mode) => {
  it('the historical path scores full marks and the top rank', () => {
    const { game } = play(small, [0, 0], mode);
    const s = scoreGame(game.log, game.meta);
    expect(s.final).toBe(100);
    expect(s.rank).toBe('Chief');
  });

  it('falling early costs survival', () => {
    const { game } = play(small, [1, 0, 1], mode);
    const s = scoreGame(game.log, game.meta);
    expect(s.judgement.share).toBe(0);
    expect(s.reading.share).toBe(0);
    expect(s.survival).toBeCloseTo(365 / 3652, 3);
    expect(s.final).toBe(2);
    expect(s.rank).toBe('Clerk');
  });
});
