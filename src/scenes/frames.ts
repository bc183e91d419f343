// Thaw's canvas is a still picture: it needs a few frames after it changes and none after.
// Letting Phaser's loop sleep in between leaves a cheap Chromebook's CPU to the page itself.
// The loop is woken for a few frames, counted, rather than for a length of time: on a machine
// that draws WebGL in software (no GPU, or a blocked one) one frame can take a quarter of a
// second, and each frame more holds up the page.
import type { Game } from 'phaser';

/**
 * Frames drawn after a change to the picture: waking draws one at once, which shows it. The
 * stage's scene is only created in the frame after the game starts, so the start needs two.
 */
const FRAMES = { change: 1, start: 2 };
const left = new WeakMap<Game, number>();
const waking = new WeakSet<Game>();
/** Movements under way (see `animating`): the loop stays awake while there are any. */
const moving = new WeakMap<Game, number>();

/** Run the game loop for a frame or two (after a change to the picture), then let it sleep. */
export function renderBriefly(game: Game, frames = FRAMES.change): void {
  if (!left.has(game)) {
    game.events.on('postrender', () => {
      const n = (left.get(game) ?? 0) - 1;
      left.set(game, n);
      if (n <= 0 && !(moving.get(game) ?? 0)) {
        game.loop.sleep();
        said(game, 'asleep');
      }
    });
  }
  // A change made while frames are still to come adds none of its own: they will show it.
  left.set(game, Math.max(left.get(game) ?? 0, frames));
  if (game.loop.running || waking.has(game)) return;
  // Phaser's wake draws a frame there and then, before the rest of the change is made (a new
  // backdrop is drawn, then the old picture removed): wake at the next frame instead, once.
  waking.add(game);
  requestAnimationFrame(() => {
    waking.delete(game);
    // Before waking: the frame wake draws may put it back to sleep.
    said(game, 'awake');
    game.loop.wake();
  });
}

/**
 * Something starts to move (the room's people, a front page): the loop stays awake until the
 * returned function is called, when the movement has ended, and then draws its last frame and
 * sleeps. Calling it twice releases once.
 */
export function animating(game: Game): () => void {
  moving.set(game, (moving.get(game) ?? 0) + 1);
  renderBriefly(game);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    moving.set(game, Math.max(0, (moving.get(game) ?? 0) - 1));
    renderBriefly(game);
  };
}

/** Whether the loop runs, on the stage's element (`data-loop`), for tests to wait on. */
function said(game: Game, loop: 'awake' | 'asleep'): void {
  const host = game.canvas?.parentElement;
  if (host) host.dataset.loop = loop;
}

/** Keep the picture right when the window changes size (the loop applies resizes). */
export function wakeOnResize(game: Game): void {
  addEventListener('resize', () => renderBriefly(game));
  // The game is starting: its scene too.
  renderBriefly(game, FRAMES.start);
}
