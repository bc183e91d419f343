// `npm run bench`: is Thaw fast on a cheap machine? (issue 6, item 4)
//
// Builds the game (production) and a bare Phaser scene from the same `phaser` package
// (bench/bare), serves both on localhost, and in headless Chromium with the CPU slowed four
// times measures, in one run and alternating the two pages:
//   - navigation → the title's "New game" ready, against the bare scene's first frame;
//   - navigation → the first decision's choices ready ("New game" pressed the moment it
//     shows), against the same first frame;
//   - gzip bytes fetched before the title is ready, beyond the bare scene;
//   - frame times across a passage and a chapter transition, and meanwhile the browser's Long
//     Animation Frames (script per frame) and Event Timing (input to next paint) entries;
//   - the JavaScript heap after 20 games in one page against after one;
//   - the teacher page verifying a class of 150 codes: its longest task (bench/teacher.ts).
// Then Lighthouse's mobile preset, 5 runs, on the game served with gzip (bench/lighthouse.ts),
// and in Node: the story checker's full walk, and result codes verified per second.
// Writes BENCHMARKS.md at the repository root. Not part of `npm test`.
//
// BENCH_PAIRS=n changes the number of pairs (at least 7; 9 by default). `npm run bench -- --pairs`
// measures only the pairs and prints them, writing nothing (for a quick look while working).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error: a plain JavaScript module shared with `npm start`.
import { serve } from '../scripts/serve.mjs';
import { CATEGORIES, type Category, type LighthouseFigures, lighthouseRuns } from './lighthouse.ts';
import { nodeFigures, type NodeFigures } from './node.ts';
import { CLASS_SIZE, type TeacherRun, classOfCodes, teacherRun } from './teacher.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'test-results', 'bench');
const GAME_DIR = path.join(OUT, 'game');
const BARE_DIR = path.join(OUT, 'bare');
const PROBE = path.join(import.meta.dirname, 'probe.js');
const PAIRS = Math.max(7, Number(process.env.BENCH_PAIRS) || 9);
const PAIRS_ONLY = process.argv.includes('--pairs');
/** `npm run bench -- --teacher`: only the teacher page's 150 codes, printed, nothing written. */
const TEACHER_ONLY = process.argv.includes('--teacher');
/** `npm run bench -- --lighthouse`: only the Lighthouse runs, printed, nothing written. */
const LIGHTHOUSE_ONLY = process.argv.includes('--lighthouse');
/** `npm run bench -- --frames`: only the frame-time run (frames, long animation frames, input), printed, nothing written. */
const FRAMES_ONLY = process.argv.includes('--frames');
const LIGHTHOUSE_RUNS = 5;
const GAMES = 20;
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1366, height: 768 };
/** Between a player's clicks in the frame-time run: a quick reader. */
const PACE_MS = 500;
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

// Issue 12's aims (title, choices, Lighthouse, long animation frames, input, heap) and the
// earlier ones still kept (bytes before the title, codes, the teacher page).
const AIMS = {
  titleRatio: 0.6,
  choicesRatio: 1.5,
  extraKiB: 150,
  heapGrowthMB: 5,
  codesPerSecond: 1000,
  teacherLongestTaskMs: 200,
  lighthouse: { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } satisfies Record<Category, number>,
  loafScriptMs: 50,
  inputMs: 100,
};
/** Frame times are reported, not aimed at: WebGL is drawn in software here. 60 Hz is 16.7 ms a frame. */
const FRAME_MS = 17;

// ---------------------------------------------------------------- build and serve

async function buildAll(): Promise<void> {
  console.log('Building the game and the bare Phaser scene…');
  await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir: GAME_DIR, emptyOutDir: true } });
  await build({
    root: path.join(ROOT, 'bench', 'bare'),
    configFile: false,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: BARE_DIR, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}

function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error('npm run bench needs Chromium (Debian: apt-get install chromium), or CHROMIUM_PATH.');
  return found;
}

// ---------------------------------------------------------------- bytes

const gzipCache = new Map<string, number>();

/** The gzip size of what a URL on one of our servers served (read from disk, gzipped here: the server does not compress). */
function gzipBytes(url: string, servers: { origin: string; dir: string }[]): number {
  const u = new URL(url);
  const server = servers.find((s) => s.origin === u.origin);
  if (!server) return 0; // data: and blob: URLs travel inside what was already counted
  let file = path.join(server.dir, decodeURIComponent(u.pathname));
  if (u.pathname.endsWith('/')) file = path.join(file, 'index.html');
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
    gzipCache.set(file, size);
  }
  return size;
}

interface Fetched {
  name: string;
  start: number;
  end: number;
}

const RESOURCES_JS = `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
  .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd }))`;

// ---------------------------------------------------------------- pages

interface Opened {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  /** Resolves when the page has told the bench `what` (bench/probe.js, bench/bare/main.ts). */
  when(what: string, timeoutMs?: number): Promise<void>;
}

