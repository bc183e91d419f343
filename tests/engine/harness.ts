// Plays fixture stories through the engine, either straight through or with a save and a
// restore between every step, as inkle's own runtime tests do: both must give the same game.
import { makeSave, loadSave } from '../../src/engine/save';
import { GameStory, type Problem, type Turn } from '../../src/engine/story';

export const MODES = ['direct', 'save/restore'] as const;
export type Mode = (typeof MODES)[number];

export interface Played {
  game: GameStory;
  turns: Turn[];
  problems: Problem[];
}

export function play(compiled: string, choices: readonly number[], mode: Mode): Played {
  const problems: Problem[] = [];
  const onProblem = (p: Problem) => problems.push(p);
  let game = new GameStory(compiled, { onProblem: onProblem });
  const turns = [game.turn];
  const roundTrip = () => {
    if (mode !== 'save/restore') return;
    const restored = loadSave(JSON.parse(JSON.stringify(makeSave(game))), compiled, onProblem);
    if (!restored.ok) throw new Error(restored.reason);
    game = restored.game;
  };
  roundTrip();
  for (const c of choices) {
    game.choose(c);
    roundTrip();
    turns.push(game.turn);
  }
  return { game, turns, problems };
}
