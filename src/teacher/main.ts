// The teacher tools page: make a class code, collect and check result codes, and show the
// class at a glance, the leaderboard, the detail view and what the class chose. Everything
// happens in this browser: no code, name or score is sent anywhere. The codes are kept in
// this browser's storage, per class, so a reload or a closed tab loses nothing.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/russo-one/400.css';
import '../styles.css';
import './teacher.css';
import story from '../../story/main.ink';
import { classCsv } from '../engine/class/csv';
import { findCodes } from '../engine/class/findCodes';
import { type Entry, type SourcedCode, rankClass, uniqueCodes } from '../engine/class/ranking';
import { classGlance, decisionStats } from '../engine/class/stats';
import { gameFingerprint } from '../engine/codes/fingerprint';
import { storyHash } from '../engine/hash';
import { GAME_PAGE } from '../ui/pages';
import { registerOffline } from '../offline/register';
import { button, el } from '../ui/element';
import { buildGuide } from '../engine/guide';
import { GameStory } from '../engine/story';
import { storyData } from '../game/storyData';
import { describeClassForTeacher } from '../engine/modes';
import { storyChapters } from './chapters';
import { guideView } from './guide';
import { checker, yieldToPage } from './checker';
import { classCodeForm } from './classCodeForm';
import { type Collection, emptyCollection, mergeCollections, readCollection, writeCollection } from './collection';
import { collectForm } from './collectForm';
import { detailView } from './detailView';
import { glanceView } from './glanceView';
import { leaderboardView } from './leaderboardView';
import { printOnly } from './print';
import { rejectedView } from './rejectedView';
import { scormDownload } from './scormDownload';
import { statsView } from './statsView';
import { collectionStore } from './store';
import { studentAddressPanel } from './studentAddress';

const GUIDE_HASH = '#guide';
const chapters = storyChapters(story);
const check = checker(story);
const store = collectionStore();
let classCode = '';
let collection: Collection = emptyCollection();
let entries: readonly Entry[] = [];
/** Said above the results until the next change: a collection set aside, a file loaded. */
let notice = '';
/** Codes handed in again since the page opened this class: kept once, counted here. */
let again = 0;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

const glance = glanceView();
const leaderboard = leaderboardView([
  // The byte order mark tells spreadsheet programs the file is UTF-8, so "Мария" stays "Мария".
  button('Download CSV', () => download(`thaw-${classCode || 'class'}.csv`, 'text/csv;charset=utf-8', `\uFEFF${classCsv(entries)}`)),
  button('Print', () => printOnly('results')),
]);
const details = detailView();
const rejected = rejectedView();
const stats = statsView();

async function refresh(): Promise<void> {
  const { unique } = uniqueCodes(collection.codes);
  const checked = await check.check(unique, classCode || undefined, (done, total) => {
    collect.progress(done, total);
    if (done === 0 || done === total) collect.status(done === 0 ? `Checking ${plural(total, 'code')}…` : '');
  });
  if (!checked) return; // a newer change is being checked
  collect.progress(null);
  const report = rankClass(checked, { window: collection.window });
  entries = report.entries;
  // Each class on its own, headed by its rules: codes of other classes were played under other rules.
  const classes = report.classes.map((c) => {
    const ranked = c.entries.map((e) => e.game.result);
    const decisions = decisionStats(ranked);
    return {
      classCode: c.classCode,
      rules: describeClassForTeacher(c.rules, (n) => chapters[n - 1] ?? null).join(' '),
      entries: c.entries,
      glance: classGlance(ranked.map((r) => r.score.final), decisions),
      choices: { stats: decisions, students: ranked.length },
    };
  });
  const each = <T,>(pick: (c: (typeof classes)[number]) => T) => classes.map((c) => ({ classCode: c.classCode, rules: c.rules, results: pick(c) }));
  glance.show(each((c) => c.glance));
  leaderboard.show(each((c) => c.entries));
  rejected.show(report.rejected, again);
  // A class of 150 makes thousands of elements: the closed detail view and the statistics
  // come in tasks of their own, so the page answers in between.
  await yieldToPage();
  details.show(each((c) => c.entries));
  await yieldToPage();
  stats.show(each((c) => c.choices));
  collect.status([notice, summary(unique.length, classes.length, entries.length, report.rejected.length)].filter(Boolean).join(' '));
}

/** "5 codes for class X: 4 students on the leaderboard, 1 refused." in plain words, however many classes the codes come from. */
function summary(codes: number, classes: number, students: number, refused: number): string {
  if (codes === 0) return '';
  const from = classCode !== '' ? ` for class ${classCode}` : classes > 1 ? ` from ${classes} classes` : '';
  const boards = classes > 1 ? `${classes} leaderboards, one for each class` : 'the leaderboard';
  return `${plural(codes, 'code')}${from}: ${plural(students, 'student')} on ${boards}, ${refused} refused.`;
}