async function open(browser: Browser, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion });
  const page = await context.newPage();
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  await page.exposeBinding('__benchNotify', (_source, what: string) => {
    seen.add(what);
    waiting.get(what)?.();
  });
  await page.addInitScript({ path: PROBE });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`Uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const when = (what: string, timeoutMs = 120_000) =>
    seen.has(what)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`the page never reported ${what}`)), timeoutMs);
          waiting.set(what, () => {
            clearTimeout(timer);
            resolve();
          });
        });
  return { context, page, cdp, errors, when };
}

interface GameLoad {
  titleInDom: number;
  titleReady: number;
  click: number;
  choicesReady: number;
  resources: Fetched[];
}

interface BareLoad {
  firstFrame: number;
  resources: Fetched[];
}

/** Open the game cold; press "New game" the moment it is ready; wait for the first choices. */
async function loadGame(browser: Browser, url: string): Promise<GameLoad> {
  const o = await open(browser);
  const title = o.when('titleReady');
  const choices = o.when('choicesReady');
  await o.page.goto(url, { waitUntil: 'commit' });
  await title;
  await pressNewGame(o.page);
  await choices;
  const got = (await o.page.evaluate(`({
    titleInDom: window.__probe.titleInDom, titleReady: window.__probe.titleReady, click: window.__probe.click, choicesReady: window.__probe.choicesReady,
    resources: ${RESOURCES_JS},
  })`)) as GameLoad;
  if (o.errors.length) throw new Error(`The game reported errors: ${o.errors.join('; ')}`);
  await o.context.close();
  return got;
}

/** Where "New game" is now, its centre in page coordinates (null: not on screen). */
const NEW_GAME_CENTRE_JS = `(() => {
  const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'New game');
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

/**
 * Press "New game" with the mouse at once, as a player would: a real input event, queued by the
 * browser until the page can take it. (Playwright's locator.click would first wait for the page
 * to draw two still frames, which a busy page is slow to do.) The title's web fonts may arrive
 * and move the button between finding it and the press: then press again where it now is.
 */
async function pressNewGame(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = (await page.evaluate(NEW_GAME_CENTRE_JS)) as { x: number; y: number } | null;
    if (!at) return; // the title has gone: the press was taken
    await page.mouse.click(at.x, at.y);
    if (await page.evaluate('window.__probe.newGameClicked !== null')) return;
  }
  throw new Error('"New game" could not be pressed');
}

async function loadBare(browser: Browser, url: string): Promise<BareLoad> {
  const o = await open(browser);
  const frame = o.when('firstFrame');
  await o.page.goto(url, { waitUntil: 'commit' });
  await frame;
  const got = (await o.page.evaluate(`({ firstFrame: window.__bare.firstFrame, resources: ${RESOURCES_JS} })`)) as BareLoad;
  if (o.errors.length) throw new Error(`The bare scene reported errors: ${o.errors.join('; ')}`);
  await o.context.close();
  return got;
}

/** What the page shows now, in the terms a player would use. */
const STATE_JS = `(() => {
  const group = document.querySelector('[role="group"][aria-label="Choices"]');
  const choices = group ? [...group.querySelectorAll('button')].filter((b) => !b.disabled).length : 0;
  const buttons = [...document.querySelectorAll('button')].filter((b) => !b.disabled);
  return {
    choices,
    continue: buttons.some((b) => /^Continue/.test(b.textContent.trim()) && b.textContent.trim() !== 'Continue saved game'),
    opensChapter: document.querySelector('.opens-chapter') !== null,
    debrief: [...document.querySelectorAll('h1, h2')].some((h) => /Debrief/.test(h.textContent)),
  };
})()`;

/** A Long Animation Frames entry, as bench/probe.js keeps it. */
interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** The scripts' durations added up. */
  script: number;
  scripts: { duration: number; invoker: string; invokerType: string; source: string }[];
}

/** An Event Timing entry of an interaction (16 ms or more from input to next paint), as bench/probe.js keeps it. */
interface InputEvent {
  name: string;
  start: number;
  delay: number;
  duration: number;
  target: string | null;
}

interface FrameRun {
  frames: number[];
  steps: number;
  chapterOpened: boolean;
  longFrames: LongFrame[];
  events: InputEvent[];
  supported: { longAnimationFrame: boolean; event: boolean };
  /** Clicks the bench made (each a pointerdown, pointerup and click). */
  clicks: number;
}

/**
 * From the first choices, play on (first option, Continue) every PACE_MS until a new chapter
 * has opened and been read, recording requestAnimationFrame deltas all the while.
 */
