// Boots the game: reading settings, sound, the compiled story, the player's session, and
// the Phaser scenes.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import './styles.css';
import { AUTO, Game, Scale } from 'phaser';
import story from '../story/main.ink';
import * as sound from './audio/Sound';
import { applyDisplay, loadDisplay, saveDisplay } from './game/displaySettings';
import { Session } from './game/session';
import type { Shell } from './game/shell';
import { browserStore } from './game/storage';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { PlayScene } from './scenes/PlayScene';
import { wakeOnResize } from './scenes/frames';
import { TitleScene } from './scenes/TitleScene';
import { openSettings } from './ui/SettingsDialog';
import { registerOffline } from './offline/register';

const store = browserStore();
let display = loadDisplay(store);
applyDisplay(display);
// Browsers allow sound only after a click or key press.
sound.unlockOnFirstGesture();

const shell: Shell = {
  session: new Session(story, store),
  sound,
  openSettings: () =>
    openSettings({
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
    }),
};

const game = new Game({
  type: AUTO,
  parent: 'stage',
  backgroundColor: '#1a1a1a',
  scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
  audio: { noAudio: true },
  banner: false,
  scene: [new BootScene(), new TitleScene(shell), new PlayScene(shell), new DebriefScene(shell)],
});
wakeOnResize(game);
registerOffline();