function commit(next: Collection): void {
  collection = store.save(classCode, next);
  void refresh();
}

function addCodes(found: readonly SourcedCode[], where: string): void {
  // Later than "Remove all", even within the same millisecond.
  const added = Math.max(Date.now(), collection.clearedAt + 1);
  notice = found.length === 0 ? `No result codes found in ${where}.` : '';
  const fresh = uniqueCodes([...collection.codes, ...found]).unique.length - collection.codes.length;
  again += found.length - fresh;
  commit({ ...collection, codes: [...collection.codes, ...found.map((c) => ({ ...c, added }))] });
}

function open(code: string): void {
  const leaving = classCode === '' && code !== '' && collection.codes.length > 0 ? collection : null;
  classCode = code;
  again = 0;
  store.setCurrentClass(code);
  const loaded = store.load(code);
  collection = loaded.collection;
  const kept = code === '' ? 'collected here before a class was chosen' : `kept in this browser for class ${code}`;
  notice = loaded.setAside
    ? `The codes ${kept} could not be read, so the page starts without them. Nothing was deleted: they are set aside in this browser's storage under "${loaded.setAside}".`
    : '';
  if (leaving) {
    // Codes pasted before the class was chosen belong to it: they move with the teacher.
    collection = store.save(code, mergeCollections(collection, { ...leaving, window: collection.window, windowSetAt: collection.windowSetAt }));
    store.save('', { ...leaving, codes: [], clearedAt: Date.now() });
  }
  collect.showClass(code);
  collect.showWindow(collection.window);
  void refresh();
}

function loadFile(text: string, name: string): void {
  const read = readCollection(text.replace(/^\uFEFF/, ''));
  if (!read.ok) {
    addCodes(findCodes(text, `${name} line`), name);
    if (read.kind === 'damaged') notice = `${name} looks like a saved collection but is damaged: the codes that could be read in it were added.`;
    return;
  }
  if (read.classCode !== classCode && read.classCode !== '') open(read.classCode);
  const before = collection.codes.length;
  commit(mergeCollections(collection, read.collection));
  notice = `${name}: ${plural(collection.codes.length - before, 'new code')} added.`;
}

const collect = collectForm({
  text: (text, label) => addCodes(findCodes(text, label), 'the pasted text'),
  file: loadFile,
  scanned: (code) => addCodes([{ code, from: 'scanned' }], 'the scan'),
  classCode: open,
  window: (window) => commit({ ...collection, window, windowSetAt: Date.now() }),
  save: () => download(`thaw-codes-${classCode || 'any-class'}.json`, 'application/json', writeCollection(classCode, collection)),
  removeAll: () => {
    notice = 'All codes removed.';
    again = 0;
    commit({ ...collection, codes: [], clearedAt: Date.now() });
  },
});

// Another tab changed this class's codes: take its changes in, without writing them back.
store.onOtherTab((changed) => {
  if (changed !== classCode) return;
  const loaded = store.load(classCode);
  collection = mergeCollections(collection, loaded.collection);
  collect.showWindow(collection.window);
  void refresh();
});

const page = el('main', { class: 'teacher-page' },
  el('header', { class: 'teacher-header' },
    el('p', { class: 'back-link' }, el('a', { href: GAME_PAGE }, 'Back to the game')),
    el('p', { class: 'kicker' }, 'Thaw · Teacher tools'),
    el('h1', {}, 'Run a class competition'),
    el('p', {}, 'Make a class code for your students, then collect the result codes they hand in. Each result is checked by replaying the student\'s choices, so a score cannot be made up. The codes are kept in this browser, per class; nothing leaves this computer.'),
    el('p', { class: 'guide-link' }, el('a', { href: GUIDE_HASH }, "Teacher's guide: lesson plans, and every chapter and decision with questions for the class"))),
  studentAddressPanel(),
  classCodeForm(chapters, gameFingerprint(storyHash(story)), open, (options) => scormDownload(story, chapters, options)),
  collect.root,
  glance.root,
  leaderboard.root,
  details.root,
  rejected.root,
  stats.root);

/**
 * The teacher's guide is a page of its own at #guide (a hash, so that it is also there in the
 * one-file edition, which is one document). It is made from the story once, when first opened.
 */
let guidePage: HTMLElement | null = null;
function showPage(): void {
  const guide = location.hash === GUIDE_HASH;
  if (guide) {
    guidePage ??= guideView(buildGuide({ fresh: new GameStory(story), forReading: new GameStory(story), glossary: storyData.glossary, historians: storyData.historians }), '#');
  }
  document.getElementById('teacher')?.replaceChildren(guide && guidePage ? guidePage : page);
  document.title = guide ? "Thaw — Teacher's guide" : 'Thaw — Teacher tools';
  scrollTo(0, 0);
  (document.querySelector('#teacher h1') as HTMLElement | null)?.focus({ preventScroll: true });
}
addEventListener('hashchange', showPage);
showPage();
open(store.currentClass());
registerOffline();
