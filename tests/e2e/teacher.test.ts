// The teacher tools page in headless Chromium: make a class code, add result codes made here
// in Node with the same story (inside a chat log, one damaged, one with a hostile name), and
// read the results; then what the page keeps across a reload and between two tabs, and what
// it keeps off the projected leaderboard.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classCsv } from '../../src/engine/class/csv';
import { MIN_SECONDS_PER_DECISION, rankClass } from '../../src/engine/class/ranking';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { STORY_FINGERPRINT } from '../support/codes';
import story from '../../story/main.ink';
import { code, play, playTimingOut, verified, withExtraTimeField } from '../support/classCodes';
import { playChapters, spanRecord } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import { playOut } from '../support/playOut';
import { SHOTS, baseUrl, hasBrowser, launch, screenshot, watchErrors } from './browser';
import { audit, described } from './inspect';

const HOSTILE = '<img src=x onerror=a()>';
/** As long as a name may be (24 characters). */
const LONG_HOSTILE = '<b onmouseover=alert(1)>';
const TEACHER = () => new URL('teacher.html', baseUrl).href;

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** The page in `context`; dialogs ("Remove all?") are answered with `answer()`. */
async function openTeacher(context: BrowserContext, answer: () => boolean = () => false): Promise<Opened> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void (answer() ? d.accept() : d.dismiss());
  });
  await page.goto(TEACHER());
  await page.getByRole('heading', { name: 'Create a class code' }).waitFor();
  return { page, errors, dialogs };
}

// bypassCSP: the accessibility audit injects axe-core as an inline script, which the page's
// Content-Security-Policy rightly refuses; tests/e2e/privacy.test.ts checks the policy.
const newContext = (browser: Browser, viewport = { width: 1366, height: 768 }) =>
  browser.newContext({ viewport, acceptDownloads: true, bypassCSP: true, timezoneId: 'UTC' });

async function createClass(page: Page): Promise<string> {
  await page.getByLabel('Time limit per decision').selectOption({ label: '60 seconds' });
  await page.getByRole('button', { name: 'Create class code' }).click();
  return (await page.getByLabel('Class code', { exact: true }).textContent()) ?? '';
}

const leaderboardRows = (page: Page) => page.getByRole('table', { name: 'Leaderboard' }).getByRole('row');

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Result codes', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add codes' }).click();
}

/** Wait until the leaderboard has `n` students (and the checking is over). */
async function waitForStudents(page: Page, n: number): Promise<void> {
  await leaderboardRows(page).nth(n).waitFor();
  await page.getByText(new RegExp(`${n} students? on the leaderboard`)).waitFor();
}

/** A game of chapters `from` to `to` played in the engine, choosing option `k` wherever there is one. */
function spanGame(from: number, to: number, k: number): GameStory {
  const game = new GameStory(story);
  const limited = spanRecord({ from, to }, playChapters(new GameStory(story)), game.meta);
  if (!limited) throw new Error(`Chapters ${from}-${to} are not a span.`);
  game.beginSpan(limited);
  return playOut(game, (t) => Math.min(k, t.choices.length - 1));
}

