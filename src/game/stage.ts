// Phaser and the scenes, loaded by src/main.ts in the background while the title (plain
// HTML) is already on screen. The stage starts at the title, behind the title the page
// shows, or, if the player pressed "New game" before Phaser had arrived, straight in play.
import { Game } from 'phaser';
import { BootScene } from '../scenes/BootScene';
import { DebriefScene } from '../scenes/DebriefScene';
import { PlayScene } from '../scenes/PlayScene';
import { goTo, wakeOnResize } from '../scenes/frames';
import { TitleScene } from '../scenes/TitleScene';
import type { PlayRun } from './play';
import type { Shell } from './shell';
import { STAGE_SETTINGS } from './stageSettings';
import type { PlayStart } from './title';

export interface Stage {
  /** Leave the title (which src/main.ts put on screen) for the play scene: a new game, or one already running. */
  play(start: PlayStart | { run: PlayRun }): void;
}

/** `first`: the game that started while the stage was loading; the stage starts there, with no title behind. */
export function createStage(shell: Shell, first: { run: PlayRun } | null = null): Stage {
  /** A game asked for before the Boot scene has run: Boot then goes straight to it. */
  let pending: PlayStart | { run: PlayRun } | null = null;
  let booted = first !== null;
  const boot = new BootScene(() => {
    booted = true;
    return pending ? { key: 'Play', data: pending } : { key: 'Title', data: { keepScreen: true } };
  });
  const [title, play, debrief] = [new TitleScene(shell), new PlayScene(shell), new DebriefScene(shell)];
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
    play(start) {
      if (!booted) {
        pending = start;
        return;
      }
      if (title.sys.isActive()) goTo(title, 'Play', start);
      // Boot has handed over to the title, which has not been created yet.
      else title.events.once('create', () => goTo(title, 'Play', start));
    },
  };
}
