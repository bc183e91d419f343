// Phaser's loop sleeps between changes to the picture and stays awake while something moves
// (src/scenes/frames.ts). A stand-in game counts frames and wakes; frames are run by hand, so
// nothing here depends on time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Game } from 'phaser';
import { animating, renderBriefly } from '../../src/scenes/frames';

/** Just what frames.ts touches of a Phaser game: its postrender event and its loop. */
function fakeGame() {
  const handlers: (() => void)[] = [];
  const loop = {
    running: false,
    wakes: 0,
    sleep() {
      this.running = false;
    },
    wake() {
      this.running = true;
      this.wakes += 1;
    },
  };
  const game = { events: { on: (_: string, f: () => void) => handlers.push(f) }, loop, canvas: null };
  /** One frame of the loop, if it is awake: returns whether it drew. */
  const frame = () => {
    if (!loop.running) return false;
    for (const h of handlers) h();
    return true;
  };
  return { game: game as unknown as Game, loop, frame };
}

let queued: FrameRequestCallback[] = [];
const nextAnimationFrame = () => {
  const run = queued;
  queued = [];
  for (const f of run) f(0);
};

beforeEach(() => {
  queued = [];
  globalThis.requestAnimationFrame = (f: FrameRequestCallback) => queued.push(f);
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
});

describe('the stage loop', () => {
  it('wakes for one frame after a change, then sleeps', () => {
    const { game, loop, frame } = fakeGame();
    renderBriefly(game);
    nextAnimationFrame();
    expect(loop.running).toBe(true);
    expect(frame()).toBe(true);
    expect(loop.running).toBe(false);
  });

  it('stays awake while something moves, however many frames, and sleeps after the last frame once it ends', () => {
    const { game, loop, frame } = fakeGame();
    const first = animating(game);
    const second = animating(game);
    nextAnimationFrame();
    for (let i = 0; i < 30; i++) expect(frame()).toBe(true);
    first();
    first(); // Released twice counts once: the second movement still holds the loop.
    for (let i = 0; i < 5; i++) expect(frame()).toBe(true);
    second();
    expect(frame()).toBe(true);
    expect(loop.running).toBe(false);
    expect(loop.wakes).toBe(1);
  });
});
