// The stage: Phaser's game with its one scene, the picture behind the HTML. The game's flow
// (src/game/flow.ts) starts it when the first game begins and tells it what to paint.
import { Game } from 'phaser';
import { wakeOnResize } from './frames';
import type { Rect } from './Room';
import { type Painter, StageScene } from './StageScene';
import { STAGE_SETTINGS } from './stageSettings';

/** `area`: where the stage is in view, not under the text, in canvas pixels (null: all of it). */
export function startStage(area: () => Rect | null = () => null): Painter {
  const scene = new StageScene(area);
  const game = new Game({ ...STAGE_SETTINGS, scene: [scene] });
  wakeOnResize(game);
  return scene;
}
