import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import { eraOf } from '../audio/catalog';
import { parseDate } from '../engine/dates';
import type { ClassSettings } from '../engine/codes';
import type { ChapterSpan } from '../engine/span';
import type { Shell } from '../game/shell';
import { PlayView } from '../ui/PlayView';
import { goTo } from './frames';

export class PlayScene extends Scene {
  constructor(private readonly shell: Shell) {
    super('Play');
  }

  create(data: { resume?: boolean; span?: ChapterSpan; competition?: { classCode: string; name: string; settings: ClassSettings } }): void {
    const backdrop = new Backdrop(this);
    const { session: s, sound } = this.shell;
    const c = data.competition;
    const first = data.resume ? s.continueGame() : c ? s.newCompetition(c.classCode, c.name, c.settings) : s.newGame(data.span);
    const rules = s.competition?.settings;
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
        holdFeedback: rules?.holdFeedback ?? false,
        secondsPerDecision: rules?.secondsPerDecision ?? null,
      },
      first,
    );
    this.events.once('shutdown', () => view.destroy());
  }
}
