// Playing some chapters only (a class code's span), and the debrief a student hands in:
// printed on A4, it keeps the score, the result code and the decisions, and drops the buttons.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { chapterReadings, spanMinutes } from '../../src/engine/reading';
import { playChapters } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import { SHOTS, choiceButtons, clickIfThere, continueButton, debriefHeading, hasBrowser, launch, openGame, playToDebrief, screenshot } from './browser';
import { revealHeading } from './inspect';
import { STORY_FINGERPRINT } from '../support/codes';

const chapters = playChapters(new GameStory(story));

/**
 * Join a competition with `classCode`, check that the game opens on `first` chapter's title,
 * and play it to the debrief, always taking the last option.
 */
async function compete(page: Page, classCode: string, first: string): Promise<void> {
  await page.getByRole('button', { name: 'Competition' }).click();
  await page.getByLabel('Class code').fill(classCode);
  await page.getByLabel('Name').fill('Olga');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: first }).waitFor();
  await playToDebrief(page, (n) => n - 1);
}

describe.skipIf(!hasBrowser)('a class that plays some chapters', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts at the first chapter of the span, ends after the last, and its result code verifies', async () => {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: 6, toChapter: 7, fingerprint: STORY_FINGERPRINT });
    const { page, errors } = await openGame(browser);
    await compete(page, classCode, chapters[5].title);
    await debriefHeading(page).waitFor();
    await expect(page.getByText(`Chapters 6–7: ${chapters[5].title} to ${chapters[6].title}`).count()).resolves.toBe(1);
    const rows = page.getByRole('table', { name: 'Your decisions and what really happened' }).getByRole('row');
    const code = (await page.getByLabel('Result code').textContent()) ?? '';
    const verified = verifyResultCode(code, story, classCode);
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.result.score.final).toBe(Number(await page.getByLabel('Final score').textContent()));
    // Only the span's decisions are scored: one row each, under the header row.
    expect(await rows.count()).toBe(verified.result.record.decisions.length + 1);
    const played = new Set(verified.result.record.decisions.map((d) => d.chapter));
    for (const title of played) expect([chapters[5].title, chapters[6].title]).toContain(title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a lesson on chosen chapters: "Choose chapters", From and To, Start, and the debrief covers just those', async () => {
    const { page, errors } = await openGame(browser);
    await page.getByRole('button', { name: 'Choose chapters' }).click();
    await page.getByLabel('From chapter').selectOption('9');
    await page.getByLabel('To chapter').selectOption('8');
    // No span, no reading time.
    await expect(page.locator('.reading-time').textContent()).resolves.toBe('');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/must not come after/);
    await page.getByLabel('To chapter').selectOption('10');
    // The chosen span's reading time, as the engine reckons it from the story.
    const minutes = spanMinutes(chapterReadings(new GameStory(story)), { from: 9, to: 10 });
    await expect(page.locator('.reading-time').textContent()).resolves.toBe(`About ${minutes} minutes of reading, plus the debrief.`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: chapters[8].title }).waitFor();
    // A lesson shows what really happened after each decision.
    let sawReveal = false;
    for (let step = 0; step < 200 && !(await debriefHeading(page).isVisible()); step++) {
      if ((await revealHeading(page).count()) > 0) sawReveal = true;
      const options = choiceButtons(page);
      if ((await options.count()) > 0) await clickIfThere(options.first());
      else await clickIfThere(continueButton(page).first());
    }
    expect(sawReveal).toBe(true);
    await expect(page.getByText(`Chapters 9–10: ${chapters[8].title} to ${chapters[9].title}`).count()).resolves.toBe(1);
    const chaptersPlayed = await page.getByRole('table', { name: 'Your decisions and what really happened' }).getByRole('row').allTextContents();
    expect(chaptersPlayed.slice(1).every((row) => row.includes(chapters[8].title) || row.includes(chapters[9].title))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the debrief on A4 with the score, the result code and every decision, and without buttons', async () => {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: false, fromChapter: 11, toChapter: 12, fingerprint: STORY_FINGERPRINT });
    const { page, errors } = await openGame(browser);
    await compete(page, classCode, chapters[10].title);
    await debriefHeading(page).waitFor();

    const pdfFile = path.join(SHOTS, 'debrief-a4.pdf');
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
    const pdf = readFileSync(pdfFile, 'latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    // The printout is a revision sheet: full cards, key terms, the timeline, exam practice and the debate.
    expect(pages).toBeLessThanOrEqual(16);

    // The same layout, looked at: A4's printable width (210 mm less 2 × 14 mm margins) in CSS pixels.
    await page.setViewportSize({ width: 688, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Play again' }).isVisible()).resolves.toBe(false);
    await expect(page.getByLabel('Final score').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Result code').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: 'Your decisions and what really happened' }).isVisible()).resolves.toBe(true);
    const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(spill).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(SHOTS, 'debrief-print-a4.png'), fullPage: true });
    await screenshot(page, 'debrief-print-a4-top');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
