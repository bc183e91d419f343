// The stage: Phaser's game and its scenes, a backdrop behind the HTML. It starts at the title,
// behind the title the page already shows, or, if a game began before Phaser had arrived,
// straight in play. What each scene does is the flow's (src/game/stage.ts gives the works).
import { Game } from 'phaser';
import { BootScene } from './BootScene';
import { type SceneWork, StageScene } from './StageScene';
import { goTo, wakeOnResize } from './frames';
import type { Rect } from './Room';
import { STAGE_SETTINGS } from './stageSettings';

export interface StageWorks {
  /** The title, started with `{ keepScreen: true }` behind a title the page already shows. */
  Title: SceneWork;
  Play: SceneWork;
  Debrief: SceneWork;
}

export interface StageHandle {
  /** Leave the title for the play scene, handing it `data`. */
  play(data: object): void;
}

/** `first`: the play scene's data for a game already running; the stage starts there, with no title behind. */
/** `area`: where the stage is in view, not under the text, in canvas pixels (null: all of it). */
export function startStage(works: StageWorks, first: object | null, area: () => Rect | null = () => null): StageHandle {
  /** A game asked for before the Boot scene has run: Boot then goes straight to it. */
  let pending: object | null = null;
  let booted = first !== null;
  const boot = new BootScene(() => {
    booted = true;
    return pending ? { key: 'Play', data: pending } : { key: 'Title', data: { keepScreen: true } };
  });
  const [title, play, debrief] = (['Title', 'Play', 'Debrief'] as const).map((key) => new StageScene(key, works[key], area));
  const game = new Game({
    ...STAGE_SETTINGS,
    // The first scene listed starts by itself. With a game already on screen the Play scene
    // joins it at once: no title behind it, and no Boot frame (a long one where WebGL is drawn
    // in software).
    scene: first ? [play, title, debrief] : [boot, title, play, debrief],
  });
  if (first) game.scene.start('Play', first);
  wakeOnResize(game);
  return {
    play(data) {
      if (!booted) {
        pending = data;
        return;
      }
      if (title.sys.isActive()) goTo(title, 'Play', data);
      // Boot has handed over to the title, which has not been created yet.
      else title.events.once('create', () => goTo(title, 'Play', data));
    },
  };
}
