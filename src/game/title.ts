// The title screen and the forms it leads to (whole class, saved games, chapters, competition),
// in plain DOM. The flow (src/game/flow.ts) shows it the moment the page loads, before Phaser
// or the story have arrived, and again when a game's debrief is done; it asks the flow for the
// rest (a game, a debrief).
import type { ClassSettings } from '../engine/codes/classCode';
import type { StoryMeta } from '../engine/meta';
import type { ExtraTime } from '../engine/modes';
import type { ChapterSpan } from '../engine/span';
import type { DiscussionMinutes } from '../engine/wholeClass';
import { showScreen } from '../ui/Screen';
import { titleView } from '../ui/TitleView';
import { type SavedGame, savedGamesView } from '../ui/SavedGamesView';
import type { Platform } from './platform';
import type { Session } from './session';

/** How a game begins: a new lesson (perhaps on some chapters), the saved game, or a competition entry. */
export interface PlayStart {
  resume?: boolean;
  span?: ChapterSpan;
  /** A whole class on one screen: a new game under the class's name, or its saved game (`resume`). */
  wholeClass?: { name: string; minutes: DiscussionMinutes; span: ChapterSpan } | { resume: string };
  competition?: { classCode: string; name: string; settings: ClassSettings; extraTime: ExtraTime };
}

export interface TitleHost {
  /** The story's title and introduction, shown before the story itself has loaded. */
  readonly meta: StoryMeta;
  /** The player's session, or null while the story is still loading (there is then no saved game to offer). */
  readonly session: Session | null;
  /** The session, once the story has loaded (the chapter list needs it). */
  loadSession(): Promise<Session>;
  /**
   * Ask for a screen (whose part may still be loading): the check returned says, when it has
   * arrived, whether it is still the screen last asked for; if not, it is not shown.
   */
  ask(): () => boolean;
  /**
   * Ask for a screen and `show` it once its part has loaded; `show` is given the check above. If
   * the part cannot load, the player is told, unless they have asked for another screen since.
   */
  open(show: (wanted: () => boolean) => Promise<void>): void;
  play(start: PlayStart): void;
  /** The last finished game's debrief and result code. */
  lastResult(): void;
  /** A whole class's finished game: its debrief. */
  classDebrief(name: string): void;
  openSettings(): void;
  /** The learning platform that launched the game: its package's settings replace the player's choice of mode. */
  readonly platform: Platform | null;
}

export function showTitle(host: TitleHost): void {
  // The title replaces whatever was asked for before it (a debrief or form still loading).
  host.ask();
  const saved = host.session?.inspectSave() ?? null;
  const platform = host.platform;
  host.session?.at('title');
  // Under a learning platform the game is one student's: no whole-class games there.
  const classes = platform ? [] : (host.session?.classSaves() ?? []);
  const view = titleView({
    meta: host.meta,
    onNewGame: () => host.play(platform ? platform.newGame() : { resume: false }),
    onContinue: classes.length > 0 ? () => showSavedGames(host, saved === 'ok')
      : saved === 'ok' ? () => host.play({ resume: true }) : undefined,
    onWholeClass: platform ? undefined : () => host.open((wanted) => showWholeClass(host, wanted)),
    onLastResult: host.session?.hasLastResult() ? () => host.lastResult() : undefined,
    onChapters: platform ? undefined : () => host.open((wanted) => showChapters(host, wanted)),
    onCompetition: platform ? undefined : () => host.open((wanted) => showCompetition(host, wanted)),
    onSettings: () => host.openSettings(),
    platformNote: platform?.titleNote() ?? null,
    notice: host.session?.takeNotice() ?? (saved && saved !== 'ok' ? `${saved} Start a new game to play.` : null),
  });
  showScreen(view.root, view.focus);
}

// The forms below are not needed for the title, so they (and what they need) load when asked for.

/** When a class's game was saved, and how far it went, as the saved games and the whole-class form say it. */
const when = (t: number) => new Date(t).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const votes = (n: number) => `${n} decision${n === 1 ? '' : 's'} voted`;

/** Whole class: the teacher names the class and sets the discussion timer and the chapters. */
async function showWholeClass(host: TitleHost, wanted: () => boolean): Promise<void> {
  const [{ wholeClassView }, session] = await Promise.all([import('../ui/WholeClassView'), host.loadSession()]);
  if (!wanted()) return;
  const view = wholeClassView({
    chapters: session.chapters(),
    underway: (name) => session.classUnderway(name),
    replaces: (name) => {
      const c = session.classSaved(name);
      if (!c || (!c.finished && c.problem === null)) return null;
      return c.problem !== null
        ? { finished: false, detail: `This copy of Thaw cannot open it: ${c.problem}` }
        : { finished: true, detail: `Its game is finished (${votes(c.decisions)}, saved ${when(c.savedAt)}), and its debrief is kept under its name.` };
    },
    onDebrief: (name) => host.classDebrief(name),
    onStart: (name, minutes, span) => host.play({ wholeClass: { name, minutes, span } }),
    onBack: () => showTitle(host),
  });
  showScreen(view.root, view.focus);
}

/** The games to go on with: each class's (or its debrief, once finished) and the student's own lesson. */
function showSavedGames(host: TitleHost, lesson: boolean): void {
  host.ask();
  const session = host.session;
  if (!session) return;
  const games: SavedGame[] = session.classSaves().map((c) => c.problem !== null
    ? { label: c.name, detail: c.problem }
    : c.finished
      ? { label: c.name, detail: `Finished (${votes(c.decisions)}): show the class's debrief. Saved ${when(c.savedAt)}.`, open: () => host.classDebrief(c.name) }
      : { label: c.name, detail: `${votes(c.decisions)} · saved ${when(c.savedAt)}.`, open: () => host.play({ wholeClass: { resume: c.name } }) });
  if (lesson) games.push({ label: 'My own game', detail: 'The lesson saved on this device.', open: () => host.play({ resume: true }) });
  const view = savedGamesView(games, () => showTitle(host));
  showScreen(view.root, view.focus);
}

async function showChapters(host: TitleHost, wanted: () => boolean): Promise<void> {
  const [{ chaptersView }, session] = await Promise.all([import('../ui/ChaptersView'), host.loadSession()]);
  if (!wanted()) return;
  const view = chaptersView({
    chapters: session.chapters(),
    onStart: (span) => host.play({ span }),
    onBack: () => showTitle(host),
  });
  showScreen(view.root, view.focus);
}

async function showCompetition(host: TitleHost, wanted: () => boolean): Promise<void> {
  const [{ competitionView }, session] = await Promise.all([import('../ui/CompetitionView'), host.loadSession()]);
  if (!wanted()) return;
  const view = competitionView({
    fingerprint: session.fingerprint(),
    chapterTitle: (n) => session.chapters()[n - 1]?.title ?? null,
    onStart: (classCode, name, settings, extraTime) => host.play({ competition: { classCode, name, settings, extraTime } }),
    onBack: () => showTitle(host),
  });
  showScreen(view.root, view.focus);
}
