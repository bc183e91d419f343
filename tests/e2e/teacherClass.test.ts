// A class of 30 on one class code with a time limit, as issue 10 asks: six students play in
// their own browsers (one plays twice, one lets the time run out, one races through, one
// reloads on the debrief, one has extra time), 24 more are played through the engine, and the
// teacher pastes every code inside a chat log. Reading time and the time limit are the page's
// clock moved on by the test (Playwright's clock), never waited out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { playChapters, spanRecord } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import story from '../../story/main.ink';
import { code } from '../support/classCodes';
import { STORY_FINGERPRINT } from '../support/codes';
import { playOut } from '../support/playOut';
import { baseUrl, debriefHeading, hasBrowser, launch, openGame, playToDebrief, screenshot } from './browser';

const LIMIT_S = 30;
/** Chapter 1 only: a short game, so that six browsers play it in a test's time. */
const CLASS = makeClassCode({ secondsPerDecision: LIMIT_S, holdFeedback: true, fromChapter: 1, toChapter: 1, fingerprint: STORY_FINGERPRINT });
/** A student who reads: this long on each decision, by the page's clock. */
const READING_MS = 20_000;

interface Student {
  name: string;
  extraTime?: '+25%' | '+50%';
  /** Let the time run out at the first decision. */
  timeOut?: boolean;
  /** Choose at once, without reading. */
  race?: boolean;
}

async function join(page: Page, s: Student): Promise<void> {
  await page.getByRole('button', { name: 'Competition' }).click();
  await page.getByLabel('Class code').fill(CLASS);
  await page.getByLabel('Name').fill(s.name);
  if (s.extraTime) await page.getByLabel(s.extraTime).check();
  await page.getByRole('button', { name: 'Start' }).click();
}

/** One game in this page, to its result code. */
async function playGame(page: Page, s: Student): Promise<string> {
  await join(page, s);
  if (s.timeOut) {
    await page.getByRole('button', { name: 'Show the choices' }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.fastForward((LIMIT_S + 1) * 1000);
    await page.getByText(/Time ran out\. This decision is recorded/).waitFor();
  }
  // A reader's time: the page's Date moves on before each choice (timers and frames run as usual).
  let now = Date.now();
  const read = async () => {
    now += READING_MS;
    await page.clock.setSystemTime(now);
  };
  await playToDebrief(page, () => 0, s.race ? undefined : read);
  return (await page.getByLabel('Result code').textContent()) ?? '';
}

/** A game of the class's chapter played in the engine, as history went or choosing option `k`. */
function engineGame(k: number): GameStory {
  const game = new GameStory(story);
  const limited = spanRecord({ from: 1, to: 1 }, playChapters(new GameStory(story)), game.meta);
  if (!limited) throw new Error('Chapter 1 is not a span.');
  game.beginSpan(limited);
  return playOut(game, (t) => Math.min(k, t.choices.length - 1));
}

describe.skipIf(!hasBrowser)('a class of 30 on their own devices', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the teacher page shows 30 students, marks the repeat and the too-fast game, keeps time-outs and extra time to the details, and keeps it all after a reload', async () => {
    // Only the student whose time runs out has the page's timers in the test's hands (as in
    // fairness.test.ts); the others' pages run as usual.
    const open = (timers = false) =>
      openGame(browser, { width: 1366, height: 768 }, 'reduce', { prepare: async (context) => (timers ? context.clock.install() : undefined) });
    const handedIn: string[] = [];
    const errors: string[] = [];

    for (const s of [{ name: 'Anna' }, { name: 'Sam', extraTime: '+25%' }, { name: 'Tam', timeOut: true }, { name: 'Fred', race: true }] as Student[]) {
      const game = await open(s.timeOut);
      handedIn.push(`${s.name}: ${await playGame(game.page, s)}`);
      errors.push(...game.errors);
      await game.page.context().close();
    }

    // Boris plays, reads the debrief, and plays again on the same device.
    const boris = await open();
    handedIn.push(`Boris: ${await playGame(boris.page, { name: 'Boris' })}`);
    await boris.page.getByRole('button', { name: 'Play again' }).click();
    await boris.page.getByRole('button', { name: 'New game' }).waitFor();
    handedIn.push(`Boris (again): ${await playGame(boris.page, { name: 'Boris' })}`);
    errors.push(...boris.errors);
    await boris.page.context().close();

    // Rita reloads on the debrief and still has her code.
    const rita = await open();
    const before = await playGame(rita.page, { name: 'Rita' });
    await rita.page.reload();
    await debriefHeading(rita.page).waitFor();
    const after = (await rita.page.getByLabel('Result code').textContent()) ?? '';
    expect(after).toBe(before);
    handedIn.push(`Rita: ${after}`);
    errors.push(...rita.errors);
    await rita.page.context().close();

    // The other 24, played through the engine.
    for (let i = 1; i <= 24; i++) handedIn.push(`[09:${String(10 + i).padStart(2, '0')}] Student ${i}: ${code(engineGame(i % 3), `Student ${i}`, 600 + i, CLASS)}`);

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'UTC' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('teacher.html', baseUrl).href);
    await page.getByLabel('Class code for these results').fill(CLASS);
    await page.getByLabel('Class code for these results').dispatchEvent('change');
    await page.getByLabel('Result codes', { exact: true }).fill(`Codes from the class chat:\n${handedIn.join('\n')}\nThanks everyone!`);
    await page.getByRole('button', { name: 'Add codes' }).click();

    const check = async () => {
      await page.getByText('30 students on the leaderboard').waitFor();
      const board = page.getByRole('region', { name: 'Leaderboard' });
      await expect(board.getByRole('rowheader').count()).resolves.toBe(30);
      await expect(board.getByRole('row', { name: /^\d+ Boris/ }).textContent()).resolves.toMatch(/Repeat: 1 more game/);
      await expect(board.getByRole('row', { name: /^\d+ Fred/ }).textContent()).resolves.toMatch(/Too fast/);
      await expect(board.getByRole('row', { name: /^\d+ Anna/ }).textContent()).resolves.not.toMatch(/Too fast|Repeat/);
      await expect(board.textContent()).resolves.not.toMatch(/Extra time|Time ran out|%/);
      const details = page.getByRole('region', { name: 'Details for you, not for projecting' });
      await details.locator('details').evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      await expect(details.getByRole('row', { name: /^Tam/ }).textContent()).resolves.toMatch(/Time ran out at decision 1/);
      await expect(details.getByRole('row', { name: /^Sam/ }).textContent()).resolves.toMatch(/\+25%/);
      await expect(details.getByRole('row', { name: /^Boris Repeat 1/ }).getByRole('cell').nth(4).textContent()).resolves.toBe('2');
    };
    await check();
    await page.getByRole('heading', { name: 'The class at a glance' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'teacher-class-of-30');
    await page.reload();
    await check();
    await expect(page.getByRole('list', { name: 'Rejected codes' }).getByRole('listitem').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
