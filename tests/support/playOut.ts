// Playing a game to its end in the engine, as the tests and the bench do.
import type { GameStory, Turn } from '../../src/engine/story';

/** More turns than any game has: a story that loops fails its test instead of hanging it. */
const MAX_TURNS = 500;

/** Choose with `pick` until the game ends; returns the game. Throws if it has not ended after `maxTurns`. */
export function playOut(game: GameStory, pick: (turn: Turn) => number, maxTurns = MAX_TURNS): GameStory {
  for (let t = 0; !game.turn.finished && t < maxTurns; t++) game.choose(pick(game.turn));
  if (!game.turn.finished) throw new Error(`The game did not end in ${maxTurns} turns: ${game.log.path.join(' ')}`);
  return game;
}

/** Any option, drawn from `random`. */
export const atRandom = (random: () => number) => (turn: Turn) => Math.floor(random() * turn.choices.length);
