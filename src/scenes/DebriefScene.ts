import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import type { Shell } from '../game/shell';
import { debriefView } from '../ui/DebriefView';
import { showScreen } from '../ui/Screen';
import { goTo } from './frames';

export class DebriefScene extends Scene {
  constructor(private readonly shell: Shell) {
    super('Debrief');
  }

  create(): void {
    new Backdrop(this).show('plenum');
    const s = this.shell.session;
    this.shell.sound.playEffect('gavel');
    const view = debriefView({
      meta: s.current.meta,
      record: s.current.log,
      score: s.score(),
      resultCode: s.resultCode(),
      span: s.spanText(),
      onPlayAgain: () => goTo(this, 'Title'),
    });
    s.finish();
    showScreen(view.root, view.focus);
  }
}
