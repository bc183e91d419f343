import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import { PlayRun } from '../game/play';
import type { Shell } from '../game/shell';
import type { PlayStart } from '../game/title';
import { goTo } from './frames';

export class PlayScene extends Scene {
  constructor(private readonly shell: Shell) {
    super('Play');
  }

  /** `run`: a game src/main.ts started while Phaser was still loading; otherwise one starts here. */
  create(data: PlayStart & { run?: PlayRun }): void {
    const backdrop = new Backdrop(this);
    const run = data.run ?? new PlayRun(this.shell, data);
    run.attach({ sceneChanged: (ctx) => backdrop.show(ctx.scene), finished: () => goTo(this, 'Debrief') });
    this.events.once('shutdown', () => run.destroy());
  }
}
