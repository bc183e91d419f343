// The game's flow, top to bottom: the title, a game, its debrief, and back to the title. This
// module owns the screens, the order they come in, and what they share (the player's session,
// the display settings, the learning platform, the stage); src/main.ts only starts it.
//
// Everything a player sees is HTML (src/ui), so each screen can come as soon as its part has
// loaded, in this order:
// - the title, at once: it needs only the story's settings, read from its global tags at build
//   time, not the story (a slow school laptop shows it before anything else has arrived);
// - the story and the engine (the session), fetched in the background from the title's first
//   frame; a game starts as soon as they are in ("Loading…" until then);
// - the stage (Phaser, over a megabyte), fetched when the first game starts, never during page
//   load: it joins the game when it arrives and paints what the flow last asked for.
import storyTags from '../../story/main.ink?meta';
import * as sound from '../audio/Sound';
import { parseStoryMeta, type StoryMeta } from '../engine/meta';
import type { StageState } from '../engine/stage';
import { findScormApi, type ScormApi } from '../platform/scorm';
import { applyDisplay, type DisplaySettings } from '../ui/display';
import { loadFailedView, loadingView } from '../ui/LoadingView';
import { showScreen } from '../ui/Screen';
import { openSettings } from '../ui/SettingsDialog';
import { loadDisplay, saveDisplay } from './displaySettings';
import { PlayRun } from './play';
import type { Platform } from './platform';
import type { Session } from './session';
import type { Shell } from './shell';
import type { Stage } from './stage';
import { CLASS_LIST_KEY, type KeyValueStore, SAVE_KEY, SCREEN_KEY, browserStore, pageStore } from './storage';
import { type PlayStart, type TitleHost, showTitle } from './title';

/** The debrief's screen and what it needs (the glossary, the timeline, …): fetched while a game is played. */
type DebriefPart = typeof import('./debrief');

export class Flow {
  /** The story's title, introduction and settings: known before the story itself has loaded. */
  private readonly meta: StoryMeta = parseStoryMeta(storyTags).value;
  private readonly scorm: ScormApi | null;
  private readonly store: KeyValueStore;
  private display: DisplaySettings;
  /** The learning platform's connection: made once the story has loaded (its progress is replayed in it). */
  private platform: Platform | null = null;
  private session: Session | null = null;
  private sessionLoad: Promise<Session> | undefined;
  private stage: Stage | null = null;
  private stageLoad: Promise<Stage> | undefined;
  /** What the stage shows, kept for when it arrives: a kind of place, and who is in the room. */
  private picture: { kind: string | null; room: StageState | null } = { kind: 'title', room: null };
  /** The game on screen. */
  private run: PlayRun | null = null;
  /** The debrief's part, once fetched: from then on the debrief opens in the same moment as the press that asks for it. */
  private debriefPart: DebriefPart | null = null;
  /** A game was asked for and is waiting for the story: a second press waits with it. */
  private starting = false;
  /** Screens asked for so far (see `ask`). */
  private asked = 0;
  private readonly titleHost: TitleHost;

  constructor(win: Window) {
    // A learning platform (SCORM 1.2) that launched the game keeps its progress; the browser
    // then keeps nothing, since room computers share the platform's origin between students.
    this.scorm = findScormApi(win);
    this.store = this.scorm ? pageStore() : browserStore();
    if (this.scorm) sound.keepSettingsIn(null);
    this.display = loadDisplay(this.store);
    applyDisplay(this.display);
    // Browsers allow sound only after a click or key press.
    sound.unlockOnFirstGesture();
    // The title's own screens (its forms) ask the flow for the rest.
    const flow = this;
    this.titleHost = {
      meta: this.meta,
      get session() {
        return flow.session;
      },
      get platform() {
        return flow.platform;
      },
      loadSession: () => this.loadSession(),
      ask: () => this.ask(),
      open: (show) => this.open(show),
      play: (start) => this.play(start),
      lastResult: () => this.lastResult(),
      classDebrief: (name) => this.classDebrief(name),
      openSettings: () => this.openSettings(),
    };
  }

