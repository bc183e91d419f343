// Boots the game. The title is plain HTML and goes on screen at once: a slow school laptop
// shows it before Phaser (over a megabyte of script), the story and the engine have arrived.
// The story loads in the background (import() below), from the title's first frame. "New game"
// works from the first moment: the game itself is HTML too, so it starts as soon as the story
// is in (a brief "Loading…" until then), and the stage (Phaser: the backdrops, and the scenes
// that lead to the debrief and back), fetched only then, joins it when it arrives.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import './styles.css';
import storyTags from '../story/main.ink?meta';
import * as sound from './audio/Sound';
import { loadDisplay, saveDisplay } from './game/displaySettings';
import { PlayRun } from './game/play';
import type { Session } from './game/session';
import type { Shell } from './game/shell';
import type { Stage } from './game/stage';
import type { Platform } from './game/platform';
import { CLASS_LIST_KEY, SAVE_KEY, SCREEN_KEY, browserStore, pageStore } from './game/storage';
import { type PlayStart, type TitleHost, showClassDebrief, showLastResult, showTitle } from './game/title';
import { registerOffline } from './offline/register';
import { parseStoryMeta } from './engine/meta';
import { findScormApi } from './platform/scorm';
import { applyDisplay } from './ui/display';
import { loadFailedView, loadingView } from './ui/LoadingView';
import { showScreen } from './ui/Screen';
import { openSettings as openSettingsDialog } from './ui/SettingsDialog';

// A learning platform (SCORM 1.2) that launched the game keeps its progress; the browser then
// keeps nothing, since room computers share the platform's origin between students.
const scormApi = findScormApi(window);
let platform: Platform | null = null;
const store = scormApi ? pageStore() : browserStore();
if (scormApi) sound.keepSettingsIn(null);
let display = loadDisplay(store);
applyDisplay(display);
// Browsers allow sound only after a click or key press.
sound.unlockOnFirstGesture();

const openSettings = () =>
  openSettingsDialog({
    display: () => display,
    setDisplay: (next) => {
      display = next;
      saveDisplay(store, display);
      applyDisplay(display);
    },
    volume: sound.getVolume,
    setVolume: sound.setVolume,
    muted: sound.isMuted,
    setMuted: sound.setMuted,
  });

let session: Session | null = null;
let stage: Stage | null = null;
/** A game that started before the stage had loaded: the stage starts in it. */
let firstRun: PlayRun | null = null;
let waiting = false;
/** The title, introduction and settings: in the page at once, before the story has loaded. */
const meta = parseStoryMeta(storyTags).value;
// The platform is read when asked: it connects after the story has loaded, perhaps after the stage.
const shellOf = (s: Session): Shell => ({
  meta,
  session: s,
  sound,
  openSettings,
  get platform() {
    return platform;
  },
});

// Each part is fetched once, when first wanted; the stage needs the session.
let sessionLoad: Promise<Session> | undefined;
const sessionReady = () =>
  (sessionLoad ??= import('./game/loadSession').then(({ makeSession }) => {
    const s = makeSession(store);
    session = s;
    // With no saved game to continue, the next thing is a new game: parse the story and play
    // it to its first choices now, in its own task, while the player reads the title.
    if (store.get(SAVE_KEY) === null) setTimeout(() => s.prepare());
    return s;
  }));
// The stage is fetched after the story: a game can start with the story alone, and Phaser's
// long first run must not come between a press of "New game" and the game.
let stageLoad: Promise<Stage> | undefined;
const stageReady = () =>
  (stageLoad ??= sessionReady().then(async (s) => {
    const { createStage } = await import('./game/stage');
    stage = createStage(shellOf(s), firstRun && { run: firstRun });
    return stage;
  }));

const failed = (error: unknown): void => {
  console.error('Thaw could not load:', error);
  const view = loadFailedView();
  showScreen(view.root, view.focus);
};

/**
 * Leave the title for a game. The game is HTML and needs only the story: if Phaser has not
 * arrived yet, the game starts without it ("Loading…" shows only while the story itself is
 * still on its way) and the backdrop appears behind it when the stage is in.
 */
function play(start: PlayStart): void {
  if (stage) {
    stage.play(start);
    return;
  }
  if (waiting) return;
  waiting = true;
  if (!session) {
    const view = loadingView();
    showScreen(view.root, view.focus);
  }
  sessionReady()
    .then((s) => {
      const run = new PlayRun(shellOf(s), start);
      if (stage) stage.play({ run });
      else {
        firstRun = run;
        return stageReady();
      }
    })
    .catch(failed);
}

const host: TitleHost = {
  meta,
  get session() {
    return session;
  },
  loadSession: sessionReady,
  play,
  openSettings,
  get platform() {
    return platform;
  },
};

// With no saved game the title needs nothing else. A saved game is checked against the
// story before "Continue" is offered, so then the title waits for the story (not for Phaser).
// Under a learning platform the title waits for the story too: the platform's progress is
// replayed in it before "Continue" can be offered.
if (scormApi) {
  sessionReady().then(async (s) => {
    const { openPlatform } = await import('./game/platform');
    platform = openPlatform(scormApi, s, document);
    addEventListener('pagehide', () => platform?.leave());
    showTitle(host);
  }, failed);
} else if (store.get(SAVE_KEY) === null && store.get(CLASS_LIST_KEY) === null) showTitle(host);
else {
  // A reload (or a tab the browser discarded) returns to where the player was: the game in
  // play, or the debrief of the game just finished, with its result code; for a whole class
  // (F5 from a presentation remote), its game or its debrief.
  const screen = store.get(SCREEN_KEY);
  sessionReady().then((s) => {
    const name = s.classOnScreen();
    const classSaved = name !== null && s.classSaves().some((c) => c.name.toLowerCase() === name.toLowerCase() && c.problem === null);
    if (screen === 'class' && classSaved && name) play({ wholeClass: { resume: name } });
    else if (screen === 'class-debrief' && classSaved && name) showClassDebrief(host, name);
    else if (screen === 'debrief' && s.hasLastResult()) showLastResult(host);
    else if (screen === 'play' && s.inspectSave() === 'ok') play({ resume: true });
    else showTitle(host);
  }, failed);
}
// Fetch the story in the background from the title's first frame (its paint follows this
// callback at once, so nothing fetched here can hold it up). The stage (Phaser) is not: it is
// fetched when the player first starts a game (see play()), so a phone's page load never
// parses or starts it; the game is HTML and plays while it arrives.
requestAnimationFrame(() => {
  sessionReady().catch(() => undefined);
});
registerOffline();