async function frameRun(browser: Browser, url: string): Promise<FrameRun> {
  const o = await open(browser);
  const { page } = o;
  const title = o.when('titleReady');
  const choices = o.when('choicesReady');
  await page.goto(url, { waitUntil: 'commit' });
  await title;
  await pressNewGame(page);
  await choices;
  await page.waitForTimeout(PACE_MS);
  await page.evaluate('window.__probe.startFrames()');
  let chapterOpened = false;
  let after = 0;
  let steps = 0;
  let clicks = 0;
  for (; steps < 300; steps++) {
    const s = (await page.evaluate(STATE_JS)) as { choices: number; continue: boolean; opensChapter: boolean; debrief: boolean };
    if (steps > 0 && s.opensChapter) chapterOpened = true;
    if (s.debrief || (chapterOpened && ++after > 3)) break;
    if (s.choices > 0) await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
    else if (s.continue) await page.getByRole('button', { name: /^Continue/ }).first().click();
    if (s.choices > 0 || s.continue) clicks += 1;
    await page.waitForTimeout(PACE_MS);
  }
  const frames = (await page.evaluate('window.__probe.stopFrames()')) as number[];
  const { longFrames, events, supported } = (await page.evaluate(
    '({ longFrames: window.__probe.longFrames, events: window.__probe.events, supported: window.__probe.supported })')) as
    Pick<FrameRun, 'longFrames' | 'events' | 'supported'>;
  if (o.errors.length) throw new Error(`The game reported errors: ${o.errors.join('; ')}`);
  await o.context.close();
  return { frames, steps, chapterOpened, longFrames, events, supported, clicks };
}

/**
 * One whole game, played inside the page (quicker than a round trip per click): from the
 * title, "New game", a seeded random option at each decision, Continue between, to the
 * debrief, then "Play again" and back to the title.
 */
const PLAY_GAME_JS = (seed: number) => `(async () => {
  let a = ${seed} >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const next = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const buttons = () => [...document.querySelectorAll('button')].filter((b) => !b.disabled);
  const named = (name) => buttons().find((b) => b.textContent.trim() === name);
  let started = false;
  let decisions = 0;
  for (let step = 0; step < 20000; step++) {
    const debrief = [...document.querySelectorAll('h1, h2')].some((h) => /Debrief/.test(h.textContent));
    if (started && debrief) {
      named('Play again').click();
      while (!named('New game')) await next();
      return decisions;
    }
    const group = document.querySelector('[role="group"][aria-label="Choices"]');
    const choices = group ? [...group.querySelectorAll('button')].filter((b) => !b.disabled) : [];
    const cont = buttons().find((b) => /^Continue/.test(b.textContent.trim()) && b.textContent.trim() !== 'Continue saved game');
    if (!started && named('New game')) {
      named('New game').click();
      started = true;
    } else if (choices.length > 0) {
      choices[Math.floor(random() * choices.length)].click();
      decisions += 1;
      started = true;
    } else if (cont) cont.click();
    await next();
  }
  throw new Error('a game did not reach the debrief');
})()`;

interface HeapRun {
  afterOneMB: number;
  afterAllMB: number;
  games: number;
  decisions: number;
  seconds: number;
}

