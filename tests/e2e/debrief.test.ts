// The debrief a student keeps (issue 11): after a competition, with "what really happened" held
// back during play, the debrief and its printed PDF carry every decision's "Why" and
// "Consequence", the student's name, and the glossary's definitions; on a 360 px phone nothing
// scrolls sideways. Screenshots at 360x640, 1366x768 and 1920x1080 land in test-results/screenshots/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSection, cardOf } from '../../src/engine/card';
import { makeClassCode } from '../../src/engine/codes';
import { termsMet, parseGlossary } from '../../src/engine/glossary';
import { GameStory } from '../../src/engine/story';
import glossaryData from '../../story/glossary.json';
import story from '../../story/main.ink';
import { STORY_FINGERPRINT } from '../support/codes';
import { playOut } from '../support/playOut';
import { SHOTS, choiceButtons, clickIfThere, continueButton, debriefHeading, hasBrowser, launch, openGame, screenshot } from './browser';

const NAME = 'Ada Lovelace';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Always the first option (after a fall, "Continue as history really went"): the same game in Node. */
const expected = (() => {
  const game = playOut(new GameStory(story), () => 0);
  const cards = game.log.decisions.map((d) => cardOf(d.reveal?.paragraphs ?? [], d.reveal?.terms ?? [], d.reveal?.source ?? null));
  const terms = termsMet(game.log.decisions.flatMap((d) => d.reveal?.terms ?? []), parseGlossary(glossaryData).value);
  return {
    decisions: game.log.decisions.length,
    lines: cards.flatMap((c) => [cardSection(c, 'Why'), cardSection(c, 'Consequence')]).filter(Boolean),
    definitions: terms.map((t) => t.definition ?? ''),
  };
})();

async function playCompetition(page: Page): Promise<void> {
  const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT });
  await page.getByRole('button', { name: 'Competition' }).click();
  await page.getByLabel('Class code').fill(classCode);
  await page.getByLabel('Name').fill(NAME);
  await page.getByRole('button', { name: 'Start' }).click();
  await choiceButtons(page).first().waitFor();
  for (let step = 0; step < 400 && !(await debriefHeading(page).isVisible()); step++) {
    const options = choiceButtons(page);
    if ((await options.count()) > 0) await options.first().click();
    else await clickIfThere(continueButton(page).first());
  }
  await debriefHeading(page).waitFor();
}

/** Elements of the debrief whose right edge lies beyond the screen, or that scroll sideways themselves. */
function sidewaysSpill(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const e of document.querySelectorAll<HTMLElement>('.debrief-screen, .debrief-screen *')) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) out.push(`${e.tagName.toLowerCase()}.${e.className} reaches ${Math.round(r.right)}px`);
      if (e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) out.push(`${e.tagName.toLowerCase()}.${e.className} scrolls sideways`);
    }
    return out.slice(0, 10);
  });
}

describe.skipIf(!hasBrowser)('the debrief a student keeps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('after a competition shows and prints every decision\'s Why and Consequence, the name and the definitions', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 });
    await playCompetition(page);
    expect(expected.decisions).toBe(22);
    expect(expected.lines.length).toBe(44);
    const screen = squash((await page.locator('.debrief-screen').textContent()) ?? '');
    expect(screen).toContain(`Name: ${NAME}`);
    for (const line of expected.lines) expect(screen, line).toContain(squash(line));
    for (const d of expected.definitions) expect(screen, d).toContain(squash(d));
    await screenshot(page, 'debrief-competition-1366x768');

    const pdfFile = path.join(SHOTS, 'debrief-competition.pdf');
    const pdf = await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const printed = squash(text);
    expect(printed).toContain(NAME);
    for (const line of expected.lines) expect(printed, line).toContain(squash(line));
    for (const d of expected.definitions) expect(printed, d).toContain(squash(d));
    expect(printed).toContain('Your plan:');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never scrolls sideways on a 360 px phone, and keeps the result code\'s groups whole', async () => {
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await playCompetition(page);
    await expect(sidewaysSpill(page)).resolves.toEqual([]);
    const groups = page.locator('.result-code .code-group');
    expect(await groups.count()).toBeGreaterThan(3);
    // Each group of five sits on one line: as tall as one line of the code.
    const heights = await groups.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(Math.min(...heights) * 1.5);
    await screenshot(page, 'debrief-360x640');
    await page.getByRole('heading', { name: 'Your decisions and what really happened' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'debrief-360x640-decisions');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays out at 1920x1080', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    await playCompetition(page);
    await expect(sidewaysSpill(page)).resolves.toEqual([]);
    await screenshot(page, 'debrief-1920x1080');
    await page.getByRole('heading', { name: 'Exam practice' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'debrief-1920x1080-exam');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
