import { Scene } from 'phaser';
import { Backdrop } from '../art/Backdrop';
import type { Shell } from '../game/shell';
import { showScreen } from '../ui/Screen';
import { goTo } from './frames';
import { competitionView } from '../ui/CompetitionView';
import { titleView } from '../ui/TitleView';

export class TitleScene extends Scene {
  constructor(private readonly shell: Shell) {
    super('Title');
  }

  create(): void {
    new Backdrop(this).show('title');
    const { session } = this.shell;
    this.shell.sound.setAmbient(null);
    const saved = session.inspectSave();
    const view = titleView({
      onNewGame: () => goTo(this, 'Play', { resume: false }),
      onContinue: saved === 'ok' ? () => goTo(this, 'Play', { resume: true }) : undefined,
      onCompetition: () => this.showCompetition(),
      onSettings: () => this.shell.openSettings(),
      notice: session.takeNotice() ?? (saved && saved !== 'ok' ? `${saved} Start a new game to play.` : null),
    });
    showScreen(view.root, view.focus);
  }

  private showCompetition(): void {
    const view = competitionView({
      onStart: (classCode, name, settings) => goTo(this, 'Play', { competition: { classCode, name, settings } }),
      onBack: () => this.create(),
    });
    showScreen(view.root, view.focus);
  }
}
