// Thousands of games of the real story, choices picked by a seeded generator: no game meets a
// problem (ink errors, malformed tags, effects on unknown bases) and every game ends. Some
// games are saved and loaded mid-way, as a player closing the browser would.
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/compiler/compileInk';
import { loadSave, makeSave } from '../../src/engine/save';
import { GameStory, type Problem } from '../../src/engine/story';
import { seeded } from '../support/seeded';

const GAMES = 2000;
const MAX_TURNS = 500;

describe('random games of story/main.ink', () => {
  const json = compileInkFile('story/main.ink').json as string;

  it(`plays ${GAMES} games to an end without a problem`, () => {
    const random = seeded(1953);
    const problems: (Problem & { path: number[] })[] = [];
    let saves = 0;
    const report = (p: Problem) => problems.push({ ...p, path: game.log.path });
    // One parsed story, sent back to its start for each new game: parsing is the slow part.
    const first = new GameStory(json, { onProblem: report });
    const start = first.checkpointNow();
    let game = first;
    for (let g = 0; g < GAMES; g++) {
      game = first;
      game.restore(start);
      let turns = 0;
      while (!game.turn.finished && turns++ < MAX_TURNS) {
        if (random() < 0.01) {
          const loaded = loadSave(makeSave(game), json, report);
          if (!loaded.ok) throw new Error(loaded.reason);
          game = loaded.game;
          saves++;
        }
        game.choose(Math.floor(random() * game.turn.choices.length));
      }
      expect(game.turn.finished, `game ${g} did not end: ${game.log.path.join(' ')}`).toBe(true);
      expect(game.log.endings.length, `game ${g} ended with no ending: ${game.log.path.join(' ')}`).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    expect(saves).toBeGreaterThan(0);
    // Generous: on a busy shared machine 2,000 games have taken 100 s; speed is the bench's business.
  }, 600_000);
});
