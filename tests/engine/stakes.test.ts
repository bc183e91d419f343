// The stakes in view (issue 12): a decision whose outcome turns on a power base says so
// (# stake:), the real story's 1957 vote falls at exactly that line, and "Continue as history
// really went" (# rejoin) puts every power base back where history had it.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/compiler/compileInk';
import { scoreGame } from '../../src/engine/scoring';
import { GameStory } from '../../src/engine/story';
import { historicalPowerAfter, waysTo } from '../support/stakes';

const fell = (g: GameStory) => g.turn.segments.some((s) => s.ending === 'counterfactual');

describe('the Anti-Party Group decision and its Party line', () => {
  let compiled: string;
  let ways: Map<number, number[]>;
  let under: number;
  let over: number;
  const at = (party: number) => {
    const g = new GameStory(compiled);
    for (const i of ways.get(party) ?? []) g.choose(i);
    return g;
  };
  const refuse = (g: GameStory) => g.choose(g.turn.choices.findIndex((c) => c.tags.historical));

  beforeAll(() => {
    compiled = compileInkFile('story/main.ink').json as string;
    ways = waysTo(compiled, 'anti_party_group', 'party');
    under = Math.max(...[...ways.keys()].filter((v) => v < 85));
    over = Math.min(...[...ways.keys()].filter((v) => v >= 85));
  });

  it('shows its line before the choice', () => {
    const g = at(over);
    expect(g.turn.decision?.id).toBe('anti_party_group');
    expect(g.turn.decision?.stake).toEqual({ base: 'party', line: 85 });
    expect(g.power().party).toBe(over);
  });

  it('falls just under the line and holds just over it, choosing what really happened', () => {
    const low = at(under);
    refuse(low);
    expect(fell(low)).toBe(true);
    const high = at(over);
    refuse(high);
    expect(fell(high)).toBe(false);
  });

  it('after a fall, continuing as history went puts the power bases where history had them', () => {
    const g = at(under);
    refuse(g);
    expect(g.power()).not.toEqual(historicalPowerAfter(compiled, 'anti_party_group'));
    const rejoin = g.turn.choices.findIndex((c) => c.tags.rejoin);
    expect(rejoin).toBeGreaterThanOrEqual(0);
    g.choose(rejoin);
    expect(g.power()).toEqual(historicalPowerAfter(compiled, 'anti_party_group'));
    // Survival stays the date of the first fall, however the game goes on.
    while (!g.turn.finished) g.choose(Math.max(0, g.turn.choices.findIndex((c) => c.tags.historical || c.tags.rejoin)));
    expect(g.log.endings.filter((e) => e.kind === 'counterfactual').map((e) => e.date)).toEqual(['29 June 1957']);
    const score = scoreGame(g.log, g.meta);
    expect(score.survival).toBeGreaterThan(0.3);
    expect(score.survival).toBeLessThan(0.5);
  });
});
