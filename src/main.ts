// Boots the game. The title is plain HTML and goes on screen at once: a slow school laptop
// shows it before Phaser (over a megabyte of script), the story and the engine have arrived.
// Those load in the background (import() below) and the stage starts behind the title when
// they are in. "New game" works from the first moment: pressed early, it says "Loading…"
// and waits for them.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import './styles.css';
import * as sound from './audio/Sound';
import { applyDisplay, loadDisplay, saveDisplay } from './game/displaySettings';
import type { Session } from './game/session';
import type { Stage } from './game/stage';
import { SAVE_KEY, browserStore } from './game/storage';
import { type PlayStart, type TitleHost, showTitle } from './game/title';
import { registerOffline } from './offline/register';
import { loadFailedView, loadingView } from './ui/LoadingView';
import { showScreen } from './ui/Screen';
import { openSettings as openSettingsDialog } from './ui/SettingsDialog';

const store = browserStore();
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
let waiting = false;

// Each part is fetched once, when first wanted; the stage needs the session.
let sessionLoad: Promise<Session> | undefined;
const sessionReady = () =>
  (sessionLoad ??= import('./game/loadSession').then(({ makeSession }) => {
    session = makeSession(store);
    return session;
  }));
let stageLoad: Promise<Stage> | undefined;
const stageReady = () =>
  (stageLoad ??= Promise.all([import('./game/stage'), sessionReady()]).then(([{ createStage }, s]) => {
    stage = createStage({ session: s, sound, openSettings });
    return stage;
  }));

const failed = (error: unknown): void => {
  console.error('Thaw could not load:', error);
  const view = loadFailedView();
  showScreen(view.root, view.focus);
};

/** Leave the title for a game; before the stage has loaded, say so and wait for it. */
function play(start: PlayStart): void {
  if (stage) {
    stage.play(start);
    return;
  }
  if (waiting) return;
  waiting = true;
  const view = loadingView();
  showScreen(view.root, view.focus);
  stageReady().then((s) => s.play(start), failed);
}

const host: TitleHost = {
  get session() {
    return session;
  },
  loadSession: sessionReady,
  play,
  openSettings,
};

// With no saved game the title needs nothing else. A saved game is checked against the
// story before "Continue" is offered, so then the title waits for the story (not for Phaser).
if (store.get(SAVE_KEY) === null) showTitle(host);
else sessionReady().then(() => showTitle(host), failed);
// Once the title has had its first frame, fetch the rest in the background. A stage that
// cannot load is reported when the player asks for it, not before.
requestAnimationFrame(() => setTimeout(() => stageReady().catch(() => undefined)));
registerOffline();
