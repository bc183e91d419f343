// Thaw's canvas is a still picture: it needs a few frames after it changes and none after.
// Letting Phaser's loop sleep in between leaves a cheap Chromebook's CPU to the page itself.
import type { Game, Scene } from 'phaser';

const AWAKE_MS = 800;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Run the game loop for a moment (after a change to the picture), then let it sleep. */
export function renderBriefly(game: Game): void {
  game.loop.wake();
  clearTimeout(timer);
  timer = setTimeout(() => game.loop.sleep(), AWAKE_MS);
}

/** Scene changes happen inside the loop, so it must be awake for them. */
export function goTo(from: Scene, key: string, data?: object): void {
  renderBriefly(from.game);
  from.scene.start(key, data);
}

/** Keep the picture right when the window changes size (the loop applies resizes). */
export function wakeOnResize(game: Game): void {
  addEventListener('resize', () => renderBriefly(game));
  renderBriefly(game);
}
