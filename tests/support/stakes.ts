// Ways through the real story to a decision with a power base at a chosen value: for the
// tests of a decision's line (# stake:), which must meet it just under and just over.
import { GameStory, type Turn } from '../../src/engine/story';
import { historicalIndex } from '../../src/engine/span';

const fell = (turn: Turn) => turn.segments.some((s) => s.ending === 'counterfactual');

/**
 * For each value `base` can have when decision `id` is asked, one way there without a fall:
 * the choices (option indices, in order). Breadth first, keeping one way per value of `base`
 * at each step: the number of ways stays small however many options the story has.
 */
export function waysTo(compiled: string, id: string, base: string): Map<number, number[]> {
  const found = new Map<number, number[]>();
  const game = new GameStory(compiled);
  let frontier = new Map<number, { at: ReturnType<GameStory['checkpointNow']>; path: number[] }>();
  frontier.set(game.power()[base], { at: game.checkpointNow(), path: [] });
  for (let depth = 0; depth < 100 && frontier.size > 0; depth++) {
    const next = new Map<number, { at: ReturnType<GameStory['checkpointNow']>; path: number[] }>();
    for (const { at, path } of frontier.values()) {
      const options = game.restore(at).choices.length;
      for (let i = 0; i < options; i++) {
        const turn = game.restore(at);
        if (turn.decision?.id === id) break;
        const after = game.choose(i);
        if (fell(after) || after.finished) continue;
        const v = game.power()[base];
        if (after.decision?.id === id) {
          if (!found.has(v)) found.set(v, [...path, i]);
        } else if (!next.has(v)) next.set(v, { at: game.checkpointNow(), path: [...path, i] });
      }
    }
    frontier = next;
  }
  return found;
}

/** Each power base where history had it after decision `id` (the story played as it really went). */
export function historicalPowerAfter(compiled: string, id: string): Record<string, number> {
  const game = new GameStory(compiled);
  while (!game.turn.finished) {
    const at = game.turn.decision?.id;
    game.choose(historicalIndex(game.turn));
    if (at === id) return game.power();
  }
  throw new Error(`History never reaches the decision "${id}".`);
}