  /** The first screen: the title, or where a reload (or a discarded tab) left the player. */
  start(): void {
    if (this.scorm) {
      // Under a learning platform the title waits for the story: the platform's progress is
      // replayed in it before "Continue" can be offered.
      const api = this.scorm;
      this.loadSession().then(async (s) => {
        const { openPlatform } = await import('./platform');
        this.platform = openPlatform(api, s, document);
        addEventListener('pagehide', () => this.platform?.leave());
        this.title();
      }, (e: unknown) => this.failed(e));
    } else if (this.store.get(SAVE_KEY) === null && this.store.get(CLASS_LIST_KEY) === null) this.title();
    else {
      // A saved game is checked against the story before anything is offered, so the first
      // screen waits for the story (not for Phaser): the game in play, or the debrief of the
      // game just finished, with its result code; for a whole class (F5 from a presentation
      // remote), its game or its debrief.
      const screen = this.store.get(SCREEN_KEY);
      this.loadSession().then((s) => {
        const name = s.classOnScreen();
        const classSaved = name !== null && s.classSaves().some((c) => c.name.toLowerCase() === name.toLowerCase() && c.problem === null);
        if (screen === 'class' && classSaved && name) this.play({ wholeClass: { resume: name } });
        else if (screen === 'class-debrief' && classSaved && name) this.classDebrief(name);
        else if (screen === 'debrief' && s.hasLastResult()) this.lastResult();
        else if (screen === 'play' && s.inspectSave() === 'ok') this.play({ resume: true });
        else this.title();
      }, (e: unknown) => this.failed(e));
    }
    // Fetch the story in the background from the title's first frame (its paint follows this
    // callback at once, so nothing fetched here can hold it up).
    requestAnimationFrame(() => {
      this.loadSession().catch(() => undefined);
    });
  }

  /** The title screen, with its way to a new game, the saved ones, the forms and the last result (showTitle asks for it). */
  title(): void {
    this.endRun();
    this.paint({ kind: 'title', room: null });
    sound.setAmbient(null);
    showTitle(this.titleHost);
  }

  /**
   * A game: new, resumed, a competition entry or a whole class's. It is HTML and needs only the
   * story: if Phaser has not arrived, the game starts without it and the stage joins it later.
   */
  play(start: PlayStart): void {
    if (this.starting) return;
    const wanted = this.ask();
    if (!this.session) {
      const view = loadingView();
      showScreen(view.root, view.focus);
    }
    this.starting = true;
    this.loadSession()
      .then((s) => {
        this.starting = false;
        if (!wanted()) return;
        this.endRun();
        this.run = new PlayRun(this.shell(s), start, {
          sceneChanged: (ctx) => this.paint({ kind: ctx.scene }),
          staged: (state) => this.paint({ room: state }),
          finished: () => this.debrief(),
        });
        // The debrief's part comes while the game is played, so that it opens at once.
        this.loadDebrief().catch(() => undefined);
        this.loadStage().catch((e: unknown) => console.error('The stage could not load; the game plays on without it:', e));
      })
      .catch((e: unknown) => this.failed(e, wanted));
  }

  /** The game just played has ended: its result is kept (see Session.finish) and its debrief shown. */
  private debrief(): void {
    const s = this.session;
    if (!s || !this.run) return;
    this.endRun();
    // A class that asked for quiet hears no gavel either.
    const quiet = s.rules().soundOff;
    const result = s.finish();
    this.paint({ kind: this.meta.debriefScene, room: null });
    if (!quiet) sound.playEffect('gavel');
    // Nothing between the press and the debrief: the ended game's screen must not stay up a
    // moment longer, still offering "Continue to the debrief".
    if (this.debriefPart) {
      // Asked for, though shown at once: a screen still loading from before is dropped when it arrives.
      this.ask();
      this.debriefPart.showDebrief(s, result, () => this.title());
    } else {
      this.open(async (wanted) => {
        const { showDebrief } = await this.loadDebrief();
        if (wanted()) showDebrief(s, result, () => this.title());
      });
    }
  }

  /** The last finished game's debrief and result code, kept until the next game starts. */
  private lastResult(): void {
    this.open(async (wanted) => {
      const [{ showDebrief }, s] = await Promise.all([this.loadDebrief(), this.loadSession()]);
      if (!wanted()) return;
      const last = s.openLastResult();
      if (!last) return this.title();
      this.paint({ kind: this.meta.debriefScene, room: null });
      showDebrief(s, last, () => this.title());
    });
  }

