// Starts the game: its fonts and styles, its flow (src/game/flow.ts: the title, a game, the
// debrief), and the offline copy. Everything else is the flow's.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import './styles.css';
import { Flow } from './game/flow';
import { registerOffline } from './offline/register';

new Flow(window).start();
registerOffline();
