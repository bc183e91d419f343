import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import type { Session } from '../game/session';
import { PlayView } from '../ui/PlayView';

export class PlayScene extends Scene {
  constructor(private readonly session: Session) {
    super('Play');
  }

  create(data: { resume?: boolean }): void {
    const backdrop = new Backdrop(this);
    const s = this.session;
    const first = data.resume ? s.continueGame() : s.newGame();
    const view = new PlayView(
      {
        meta: s.current.meta,
        power: () => s.current.power(),
        choose: (i) => s.choose(i),
        finished: () => this.scene.start('Debrief'),
        sceneChanged: (ctx) => backdrop.show(ctx.scene),
      },
      first,
    );
    this.events.once('shutdown', () => view.destroy());
  }
}