async function heapRun(browser: Browser, url: string): Promise<HeapRun> {
  // Reduced motion: the game skips its transitions, so the 20 games go quicker.
  const o = await open(browser, 'reduce');
  const { page, cdp } = o;
  const title = o.when('titleReady');
  await page.goto(url, { waitUntil: 'commit' });
  await title;
  const heap = async (): Promise<number> => {
    await page.waitForTimeout(1500); // let the timers of the last screen run out
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 1e6;
  };
  const started = performance.now();
  let decisions = (await page.evaluate(PLAY_GAME_JS(1))) as number;
  const afterOneMB = await heap();
  for (let g = 2; g <= GAMES; g++) {
    decisions += (await page.evaluate(PLAY_GAME_JS(g))) as number;
    process.stdout.write(`  heap: game ${g}/${GAMES}\r`);
  }
  const afterAllMB = await heap();
  if (o.errors.length) throw new Error(`The game reported errors: ${o.errors.join('; ')}`);
  await o.context.close();
  return { afterOneMB, afterAllMB, games: GAMES, decisions, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------- figures

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const sumBytes = (resources: Fetched[], until: number, servers: { origin: string; dir: string }[]) => {
  const counted = resources.filter((r) => r.end > 0 && r.end <= until);
  return { bytes: counted.reduce((n, r) => n + gzipBytes(r.name, servers), 0), files: counted.map((r) => r.name) };
};

interface Pair {
  order: 'game first' | 'bare first';
  game: GameLoad;
  bare: BareLoad;
  titleRatio: number;
  choicesRatio: number;
  gameKiB: number;
  bareKiB: number;
  gameFilesBeforeTitle: string[];
  choicesKiB: number;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  await buildAll();
  const gameServer = (await serve(GAME_DIR, 4610)) as { server: Server; url: string };
  const bareServer = (await serve(BARE_DIR, 4710)) as { server: Server; url: string };
  const servers = [
    { origin: new URL(gameServer.url).origin, dir: GAME_DIR },
    { origin: new URL(bareServer.url).origin, dir: BARE_DIR },
  ];
  const browser = await chromium.launch({ executablePath: findChromium(), args: FLAGS });
  const chromiumVersion = browser.version();

  const pairs: Pair[] = [];
  let frames: FrameRun;
  let heap: HeapRun;
  let teacher: TeacherRun;
  try {
    if (TEACHER_ONLY) {
      await measureTeacher(browser, gameServer.url);
      return;
    }
    if (LIGHTHOUSE_ONLY) {
      await measureLighthouse();
      return;
    }
    if (FRAMES_ONLY) {
      const run = await frameRun(browser, gameServer.url);
      for (const f of responsiveness(run)) console.log(`${f.figure}: ${f.measured}${f.met === false ? ` (missed: ${f.why})` : ''}`);
      return;
    }
    // One cold load of each first, not counted: the disk cache and the CPU settle.
    await loadGame(browser, gameServer.url);
    await loadBare(browser, bareServer.url);
    for (let i = 0; i < PAIRS; i++) {
      const gameFirst = i % 2 === 0;
      let game: GameLoad;
      let bare: BareLoad;
      if (gameFirst) {
        game = await loadGame(browser, gameServer.url);
        bare = await loadBare(browser, bareServer.url);
      } else {
        bare = await loadBare(browser, bareServer.url);
        game = await loadGame(browser, gameServer.url);
      }
      const g = sumBytes(game.resources, game.titleReady, servers);
      const pair: Pair = {
        order: gameFirst ? 'game first' : 'bare first',
        game,
        bare,
        titleRatio: game.titleReady / bare.firstFrame,
        choicesRatio: game.choicesReady / bare.firstFrame,
        gameKiB: g.bytes / 1024,
        bareKiB: sumBytes(bare.resources, bare.firstFrame, servers).bytes / 1024,
        gameFilesBeforeTitle: g.files,
        choicesKiB: sumBytes(game.resources, game.choicesReady, servers).bytes / 1024,
      };
      pairs.push(pair);
      console.log(
        `pair ${i + 1}/${PAIRS} (${pair.order}): bare first frame ${bare.firstFrame.toFixed(0)} ms; ` +
          `title ready ${game.titleReady.toFixed(0)} ms (×${pair.titleRatio.toFixed(2)}); ` +
          `choices ${game.choicesReady.toFixed(0)} ms (×${pair.choicesRatio.toFixed(2)}); ` +
          `gzip before title ${pair.gameKiB.toFixed(0)} KiB (bare ${pair.bareKiB.toFixed(0)} KiB)`,
      );
    }
    if (PAIRS_ONLY) {
      const med = (f: (p: Pair) => number) => median(pairs.map(f)).toFixed(2);
      console.log(`Medians: title ×${med((p) => p.titleRatio)}, choices ×${med((p) => p.choicesRatio)}, ` +
        `gzip before title beyond bare ${med((p) => p.gameKiB - p.bareKiB)} KiB. Nothing written (--pairs).`);
      return;
    }
    console.log('Frame times across a passage and a chapter transition…');
    frames = await frameRun(browser, gameServer.url);
    console.log(`Heap after 1 and after ${GAMES} games…`);
    heap = await heapRun(browser, gameServer.url);
    teacher = await measureTeacher(browser, gameServer.url);
  } finally {
    await browser.close();
    gameServer.server.close();
    bareServer.server.close();
  }
  // After the bench's own browser has gone: Lighthouse starts Chromium itself, one per run.
  const lighthouse = await measureLighthouse();
  console.log('In Node: the story checker\'s full walk and result codes verified per second…');
  const node = nodeFigures(ROOT);
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report({ startedAt, chromiumVersion, pairs, frames, heap, node, teacher, lighthouse }));
  console.log('Wrote BENCHMARKS.md');
}

async function measureLighthouse(): Promise<LighthouseFigures> {
  console.log(`Lighthouse, mobile preset, ${LIGHTHOUSE_RUNS} runs on the game served with gzip…`);
  const figures = await lighthouseRuns(GAME_DIR, LIGHTHOUSE_RUNS);
  console.log(`  medians: ${CATEGORIES.map((c) => `${c} ${figures.median[c]}`).join(', ')}`);
  return figures;
}

async function measureTeacher(browser: Browser, url: string): Promise<TeacherRun> {
  console.log(`The teacher page verifying ${CLASS_SIZE} codes…`);
  const run = await teacherRun(browser, new URL('teacher.html', url).href, classOfCodes(ROOT), CPU_SLOWDOWN);
  console.log(`  ${run.studentsShown} students in ${run.seconds.toFixed(1)} s; longest task ${Math.max(0, ...run.longTasks).toFixed(0)} ms ` +
    `(${run.longTasks.length} over 50 ms: ${run.longTasks.map((t) => t.toFixed(0)).join(', ')})`);
  return run;
}

// ---------------------------------------------------------------- the report

function machine(chromiumVersion: string): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  let load = '';
  try {
    load = `; load average ${os.loadavg().map((n) => n.toFixed(2)).join(', ')} when the report was written`;
  } catch {
    // Not every platform has one.
  }
  return `${model}, ${cpus.length} logical CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory; ${os.type()} ${os.release()} ` +
    `(${os.arch()}); Node ${process.version}; Chromium ${chromiumVersion} (headless, --disable-gpu)${load}`;
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = spawnSync('git', ['diff', '--quiet', 'HEAD', '--', 'src', 'story'], { cwd: ROOT }).status !== 0;
    return `${sha}${dirty ? ' with uncommitted changes to src/ or story/' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** One line of the report's table: `met` null for a figure that is reported, not aimed at; `why` says why an aim was missed. */
interface Figure {
  figure: string;
  aim: string;
  measured: string;
  met: boolean | null;
  why: string;
}

const metCell = (f: Figure) => (f.met === null ? (f.why ? `— (${f.why})` : '—') : f.met ? 'yes' : `**no**: ${f.why}`);
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const kib = (n: number) => `${n.toFixed(1)} KiB`;

const score = (x: number | null) => (x === null ? 'none' : fmt(x));

/** Lighthouse's four categories against their aims, each from the median of the runs. */
function lighthouseRows(lh: LighthouseFigures): Figure[] {
  return CATEGORIES.map((c) => {
    const m = lh.median[c];
    const aim = AIMS.lighthouse[c];
    const each = lh.runs.map((run) => score(run.scores[c])).join(', ');
    let why: string;
    if (m === null) why = 'a run gave no score';
    else if (c === 'performance') {
      // The metrics that cost the median run the most (Lighthouse scores each 0–1 before weighing them).
      const weak = [...lh.medianRun.metrics].filter((x) => x.score !== null).sort((a, b) => (a.score ?? 1) - (b.score ?? 1)).slice(0, 2);
      why = `in the median run ${weak.map((x) => `${x.name} was ${x.shown} (metric score ${score(x.score)})`).join(' and ')}; ` +
        `the host's load average was ${fmt(Math.min(...lh.load), 1)}–${fmt(Math.max(...lh.load), 1)} on ${os.cpus().length} CPUs during the runs, ` +
        'and Lighthouse\'s simulated throttling scales the CPU time it observes';
    } else {
      const failed = [...new Set(lh.runs.flatMap((run) => run.failed.filter((f) => f.startsWith(`${c}: `))))];
      why = failed.length ? `failed: ${failed.map((f) => f.slice(c.length + 2)).join('; ')}` : 'no audit failed in every run';
    }
    return {
      figure: `Lighthouse ${c} (mobile preset, served with gzip; median of ${lh.runs.length} runs)`,
      aim: aim === 1 ? '1.00' : `≥ ${fmt(aim)}`,
      measured: `${score(m)} (runs: ${each})`,
      met: m !== null && m >= aim,
      why,
    };
  });
}

