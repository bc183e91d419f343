// The teacher tools page in headless Chromium: make a class code, add result codes made here
// in Node with the same story (one damaged, one with a hostile name), and read the results.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { makeResultCode } from '../../src/engine/codes/resultCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { historicalIndex } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import { leaderboardCsv } from '../../src/teacher/csv';
import { rankResults } from '../../src/teacher/results';
import story from '../../story/main.ink';
import { playOut } from '../support/playOut';
import { SHOTS, baseUrl, hasBrowser, launch, screenshot, watchErrors } from './browser';
import { PLAYED, STORY_FINGERPRINT } from '../support/codes';

const HOSTILE = '<img src=x onerror=a()>';
/** As long as a name in a result code may be (24 characters): longer ones are refused, never cut. */
const LONGEST_HOSTILE = '<img src=x onerror=alert';

const play = (choose: (n: number, historical: number) => number): GameStory =>
  playOut(new GameStory(story), (t) => choose(t.choices.length, historicalIndex(t)));

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
}

async function openTeacher(browser: Browser): Promise<Opened> {
  // bypassCSP: the accessibility audit below injects axe-core as an inline script, which the
  // page's Content-Security-Policy rightly refuses; tests/e2e/privacy.test.ts checks the policy.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(new URL('teacher.html', baseUrl).href);
  await page.getByRole('heading', { name: 'Create a class code' }).waitFor();
  return { page, errors, dialogs };
}

describe.skipIf(!hasBrowser)('the teacher tools page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes a class code, checks pasted and loaded result codes, and shows names only as text', async () => {
    const { page, errors, dialogs } = await openTeacher(browser);

    await page.getByLabel('Time limit per decision').selectOption({ label: '60 seconds' });
    await page.getByRole('button', { name: 'Create class code' }).click();
    const classCode = (await page.getByLabel('Class code', { exact: true }).textContent()) ?? '';
    expect(classCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expect(page.getByRole('region', { name: 'Instructions for students' }).textContent()).resolves.toContain(classCode);

    const make = (game: GameStory, name: string, seconds: number) =>
      makeResultCode({ storyHash: game.hash, classCode, name, path: game.log.path, seconds, ...PLAYED });
    const historical = play((_, h) => h);
    let seed = 5;
    const random = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    const codes = [
      make(historical, 'Anna', 700),
      make(play((n) => Math.min(1, n - 1)), HOSTILE, 650),
      make(play(random), 'Мария', 800),
      make(play(random), LONGEST_HOSTILE, 820),
    ];
    const damaged = `${codes[0].slice(0, 12)}${codes[0][12] === 'Q' ? 'R' : 'Q'}${codes[0].slice(13)}`;
    const fromFile = make(historical, 'Boris', 500);

    await page.getByLabel('Result codes', { exact: true }).fill([...codes, '', damaged, codes[0]].join('\n'));
    await page.getByRole('button', { name: 'Add codes' }).click();
    await page.getByLabel('Load a file of codes').setInputFiles({ name: 'codes.txt', mimeType: 'text/plain', buffer: Buffer.from(`${fromFile}\n`) });

    const results = [...codes, fromFile].map((c) => {
      const check = verifyResultCode(c, story, classCode);
      if (!check.ok) throw new Error(check.reason);
      return check.result;
    });
    const expected = rankResults(results);
    const table = page.getByRole('table', { name: 'Leaderboard' });
    await table.getByRole('row').nth(expected.length).waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(rows).toHaveLength(expected.length + 1);
    for (const [i, s] of expected.entries()) {
      const cells = await table.getByRole('row').nth(i + 1).getByRole('cell').allTextContents();
      const name = await table.getByRole('row').nth(i + 1).getByRole('rowheader').textContent();
      expect([cells[0], name, cells[1]]).toEqual([String(s.rank), s.result.name, String(s.result.score.final)]);
    }

    // The hostile names are text: no element was made from them, and no script ran.
    await expect(table.getByRole('rowheader', { name: HOSTILE, exact: true }).count()).resolves.toBe(1);
    await expect(table.getByRole('rowheader', { name: LONGEST_HOSTILE, exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);

    const rejected = page.getByRole('list', { name: 'Rejected codes' }).getByRole('listitem');
    await expect(rejected.count()).resolves.toBe(1);
    await expect(rejected.first().textContent()).resolves.toMatch(/damaged or mistyped/);
    await expect(page.getByText(/added more than once and counted once/).count()).resolves.toBe(1);

    const stats = page.getByRole('region', { name: 'What the class chose' });
    await expect(stats.getByText(/^\d+% chose “/).count()).resolves.toBeGreaterThan(0);
    await expect(stats.textContent()).resolves.toContain('what really happened');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toBe(`\uFEFF${leaderboardCsv(expected)}`);

    // Accessibility: axe-core's rules on the page with results on it.
    await page.addScriptTag({ path: path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);

    await screenshot(page, 'teacher-1280x900');
    await page.screenshot({ path: path.join(SHOTS, 'teacher-full.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(SHOTS, 'teacher-print.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('rejects codes from another class, and can be used by keyboard alone', async () => {
    const { page, errors } = await openTeacher(browser);
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

    const game = play((_, h) => h);
    const other = makeClassCode({ secondsPerDecision: null, holdFeedback: false, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.5);
    const stranger = makeResultCode({ storyHash: game.hash, classCode: other, name: 'Stranger', path: game.log.path, seconds: 1, ...PLAYED });
    await page.getByLabel('Result codes', { exact: true }).focus();
    await page.keyboard.insertText(stranger);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const rejected = page.getByRole('list', { name: 'Rejected codes' }).getByRole('listitem');
    await expect(rejected.first().textContent()).resolves.toMatch(/from another class/);
    await expect(page.getByRole('table', { name: 'Leaderboard' }).isVisible()).resolves.toBe(false);

    // Where the browser cannot read QR codes, the page says so in words.
    const canScan = await page.evaluate(() => 'BarcodeDetector' in window);
    if (!canScan) await expect(page.getByText(/cannot read QR codes/).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
