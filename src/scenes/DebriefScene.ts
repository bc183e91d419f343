import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import type { Session } from '../game/session';
import { debriefView } from '../ui/DebriefView';
import { showScreen } from '../ui/Screen';

export class DebriefScene extends Scene {
  constructor(private readonly session: Session) {
    super('Debrief');
  }

  create(): void {
    new Backdrop(this).show('plenum');
    const s = this.session;
    const view = debriefView({
      meta: s.current.meta,
      record: s.current.log,
      score: s.score(),
      onPlayAgain: () => this.scene.start('Title'),
    });
    s.finish();
    showScreen(view.root, view.focus);
  }
}
