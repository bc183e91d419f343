// The teacher tools page: make a class code, collect and check result codes, and show the
// leaderboard and what the class chose. Everything happens in this browser tab: no code,
// name or score is sent anywhere.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import '../styles.css';
import './teacher.css';
import story from '../../story/main.ink';
import { ResultVerifier } from '../engine/codes/verifier';
import { GAME_PAGE } from '../ui/pages';
import { registerOffline } from '../offline/register';
import { el } from '../ui/element';
import { storyChapters } from './chapters';
import { classCodeForm } from './classCodeForm';
import { collectForm } from './collectForm';
import { leaderboardView } from './leaderboardView';
import { rejectedView } from './rejectedView';
import { scormDownload } from './scormDownload';
import { type SourcedCode, collectResults } from './results';
import { decisionStats } from './stats';
import { statsView } from './statsView';
import { studentAddressPanel } from './studentAddress';

const verifier = new ResultVerifier(story);
const chapters = storyChapters(story);
const codes: SourcedCode[] = [];
let onlyClass: string | undefined;

const leaderboard = leaderboardView();
const rejected = rejectedView();
const stats = statsView();

function refresh(): void {
  const collected = collectResults(codes, (code) => verifier.verify(code, onlyClass));
  const results = collected.standings.map((s) => s.result);
  leaderboard.show(collected.standings);
  rejected.show(collected.rejected, collected.duplicates);
  stats.show(decisionStats(results), results.length);
  const n = codes.length - collected.duplicates;
  collect.status(n === 0 ? '' : `${n} code${n === 1 ? '' : 's'} checked: ${results.length} on the leaderboard, ${collected.rejected.length} rejected.`);
}

const collect = collectForm(
  (more) => {
    codes.push(...more);
    refresh();
  },
  (code) => {
    onlyClass = code;
    refresh();
  },
  () => {
    codes.length = 0;
    refresh();
  },
);

const page = el('main', { class: 'teacher-page' },
  el('header', { class: 'teacher-header' },
    el('p', { class: 'back-link' }, el('a', { href: GAME_PAGE }, 'Back to the game')),
    el('p', { class: 'kicker' }, 'Thaw · Teacher tools'),
    el('h1', {}, 'Run a class competition'),
    el('p', {}, 'Make a class code for your students, then collect the result codes they hand in. Each result is checked by replaying the student\'s choices, so a score cannot be made up. Nothing leaves this computer.')),
  studentAddressPanel(),
  classCodeForm(chapters, verifier.fingerprint, (code) => collect.setClass(code), (options) => scormDownload(story, chapters, options)),
  collect.root,
  leaderboard.root,
  rejected.root,
  stats.root);

document.getElementById('teacher')?.replaceChildren(page);
refresh();
registerOffline();