describe.skipIf(!hasBrowser)('the teacher tools page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes a class code, picks codes out of a chat log and a file, and shows names only as text', async () => {
    const context = await newContext(browser);
    const { page, errors, dialogs } = await openTeacher(context);
    const classCode = await createClass(page);
    expect(classCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expect(page.getByRole('region', { name: 'Instructions for students' }).textContent()).resolves.toContain(classCode);
    await expect(page.getByLabel('Class code for these results').inputValue()).resolves.toBe(classCode);

    const historical = play('history');
    let seed = 5;
    const random = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    const codes = [
      code(historical, 'Anna', 700, classCode),
      code(play(1), HOSTILE, 650, classCode),
      code(play(random(3)), 'Мария', 800, classCode),
      code(play(2), LONG_HOSTILE, 820, classCode),
    ];
    const damaged = `${codes[0].slice(0, 12)}${codes[0][12] === 'Q' ? 'R' : 'Q'}${codes[0].slice(13)}`;
    const fromFile = code(historical, 'Boris', 500, classCode);
    const chat = [
      `[09:41] Anna: ${codes[0]}`,
      `[09:42] Sam: mine is ${codes[1].replace(/(.{5})(?=.)/g, '$1 ')} thanks`,
      `"${codes[2]}","${codes[3]}"`,
      '',
      `[09:44] Kim: ${damaged} (I typed it out)`,
      `[09:45] Anna: again ${codes[0]}`,
    ].join('\n');
    await paste(page, chat);
    await page.getByLabel('Load a file of codes').setInputFiles({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(`Name,Code\nBoris,${fromFile}\n`) });
    await waitForStudents(page, 5);

    const expected = rankClass([...codes, fromFile].map((c) => ({ code: c, from: '', check: verifyResultCode(c, story, classCode) }))).entries;
    const rows = leaderboardRows(page);
    await expect(rows.count()).resolves.toBe(expected.length + 1);
    for (const [i, e] of expected.entries()) {
      const cells = await rows.nth(i + 1).getByRole('cell').allTextContents();
      const name = await rows.nth(i + 1).getByRole('rowheader').textContent();
      expect([cells[0], name, cells[1]]).toEqual([String(e.rank), e.game.result.name, String(e.game.result.score.final)]);
    }

    // The hostile names are text: no element was made from them, and no script ran.
    const table = page.getByRole('table', { name: 'Leaderboard' });
    await expect(table.getByRole('rowheader', { name: HOSTILE, exact: true }).count()).resolves.toBe(1);
    await expect(table.getByRole('rowheader', { name: LONG_HOSTILE, exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('main img, main b').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);

    const rejected = page.getByRole('list', { name: 'Rejected codes' }).getByRole('listitem');
    await expect(rejected.count()).resolves.toBe(1);
    await expect(rejected.first().textContent()).resolves.toMatch(/pasted text line 5.*damaged or mistyped/);
    await expect(page.getByText(/added more than once and counted once/).count()).resolves.toBe(1);

    const glance = page.getByRole('region', { name: 'The class at a glance' });
    await expect(glance.getByRole('definition').first().textContent()).resolves.toBe('5');
    await expect(glance.getByRole('listitem').count()).resolves.toBe(3);

    const stats = page.getByRole('region', { name: 'What the class chose' });
    await expect(stats.getByText(/^\d+% chose “/).count()).resolves.toBeGreaterThan(0);
    await expect(stats.textContent()).resolves.toContain('what really happened');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(`\uFEFF${classCsv(expected)}`);

    // Accessibility: axe-core's rules on the page with results on it, the detail view open.
    await page.getByText('Details for you, not for projecting').click();
    const violations = described(await audit(page, { rules: 'all' }));
    expect(violations).toEqual([]);

    await screenshot(page, 'teacher-1366x768');
    await page.screenshot({ path: path.join(SHOTS, 'teacher-full.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 640 });
    await screenshot(page, 'teacher-360x640');
    await page.getByRole('heading', { name: 'Leaderboard' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'teacher-360x640-leaderboard');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(SHOTS, 'teacher-print.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the codes, the class and the window across a reload; flags a repeat and a too-fast game; keeps access arrangements off the leaderboard', async () => {
    const context = await newContext(browser);
    let accept = false;
    const { page, errors, dialogs } = await openTeacher(context, () => accept);
    const classCode = await createClass(page);
    const decisions = verified(code(play(1), 'x', 1000, classCode)).offered.length;
    const fast = MIN_SECONDS_PER_DECISION * decisions - 1;
    const at = (h: number, m: number) => ({ startedAt: Date.UTC(2026, 8, 7, h, m) });
    await paste(page, [
      code(play('history'), 'Zoë Smith', 900, classCode, at(9, 0)),
      code(play(1), 'Ivan', fast, classCode, at(9, 1)),
      // The same student again, on the same device: a repeat.
      code(play(2), 'zoe smith', 800, classCode, { ...at(9, 40), attempt: 2 }),
      // Access arrangements: extra time, and the time ran out at the second decision.
      `Tam: ${code(playTimingOut([1]), 'Tam', 1500, classCode, { ...at(9, 2), extraTime: 50 })}`,
      code(play('history'), 'Late', 900, classCode, at(12, 0)),
    ].join('\n'));
    await waitForStudents(page, 4);
    // A window, set on this page: the game started at 12:00 is refused, with the reason.
    await page.getByLabel('Valid until').fill('2026-09-07T11:00');
    await page.getByLabel('Valid until').dispatchEvent('change');
    await waitForStudents(page, 3);

    const check = async () => {
      const board = page.getByRole('region', { name: 'Leaderboard' });
      await expect(board.getByRole('row', { name: /Zoë Smith/ }).textContent()).resolves.toMatch(/Repeat: 1 more game/);
      await expect(board.getByRole('row', { name: /Ivan/ }).textContent()).resolves.toMatch(/Too fast/);
      // Access arrangements and times are the teacher's alone.
      await expect(board.textContent()).resolves.not.toMatch(/Extra time|Time ran out|%|\d+ min|\d+ s\b/);
      const details = page.getByRole('region', { name: 'Details for you, not for projecting' });
      await details.locator('details').evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      await expect(details.getByRole('columnheader').allTextContents()).resolves.toEqual(expect.arrayContaining(['Extra time', 'Time ran out']));
      await expect(details.textContent()).resolves.toMatch(/under the 5 s anyone needs to read one/);
      await expect(details.textContent()).resolves.toMatch(/Repeat 1/);
      const tam = details.getByRole('row', { name: /^Tam/ });
      await expect(tam.textContent()).resolves.toMatch(/\+50%.*Time ran out at decision 2/);
      const refused = page.getByRole('list', { name: 'Rejected codes' }).getByRole('listitem');
      await expect(refused.textContent()).resolves.toMatch(/started at 7 Sept? 2026, 12:00, after "Valid until" \(7 Sept? 2026, 11:00\)/);
    };
    await check();

    await page.reload();
    await waitForStudents(page, 3);
    await expect(page.getByLabel('Class code for these results').inputValue()).resolves.toBe(classCode);
    await expect(page.getByLabel('Valid until').inputValue()).resolves.toBe('2026-09-07T11:00');
    await check();

    // A closed tab and a new one: still there.
    await page.close();
    const again = await openTeacher(context, () => accept);
    await waitForStudents(again.page, 3);
    await expect(again.page.getByRole('table', { name: 'Leaderboard' }).getByRole('rowheader').allTextContents()).resolves.toEqual(expect.arrayContaining(['Zoë Smith', 'Ivan', 'Tam']));

    // "Remove all" asks first: refused, nothing goes; accepted, everything goes, and stays gone after a reload.
    await again.page.getByRole('button', { name: 'Remove all codes' }).click();
    await expect(again.page.getByRole('table', { name: 'Leaderboard' }).isVisible()).resolves.toBe(true);
    accept = true;
    await again.page.getByRole('button', { name: 'Remove all codes' }).click();
    await again.page.getByText('All codes removed.').waitFor();
    await again.page.reload();
    await again.page.getByRole('heading', { name: 'Leaderboard' }).waitFor();
    await expect(again.page.getByRole('table', { name: 'Leaderboard' }).isVisible()).resolves.toBe(false);
    expect([...dialogs, ...again.dialogs]).toHaveLength(2);
    expect([...errors, ...again.errors]).toEqual([]);
    await context.close();
  });

  it('merges two open tabs, sets a damaged store aside, and carries a collection to another computer in a file', async () => {
    const context = await newContext(browser);
    const a = await openTeacher(context);
    const classCode = await createClass(a.page);
    const b = await openTeacher(context);
    await expect(b.page.getByLabel('Class code for these results').inputValue()).resolves.toBe(classCode);
    await paste(a.page, code(play('history'), 'From A', 900, classCode));
    await paste(b.page, code(play(1), 'From B', 900, classCode));
    // Each tab sees the other's code; neither wrote over the other.
    await waitForStudents(a.page, 2);
    await waitForStudents(b.page, 2);
    await a.page.reload();
    await waitForStudents(a.page, 2);

    const [saved] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Save collection to a file' }).click()]);
    const file = (await saved.path()) ?? '';

    // Damage the stored collection: the page says so, keeps the damaged text, and starts empty.
    const key = `thaw.teacher.class.${classCode}`;
    await b.page.close();
    await a.page.evaluate((k) => localStorage.setItem(k, '{"thaw":"thaw-teacher-collection","version":1,"codes":[{"code":'), key);
    await a.page.reload();
    await a.page.getByText(/could not be read, so the page starts without them\. Nothing was deleted/).waitFor();
    const aside = await a.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('thaw.teacher.damaged.')));
    expect(aside).toHaveLength(1);
    await expect(a.page.evaluate((k) => localStorage.getItem(k), aside[0])).resolves.toMatch(/^\{"thaw":"thaw-teacher-collection"/);

    // Another computer (a fresh context) loads the saved file and has both students.
    const other = await newContext(browser);
    const c = await openTeacher(other);
    await c.page.getByLabel('Load a file of codes').setInputFiles(file);
    await waitForStudents(c.page, 2);
    await expect(c.page.getByLabel('Class code for these results').inputValue()).resolves.toBe(classCode);
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
    await context.close();
    await other.close();
  });

  it('checks the codes on the page itself when its worker cannot start', async () => {
    const context = await newContext(browser);
    // As where a worker is refused: the request for its file fails.
    let refused = 0;
    await context.route(/verifyWorker/, (route) => {
      refused += 1;
      return route.abort();
    });
    const { page, errors } = await openTeacher(context);
    const classCode = await createClass(page);
    await paste(page, [code(play('history'), 'Ada', 900, classCode), code(play(1), 'Ben', 900, classCode)].join('\n'));
    await waitForStudents(page, 2);
    expect(refused).toBeGreaterThan(0);
    // The failed worker file is the one error expected.
    expect(errors.filter((e) => !/verifyWorker|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('rejects codes from another class, and can be used by keyboard alone', async () => {
    const context = await newContext(browser);
    const { page, errors } = await openTeacher(context);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent)) === 'Create class code';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const classCode = (await page.getByLabel('Class code', { exact: true }).textContent()) ?? '';
    expect(classCode).not.toBe('');

    const other = makeClassCode({ secondsPerDecision: null, holdFeedback: false, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.5);
    const stranger = code(play('history'), 'Stranger', 1000, other);
    await page.getByLabel('Result codes', { exact: true }).focus();
    await page.keyboard.insertText(stranger);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const rejected = page.getByRole('list', { name: 'Rejected codes' }).getByRole('listitem');
    await expect(rejected.first().textContent()).resolves.toMatch(/from another class/);
    await expect(page.getByRole('table', { name: 'Leaderboard' }).isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with no class chosen, shows each class on its own under its rules, names decisions by their headings, and shows no extra time where there was no time limit', async () => {
    // As in the playtest: chapters 1-2 with no time limit, and chapters 1-3 with 30 s a decision.
    const untimed = makeClassCode({ secondsPerDecision: null, holdFeedback: false, fromChapter: 1, toChapter: 2, fingerprint: STORY_FINGERPRINT }, () => 0.1);
    const timed = makeClassCode({ secondsPerDecision: 30, holdFeedback: true, fromChapter: 1, toChapter: 3, fingerprint: STORY_FINGERPRINT }, () => 0.9);
    // Ben's game was written before an untimed class stopped recording extra time: +25% in the code.
    const ben = withExtraTimeField(code(spanGame(1, 2, 1), 'Ben', 900, untimed), 1);
    const ana = code(spanGame(1, 3, 0), 'Ana', 900, timed);
    const cy = code(spanGame(1, 3, 1), 'Cy', 900, timed);
    const [untimedCode, timedCode] = [verified(ben).classCode, verified(ana).classCode];
    const firstHeading = verified(ana).record.decisions[0].heading ?? '';
    expect(firstHeading).not.toBe('');

    for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 640 }]) {
      const context = await newContext(browser, viewport);
      const { page, errors } = await openTeacher(context);
      await expect(page.getByLabel('Class code for these results').inputValue()).resolves.toBe('');
      await paste(page, [ben, ana, cy].join('\n'));
      await page.getByText('3 codes from 2 classes: 3 students on 2 leaderboards, one for each class, 0 refused.').waitFor();

      // No leaderboard ranks the two classes together: one each, headed by the class and its rules.
      const board = page.getByRole('region', { name: 'Leaderboard' });
      await expect(board.getByRole('table').count()).resolves.toBe(2);
      const names = (classCode: string) => board.getByRole('table', { name: `Class ${classCode}` }).getByRole('rowheader').allTextContents();
      await expect(names(untimedCode)).resolves.toEqual(['Ben']);
      await expect(names(timedCode)).resolves.toEqual(['Ana', 'Cy']);
      const rules = (classCode: string) => board.getByRole('region', { name: `Class ${classCode}` }).textContent();
      await expect(rules(untimedCode)).resolves.toMatch(/No time limit\..*From chapter 1, .* to chapter 2, /);
      await expect(rules(timedCode)).resolves.toMatch(/30 seconds for each decision\..*From chapter 1, .* to chapter 3, /);
      // Each student is first in their own class.
      await expect(board.getByRole('table', { name: `Class ${untimedCode}` }).getByRole('row').nth(1).getByRole('cell').first().textContent()).resolves.toBe('1');

      // Decisions by their headings, never by the question many of them share.
      for (const name of ['The class at a glance', 'What the class chose']) {
        const region = page.getByRole('region', { name, exact: true });
        await expect(region.textContent()).resolves.toContain(firstHeading);
        await expect(region.textContent()).resolves.not.toMatch(/What do you do\?/);
      }
      const stats = page.getByRole('region', { name: 'What the class chose', exact: true });
      await expect(stats.getByRole('heading', { name: `Class ${untimedCode}` }).count()).resolves.toBe(1);

      // No extra time for a game with no clock, even from a code that carries some.
      const details = page.getByRole('region', { name: 'Details for you, not for projecting' });
      await details.locator('details').evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      const benRow = details.getByRole('table', { name: `Class ${untimedCode}` }).getByRole('row', { name: /^Ben/ });
      await expect(benRow.textContent()).resolves.toContain('No time limit');
      await expect(details.textContent()).resolves.not.toContain('+25%');
      // Open, the wide detail tables scroll inside their card: the page never scrolls sideways.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(viewport.width);

      const size = `${viewport.width}x${viewport.height}`;
      await page.getByRole('heading', { name: 'Leaderboard' }).scrollIntoViewIfNeeded();
      await screenshot(page, `teacher-two-classes-${size}`);
      await page.getByRole('heading', { name: 'Details for you, not for projecting' }).scrollIntoViewIfNeeded();
      await screenshot(page, `teacher-two-classes-details-${size}`);
      await stats.scrollIntoViewIfNeeded();
      await screenshot(page, `teacher-two-classes-stats-${size}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