  /** A class's finished game: its debrief, kept with its save. */
  private classDebrief(name: string): void {
    this.open(async (wanted) => {
      const [{ showDebrief }, s] = await Promise.all([this.loadDebrief(), this.loadSession()]);
      if (!wanted()) return;
      const opened = s.openClass(name);
      if (!opened.ok) {
        s.notice = `${name}: ${opened.reason}`;
        return this.title();
      }
      this.paint({ kind: this.meta.debriefScene, room: null });
      showDebrief(s, { resultCode: null }, () => this.title());
    });
  }

  /**
   * A screen is asked for. Its part may still be on its way (the debrief, a form: a slow school
   * network), and the player, seeing nothing happen, may ask for another meanwhile: the check
   * returned says whether this is still the screen last asked for, so that one arriving late
   * neither replaces the screen now shown (a game, whose keys would act behind it) nor changes
   * the session (opening a class's game under a game in play).
   */
  private ask(): () => boolean {
    const n = ++this.asked;
    return () => n === this.asked;
  }

  private endRun(): void {
    this.run?.destroy();
    this.run = null;
  }

  /** Tell the stage what to show (or keep it for when the stage arrives). */
  private paint(next: Partial<Flow['picture']>): void {
    this.picture = { ...this.picture, ...next };
    if (!this.stage) return;
    if ('kind' in next) this.stage.show(this.picture.kind);
    if ('room' in next) this.stage.room(this.picture.room);
  }

  private openSettings(): void {
    openSettings({
      display: () => this.display,
      setDisplay: (next) => {
        this.display = next;
        saveDisplay(this.store, next);
        applyDisplay(next);
      },
      volume: sound.getVolume,
      setVolume: sound.setVolume,
      muted: sound.isMuted,
      setMuted: sound.setMuted,
    });
  }

  /** What a game needs besides the story. The platform is read when asked: it may connect later. */
  private shell(session: Session): Shell {
    const flow = this;
    return {
      meta: this.meta,
      session,
      sound,
      openSettings: () => this.openSettings(),
      get platform() {
        return flow.platform;
      },
    };
  }

  /** The story and the engine: fetched once, when first wanted. */
  private loadSession(): Promise<Session> {
    this.sessionLoad ??= import('./loadSession').then(({ makeSession }) => {
      const s = makeSession(this.store);
      this.session = s;
      // With no saved game to continue, the next thing is a new game: parse the story and play
      // it to its first choices now, in its own task, while the player reads the title.
      if (this.store.get(SAVE_KEY) === null) setTimeout(() => s.prepare());
      return s;
    });
    return this.sessionLoad;
  }

  private loadDebrief(): Promise<DebriefPart> {
    return import('./debrief').then((part) => {
      this.debriefPart = part;
      return part;
    });
  }

  /** Phaser and the stage: fetched once, when the first game starts; it paints what the flow last asked for. */
  private loadStage(): Promise<Stage> {
    this.stageLoad ??= import('./stage').then(({ createStage }) => {
      const stage = createStage(this.meta);
      this.stage = stage;
      stage.show(this.picture.kind);
      stage.room(this.picture.room);
      return stage;
    });
    return this.stageLoad;
  }

  /**
   * Ask for a screen whose part may still be loading, and `show` it: `show` is given the check
   * from `ask` and shows nothing once another screen has been asked for.
   */
  private open(show: (wanted: () => boolean) => Promise<void>): void {
    const wanted = this.ask();
    show(wanted).catch((e: unknown) => this.failed(e, wanted));
  }

  /**
   * A part could not load (offline, say): said plainly, in place of the screen it was for. If
   * the player has asked for another screen since (a game), that one stays: the failure of a
   * screen nobody is waiting for is no reason to cover a game in play. (At start-up, with no
   * screen yet, the first one is always wanted.)
   */
  private failed(error: unknown, wanted: () => boolean = () => true): void {
    if (!wanted()) {
      console.warn('A screen no longer asked for could not load:', error);
      return;
    }
    console.error('Thaw could not load:', error);
    const view = loadFailedView();
    showScreen(view.root, view.focus);
  }
}