/** A long animation frame's script as a reader can place it: what ran it (a URL: the file's name) and where. */
function scriptName(x: LongFrame['scripts'][number]): string {
  const invoker = /^https?:/.test(x.invoker) ? `evaluating ${x.invoker.split('/').pop()}` : x.invoker || x.invokerType;
  return x.source && !invoker.includes(x.source) ? `${invoker} (${x.source})` : invoker;
}

/** What the frame-time run measured: frames (reported), script per long animation frame, and input to next paint. */
function responsiveness(run: FrameRun): Figure[] {
  const p95 = percentile(run.frames, 95);
  const slow = run.frames.filter((f) => f > FRAME_MS).length;
  const frames: Figure = {
    figure: `Frame time while the stage plays (${run.steps} steps, motion on, 4× CPU), 95th percentile`, aim: 'reported',
    measured: `${fmt(p95, 1)} ms (${run.frames.length} frames; ${slow} over ${FRAME_MS} ms; longest ${fmt(Math.max(...run.frames), 0)} ms)`,
    met: null, why: `not aimed at: WebGL is drawn in software here (--disable-gpu)${run.chapterOpened ? '' : '; no chapter opened'}`,
  };
  const worstFrame = [...run.longFrames].sort((a, b) => b.script - a.script)[0];
  const topScript = worstFrame ? [...worstFrame.scripts].sort((a, b) => b.duration - a.duration)[0] : undefined;
  const loafScript = worstFrame?.script ?? 0;
  const loaf: Figure = {
    figure: 'Script in the worst long animation frame while the stage plays (Long Animation Frames, 4× CPU)',
    aim: `≤ ${AIMS.loafScriptMs} ms`,
    measured: run.supported.longAnimationFrame
      ? `${fmt(loafScript, 0)} ms (${run.longFrames.length} frames over 50 ms; ${run.longFrames.filter((f) => f.script > AIMS.loafScriptMs).length} with more than ${AIMS.loafScriptMs} ms of script)`
      : 'not measured: this Chromium has no long-animation-frame entries',
    met: run.supported.longAnimationFrame && loafScript <= AIMS.loafScriptMs,
    why: !run.supported.longAnimationFrame
      ? 'not measured'
      : `the worst frame (${fmt(worstFrame?.duration ?? 0, 0)} ms long, ${fmt(worstFrame?.start ?? 0, 0)} ms after navigation) ran ${fmt(loafScript, 0)} ms of script` +
        (topScript ? `, ${fmt(topScript.duration, 0)} ms of it in ${scriptName(topScript)}` : ''),
  };
  const worstEvent = [...run.events].sort((a, b) => b.duration - a.duration)[0];
  const worstDelay = Math.max(0, ...run.events.map((e) => e.delay));
  const worstDuration = worstEvent?.duration ?? 0;
  const input: Figure = {
    figure: `Input to next paint, worst of ${run.clicks} clicks while the stage plays (Event Timing, 4× CPU)`,
    aim: `≤ ${AIMS.inputMs} ms`,
    measured: run.supported.event
      ? `${fmt(worstDuration, 0)} ms to the next paint, worst input delay ${fmt(worstDelay, 0)} ms (${run.events.length} interaction events of 16 ms or more${worstEvent ? `; worst a ${worstEvent.name} on ${worstEvent.target ?? 'a control since replaced'}` : ''})`
      : 'not measured: this Chromium has no event entries',
    met: run.supported.event && worstDuration <= AIMS.inputMs,
    why: !run.supported.event || !worstEvent
      ? 'not measured'
      : `a ${worstEvent.name} on ${worstEvent.target ?? 'a control since replaced'} waited ${fmt(worstEvent.delay, 0)} ms to be handled and ${fmt(worstEvent.duration, 0)} ms for the next paint`,
  };
  return [frames, loaf, input];
}

