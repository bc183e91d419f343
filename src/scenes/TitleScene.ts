import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import type { Shell } from '../game/shell';
import { showTitle } from '../game/title';
import { goTo } from './frames';

export class TitleScene extends Scene {
  constructor(private readonly shell: Shell) {
    super('Title');
  }

  /** `keepScreen`: src/main.ts already shows the title (it did not wait for Phaser); only the backdrop is new. */
  create(data: { keepScreen?: boolean }): void {
    new Backdrop(this).show('title');
    this.shell.sound.setAmbient(null);
    if (data?.keepScreen) return;
    const { session } = this.shell;
    showTitle({
      session,
      loadSession: async () => session,
      play: (start) => goTo(this, 'Play', start),
      openSettings: () => this.shell.openSettings(),
    });
  }
}
