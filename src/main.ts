// Boots the game: the compiled story, the player's session, and the Phaser scenes.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import './styles.css';
import { AUTO, Game, Scale } from 'phaser';
import story from '../story/main.ink';
import { Session } from './game/session';
import { browserStore } from './game/storage';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { PlayScene } from './scenes/PlayScene';
import { TitleScene } from './scenes/TitleScene';

const session = new Session(story, browserStore());

new Game({
  type: AUTO,
  parent: 'stage',
  backgroundColor: '#1a1a1a',
  scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
  audio: { noAudio: true },
  banner: false,
  scene: [new BootScene(), new TitleScene(session), new PlayScene(session), new DebriefScene(session)],
});