function report(r: {
  startedAt: Date;
  chromiumVersion: string;
  pairs: Pair[];
  frames: FrameRun;
  heap: HeapRun;
  node: NodeFigures;
  teacher: TeacherRun;
  lighthouse: LighthouseFigures;
}): string {
  const { pairs, frames, heap, node, teacher, lighthouse } = r;
  const longest = Math.max(0, ...teacher.longTasks);
  const titleRatio = median(pairs.map((p) => p.titleRatio));
  const choicesRatio = median(pairs.map((p) => p.choicesRatio));
  const gameKiB = median(pairs.map((p) => p.gameKiB));
  const bareKiB = median(pairs.map((p) => p.bareKiB));
  const extraKiB = median(pairs.map((p) => p.gameKiB - p.bareKiB));
  const choicesKiB = median(pairs.map((p) => p.choicesKiB));
  const growth = heap.afterAllMB - heap.afterOneMB;
  const bareMs = median(pairs.map((p) => p.bare.firstFrame));
  const titleMs = median(pairs.map((p) => p.game.titleReady));
  const choicesMs = median(pairs.map((p) => p.game.choicesReady));
  const clickLag = median(pairs.map((p) => p.game.click - p.game.titleReady));
  const inDomLag = median(pairs.map((p) => p.game.titleReady - p.game.titleInDom));
  const walkOk = node.walk.complete && node.walk.exitStatus === 0;

  const pressToChoices = median(pairs.map((p) => p.game.choicesReady - p.game.click));
  const perCodeMs = 1000 / node.codes.perSecond;
  const rows: Figure[] = [
    {
      figure: `"New game" ready ÷ bare Phaser first frame (median of ${pairs.length} pairs)`, aim: `≤ ${fmt(AIMS.titleRatio, 1)}×`,
      measured: `${fmt(titleRatio)}× (${titleMs.toFixed(0)} ms ÷ ${bareMs.toFixed(0)} ms, medians)`, met: titleRatio <= AIMS.titleRatio,
      why: `the title was ready ${titleMs.toFixed(0)} ms after navigation, ${inDomLag.toFixed(0)} ms of it waiting for the frame that paints it; ${kib(gameKiB)} of gzip had arrived before it`,
    },
    {
      figure: 'First choices ready ÷ bare Phaser first frame ("New game" pressed as it shows; median)', aim: `≤ ${fmt(AIMS.choicesRatio, 1)}×`,
      measured: `${fmt(choicesRatio)}× (${choicesMs.toFixed(0)} ms)`, met: choicesRatio <= AIMS.choicesRatio,
      why: `the press waited ${clickLag.toFixed(0)} ms for a busy page to take it, then the choices came ${pressToChoices.toFixed(0)} ms after it (medians)`,
    },
    {
      figure: 'Gzip fetched before the title is ready, beyond the bare scene (median)', aim: `≤ ${AIMS.extraKiB} KiB`,
      measured: `${kib(extraKiB)} (game ${kib(gameKiB)}, bare scene ${kib(bareKiB)} before its first frame)`, met: extraKiB <= AIMS.extraKiB,
      why: `the game fetched ${kib(gameKiB)} before its title against the bare scene's ${kib(bareKiB)}`,
    },
    ...lighthouseRows(r.lighthouse),
    ...responsiveness(frames),
    {
      figure: `JavaScript heap growth, after ${heap.games} games in one page against after one`, aim: `≤ ${AIMS.heapGrowthMB} MB`,
      measured: `${fmt(growth)} MB (${fmt(heap.afterOneMB, 1)} MB → ${fmt(heap.afterAllMB, 1)} MB)`, met: growth <= AIMS.heapGrowthMB,
      why: `the heap kept ${fmt(growth)} MB more after ${heap.games - 1} more games: something is held from game to game`,
    },
    {
      figure: 'Result codes verified per second (Node)', aim: `≥ ${AIMS.codesPerSecond.toLocaleString('en')}`,
      measured: `${Math.round(node.codes.perSecond).toLocaleString('en')} (${node.codes.count} codes of seeded random games in ${fmt(node.codes.seconds)} s)`,
      met: node.codes.perSecond >= AIMS.codesPerSecond && node.codes.allVerified,
      why: node.codes.allVerified
        ? `each code is checked by replaying its game in the ink runtime: ${fmt(perCodeMs, 1)} ms a code on this machine, against the ${fmt(1000 / AIMS.codesPerSecond, 1)} ms the aim allows`
        : 'not every code verified',
    },
    {
      figure: `Longest task on the teacher page while it verifies ${teacher.codes} codes`, aim: `≤ ${AIMS.teacherLongestTaskMs} ms`,
      measured: `${longest.toFixed(0)} ms (${teacher.longTasks.length} tasks over 50 ms; all ${teacher.studentsShown} students shown after ${fmt(teacher.seconds, 1)} s)`,
      met: longest <= AIMS.teacherLongestTaskMs && teacher.studentsShown === teacher.codes,
      why: teacher.studentsShown === teacher.codes ? `one task ran ${longest.toFixed(0)} ms` : `only ${teacher.studentsShown} of ${teacher.codes} students were shown`,
    },
    {
      figure: "Story checker's full walk (Node)", aim: 'no aim', met: null, why: '',
      measured: `${fmt(node.walk.seconds, 1)} s (${node.walk.states.toLocaleString('en')} states, ${walkOk ? 'complete' : 'NOT complete or failed'})`,
    },
  ];

  const pairRows = pairs.map((p, i) =>
    `| ${i + 1} | ${p.order} | ${p.bare.firstFrame.toFixed(0)} | ${p.game.titleReady.toFixed(0)} | ${fmt(p.titleRatio)} | ` +
      `${(p.game.click - p.game.titleReady).toFixed(0)} | ${p.game.choicesReady.toFixed(0)} | ${fmt(p.choicesRatio)} | ` +
      `${kib(p.gameKiB)} | ${kib(p.bareKiB)} | ${kib(p.choicesKiB)} |`);
  const firstFiles = [...new Set(pairs[0]?.gameFilesBeforeTitle.map((u) => new URL(u).pathname) ?? [])];

  return `# Benchmarks

Written by \`npm run bench\` (bench/run.ts) on ${r.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, at commit ${gitCommit()}.
Do not edit by hand: run the bench again.

Machine: ${machine(r.chromiumVersion)}. The CPU was slowed ${CPU_SLOWDOWN} times
(DevTools \`Emulation.setCPUThrottlingRate\`) for every page. The machine is shared and noisy, so the
timings are compared as ratios within one run, never as absolute times.

| Figure | Aim | Measured | Met |
| --- | --- | --- | --- |
${rows.map((f) => `| ${f.figure} | ${f.aim} | ${f.measured} | ${metCell(f)} |`).join('\n')}

## How each figure is taken

- **Pages.** The game is the production build (\`vite build\`, with Phaser's core entry only:
  build/phaserCore.ts); the bare scene is \`bench/bare\`: the same \`phaser\` package, whole (its
  ESM build, as before the game left out what it does not use), and game settings (AUTO renderer,
  resize scaling, no audio) with one scene that draws one rectangle, built with Vite's defaults. Both are served from localhost by
  \`scripts/serve.mjs\` (no compression, no caching) and opened in a fresh browser context each
  time (cold: no cache, no saved game, no service worker yet), viewport ${VIEWPORT.width}×${VIEWPORT.height}.
  The pages alternate, ${pairs.length} pairs, game first in odd pairs and bare first in even ones,
  after one uncounted load of each.
- **Times** are \`performance.now()\` in the page, i.e. ms since navigation began. The bare
  scene's first frame is its first \`postrender\` after its scene's \`create\`. \`bench/probe.js\`,
  injected into both pages before their own scripts, records the title as ready at the start of
  the frame that first paints a "New game" button that is visible, enabled and what a click at its
  centre would hit (median ${inDomLag.toFixed(0)} ms after the button was first in that state), and
  the choices as ready at the first moment the group named "Choices" holds visible, enabled
  buttons. The bench then presses "New game" at once with the mouse (a real input event, sent
  where the button is at that moment; pressed again if the title's web fonts arrived and moved
  it): a median of ${clickLag.toFixed(0)} ms passed between ready and the press reaching the page
  (it waits while the page is busy), included in the choices time.
- **Bytes** are the responses the page had finished receiving (Resource Timing \`responseEnd\`)
  before the title was ready, or before the bare scene's first frame, each file gzipped here with
  zlib's default level, as a compressing server would send it. Fonts and everything the game
  fetches in the background after the title are not counted, unless they had arrived by then.
  Before the title the game fetched: ${firstFiles.map((f) => `\`${f}\``).join(', ')} (pair 1).
  By the time the first choices were ready it had fetched ${kib(choicesKiB)} of gzip (median).
