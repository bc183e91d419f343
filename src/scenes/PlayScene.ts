import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import { eraOf } from '../audio/catalog';
import { parseDate } from '../engine/dates';
import type { Shell } from '../game/shell';
import { PlayView } from '../ui/PlayView';
import { goTo } from './frames';

export class PlayScene extends Scene {
  constructor(private readonly shell: Shell) {
    super('Play');
  }

  create(data: { resume?: boolean }): void {
    const backdrop = new Backdrop(this);
    const { session: s, sound } = this.shell;
    const first = data.resume ? s.continueGame() : s.newGame();
    const view = new PlayView(
      {
        meta: s.current.meta,
        power: () => s.current.power(),
        choose: (i) => s.choose(i),
        finished: () => goTo(this, 'Debrief'),
        sceneChanged: (ctx) => {
          backdrop.show(ctx.scene);
          const year = ctx.date ? parseDate(ctx.date)?.year : null;
          if (year) sound.setAmbient(eraOf(year));
        },
        effect: (name) => sound.playEffect(name),
        openSettings: () => this.shell.openSettings(),
      },
      first,
    );
    this.events.once('shutdown', () => view.destroy());
  }
}
