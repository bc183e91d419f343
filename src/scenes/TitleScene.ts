import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import type { Session } from '../game/session';
import { showScreen } from '../ui/Screen';
import { titleView } from '../ui/TitleView';

export class TitleScene extends Scene {
  constructor(private readonly session: Session) {
    super('Title');
  }

  create(): void {
    new Backdrop(this).show('title');
    const saved = this.session.inspectSave();
    const view = titleView({
      onNewGame: () => this.scene.start('Play', { resume: false }),
      onContinue: saved === 'ok' ? () => this.scene.start('Play', { resume: true }) : undefined,
      notice: this.session.takeNotice() ?? (saved && saved !== 'ok' ? `${saved} Start a new game to play.` : null),
    });
    showScreen(view.root, view.focus);
  }
}