- **Frames**: from the first choices, the bench plays on (the first option; Continue between) with a
  click every ${PACE_MS} ms until a new chapter has opened and been read (three more steps), ${frames.steps} steps in all,
  while the page records every \`requestAnimationFrame\` delta.${frames.chapterOpened ? '' : ' **No chapter opened: the figure does not cover a transition.**'}
  Transitions were on (no reduced motion). 60 Hz is 16.7 ms a frame. Chromium runs with
  \`--disable-gpu\`, so WebGL is drawn in software and read back for every frame Phaser draws
  (when the backdrop changes), and each click lays the play screen out anew, on the slowed CPU:
  frame times are reported, not aimed at.
- **Long animation frames and input**, in the same run: a \`PerformanceObserver\` in the page
  (\`bench/probe.js\`) keeps every \`long-animation-frame\` entry (frames over 50 ms; the figure is
  the scripts' durations added up in the worst frame) and every \`event\` entry of an interaction
  (\`interactionId\` > 0: pointerdown, pointerup, click, keys; not pointer moves, as INP counts them)
  of 16 ms or more (\`durationThreshold: 16\`; an input not listed took less). "Input to next paint" is the entry's
  \`duration\`; the input delay is \`processingStart − startTime\`. The clicks are real input events
  (Playwright through DevTools), ${frames.clicks} of them.
- **Lighthouse** ${lighthouse.version} (the \`lighthouse\` package on Node ${process.version}), its default mobile preset: ${lighthouse.throttling},
  categories performance, accessibility, best practices and SEO. The production build is served by
  \`scripts/serve.mjs\`'s handler with compression, gzip only, on 127.0.0.1; each of the ${lighthouse.runs.length} runs
  starts a fresh Chromium (${lighthouse.chrome}, \`CHROME_PATH\` or /usr/bin/chromium, headless, --disable-gpu) through chrome-launcher.
  The table below has every run.
- **Heap**: one page plays ${heap.games} whole games in a row (inside the page: New game, a seeded
  random option at each decision, Continue, the debrief, Play again; reduced motion; ${heap.decisions} decisions
  in ${heap.seconds.toFixed(0)} s), with the CPU still slowed. After the first game and after the last, back at
  the title, the bench forces garbage collection twice (\`HeapProfiler.collectGarbage\`) and reads
  \`Runtime.getHeapUsage\`. 1 MB = 10^6 bytes.
- **Codes** (Node, not slowed): ${node.codes.count} result codes made from seeded random games of the real story
  (as tests/engine/codes.test.ts makes them), then verified by a new \`ResultVerifier\`, its parsing
  of the story included; ${node.codes.allVerified ? 'every one verified' : '**not every code verified**'}.
- **Story checker**: \`npm run story:check -- --json\` in a child process, wall time (the checker's own
  figure: ${fmt(node.walk.ownSeconds, 1)} s); exit status ${node.walk.exitStatus}.

## Every Lighthouse run (mobile preset, gzip)

| Run | ${CATEGORIES.join(' | ')} | ${lighthouse.runs[0]?.metrics.map((m) => m.name).join(' | ') ?? ''} |
| --- | ${CATEGORIES.map(() => '---').join(' | ')} | ${lighthouse.runs[0]?.metrics.map(() => '---').join(' | ') ?? ''} |
${lighthouse.runs.map((run, i) => `| ${i + 1} | ${CATEGORIES.map((c) => score(run.scores[c])).join(' | ')} | ${run.metrics.map((m) => m.shown).join(' | ')} |`).join('\n')}

## Every pair (ms since navigation; KiB of gzip)

| Pair | Order | Bare first frame | Title ready | Ratio | Press lag | Choices ready | Ratio | Game before title | Bare before frame | Game before choices |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${pairRows.join('\n')}
`;
}

await main();
