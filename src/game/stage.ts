// Phaser and the scenes, loaded by src/main.ts in the background while the title (plain
// HTML) is already on screen. The stage starts at the title, behind the title the page
// shows, or, if the player pressed "New game" before Phaser had arrived, straight in play.
import { AUTO, Game, Scale } from 'phaser';
import { BootScene } from '../scenes/BootScene';
import { DebriefScene } from '../scenes/DebriefScene';
import { PlayScene } from '../scenes/PlayScene';
import { goTo, wakeOnResize } from '../scenes/frames';
import { TitleScene } from '../scenes/TitleScene';
import type { Shell } from './shell';
import type { PlayStart } from './title';

export interface Stage {
  /** Leave the title (which src/main.ts put on screen) for the play scene. */
  play(start: PlayStart): void;
}

export function createStage(shell: Shell): Stage {
  /** A game asked for before the Boot scene has run: Boot then goes straight to it. */
  let pending: PlayStart | null = null;
  let booted = false;
  const boot = new BootScene(() => {
    booted = true;
    return pending ? { key: 'Play', data: pending } : { key: 'Title', data: { keepScreen: true } };
  });
  const game = new Game({
    type: AUTO,
    parent: 'stage',
    backgroundColor: '#1a1a1a',
    scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
    audio: { noAudio: true },
    banner: false,
    scene: [boot, new TitleScene(shell), new PlayScene(shell), new DebriefScene(shell)],
  });
  wakeOnResize(game);
  return {
    play(start) {
      if (!booted) {
        pending = start;
        return;
      }
      const title = game.scene.getScene('Title');
      if (!title) return;
      if (title.sys.isActive()) goTo(title, 'Play', start);
      // Boot has handed over to the title, which has not been created yet.
      else title.events.once('create', () => goTo(title, 'Play', start));
    },
  };
}
