// The title screen's behaviour, in plain DOM: shown by src/main.ts the moment the page loads
// (before Phaser or the story have arrived) and by the Title scene when a game has ended.
import type { ClassSettings } from '../engine/codes/classCode';
import type { StoryMeta } from '../engine/meta';
import type { ExtraTime } from '../engine/modes';
import type { ChapterSpan } from '../engine/span';
import { loadFailedView } from '../ui/LoadingView';
import { showScreen } from '../ui/Screen';
import { titleView } from '../ui/TitleView';
import type { Platform } from './platform';
import type { Session } from './session';

/** How a game begins: a new lesson (perhaps on some chapters), the saved game, or a competition entry. */
export interface PlayStart {
  resume?: boolean;
  span?: ChapterSpan;
  competition?: { classCode: string; name: string; settings: ClassSettings; extraTime: ExtraTime };
}

export interface TitleHost {
  /** The story's title and introduction, shown before the story itself has loaded. */
  readonly meta: StoryMeta;
  /** The player's session, or null while the story is still loading (there is then no saved game to offer). */
  readonly session: Session | null;
  /** The session, once the story has loaded (the chapter list needs it). */
  loadSession(): Promise<Session>;
  play(start: PlayStart): void;
  openSettings(): void;
  /** The learning platform that launched the game: its package's settings replace the player's choice of mode. */
  readonly platform: Platform | null;
}

export function showTitle(host: TitleHost): void {
  const saved = host.session?.inspectSave() ?? null;
  const platform = host.platform;
  host.session?.at('title');
  const view = titleView({
    meta: host.meta,
    onNewGame: () => host.play(platform ? platform.newGame() : { resume: false }),
    onContinue: saved === 'ok' ? () => host.play({ resume: true }) : undefined,
    onLastResult: host.session?.hasLastResult() ? () => showLastResult(host) : undefined,
    onChapters: platform ? undefined : () => later(showChapters(host)),
    onCompetition: platform ? undefined : () => later(showCompetition(host)),
    onSettings: () => host.openSettings(),
    platformNote: platform?.titleNote() ?? null,
    notice: host.session?.takeNotice() ?? (saved && saved !== 'ok' ? `${saved} Start a new game to play.` : null),
  });
  showScreen(view.root, view.focus);
}

/** The forms below are not needed for the title, so they (and what they need) load when asked for. */
function later(shown: Promise<void>): void {
  shown.catch((error: unknown) => {
    console.error('Thaw could not load:', error);
    const failed = loadFailedView();
    showScreen(failed.root, failed.focus);
  });
}

/** The last finished game's debrief and result code, kept until the next game starts. */
export function showLastResult(host: TitleHost): void {
  later(
    Promise.all([import('./debrief'), host.loadSession()]).then(([{ showDebrief }, session]) => {
      const last = session.openLastResult();
      if (last) showDebrief(session, last, () => showTitle(host));
      else showTitle(host);
    }),
  );
}

async function showChapters(host: TitleHost): Promise<void> {
  const [{ chaptersView }, session] = await Promise.all([import('../ui/ChaptersView'), host.loadSession()]);
  const view = chaptersView({
    chapters: session.chapters(),
    onStart: (span) => host.play({ span }),
    onBack: () => showTitle(host),
  });
  showScreen(view.root, view.focus);
}

async function showCompetition(host: TitleHost): Promise<void> {
  const [{ competitionView }, session] = await Promise.all([import('../ui/CompetitionView'), host.loadSession()]);
  const view = competitionView({
    fingerprint: session.fingerprint(),
    chapterTitle: (n) => session.chapters()[n - 1]?.title ?? null,
    onStart: (classCode, name, settings, extraTime) => host.play({ competition: { classCode, name, settings, extraTime } }),
    onBack: () => showTitle(host),
  });
  showScreen(view.root, view.focus);
}
