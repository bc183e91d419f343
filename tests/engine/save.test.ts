import { describe, expect, it } from 'vitest';
import { loadSave, makeSave } from '../../src/engine/save';
import { GameStory } from '../../src/engine/story';
import small from '../fixtures/engine/small.ink';

function savedAfter(choices: number[]): { game: GameStory; text: string } {
  const game = new GameStory(small);
  for (const c of choices) game.choose(c);
  return { game, text: makeSave(game) };
}

describe('saves', () => {
  it('restore the same turn, decision log and power', () => {
    const { game, text } = savedAfter([0]);
    const loaded = loadSave(text, small);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.game.turn).toEqual(game.turn);
    expect(loaded.game.log).toEqual(game.log);
    expect(loaded.game.power()).toEqual(game.power());
    loaded.game.choose(0);
    game.choose(0);
    expect(loaded.game.turn).toEqual(game.turn);
  });

  it('refuse a save from another version of the story, and say so', () => {
    const { text } = savedAfter([0]);
    const other = small.replace('The game begins.', 'The game starts.');
    const r = loadSave(text, other);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/earlier version of the story/) });
  });

  it('refuse junk with a clear reason', () => {
    for (const junk of ['', 'null', '{', '[]', '{"format":1}', 'x'.repeat(3_000_000)]) {
      const r = loadSave(junk, small);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/damaged/);
    }
    const r = loadSave(JSON.stringify({ format: 99, story: 'x', checkpoint: {} }), small);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/different version of Thaw/);
  });

  it('refuse a tampered decision log', () => {
    const { text } = savedAfter([0]);
    const file = JSON.parse(text);
    file.checkpoint.record.decisions[0].historical = 'yes';
    const r = loadSave(JSON.stringify(file), small);
    expect(r.ok).toBe(false);
  });

  it('never throw on mutated saves', () => {
    const { text } = savedAfter([0]);
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let accepted = 0;
    for (let i = 0; i < 300; i++) {
      const chars = [...text];
      for (let k = 0; k < 1 + Math.floor(rand() * 4); k++) {
        chars[Math.floor(rand() * chars.length)] = String.fromCharCode(32 + Math.floor(rand() * 95));
      }
      const r = loadSave(chars.join(''), small);
      if (r.ok) {
        accepted += 1;
        expect(() => r.game.turn).not.toThrow();
      } else {
        expect(r.reason.length).toBeGreaterThan(10);
      }
    }
    expect(accepted).toBeLessThan(300);
  });
});
