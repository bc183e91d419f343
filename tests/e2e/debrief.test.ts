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
import { SHOTS, choiceButtons, clickIfThere, continueButton, debriefHeading, frames, hasBrowser, launch, openGame, screenshot } from './browser';

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

/**
 * What a reader of the power bases table would see wrong: a word drawn over another word or over
 * a bar, a word broken across lines ("appa/ratus"), text beyond the screen's edge. Measured word
 * by word from the text's own line boxes, over the whole table (scrolled or not).
 */
function powerTableProblems(page: Page) {
  return page.getByRole('table', { name: 'Your power bases through the game' }).evaluate((table) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    type Piece = { what: string; node: Node; r: DOMRect };
    const pieces: Piece[] = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
        if (rects.length === 0) continue; // not displayed
        if (rects.length > 1) problems.push(`"${m[0]}" is broken across ${rects.length} lines`);
        pieces.push({ what: `"${m[0]}"`, node: n, r: range.getBoundingClientRect() });
      }
    }
    // The bars: drawn, without text.
    for (const bar of table.querySelectorAll('span[aria-hidden="true"]')) {
      const r = bar.getBoundingClientRect();
      if (r.width > 0.5 && r.height > 0.5) pieces.push({ what: 'a bar', node: bar, r });
    }
    for (const p of pieces) if (p.r.left < -1 || p.r.right > width + 1) problems.push(`${p.what} spans ${Math.round(p.r.left)}–${Math.round(p.r.right)}px of ${width}px`);
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const [a, b] = [pieces[i], pieces[j]];
        if (a.node === b.node) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) problems.push(`${a.what} and ${b.what} overlap at ${Math.round(a.r.left)},${Math.round(a.r.top)}`);
      }
    }
    return problems.slice(0, 12);
  });
}

/** Whether the power bases show as a table with its header row (wide screens, paper) rather than as one card a date. */
const powerHeaderShown = (page: Page) =>
  page.getByRole('table', { name: 'Your power bases through the game' }).evaluate((t) => {
    const head = t.querySelector('thead');
    return head !== null && getComputedStyle(head).display !== 'none' && head.getBoundingClientRect().height > 0;
  });

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

  it('shows the power bases readably at 320, 360 and 667 px wide, as a table at 1366 and on paper', async () => {
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await playCompetition(page);
    const heading = page.getByRole('heading', { name: 'Your power bases through the game' });
    for (const width of [320, 360, 667, 1366]) {
      await page.setViewportSize({ width, height: width > 700 ? 768 : 640 });
      await frames(page);
      await heading.scrollIntoViewIfNeeded();
      await screenshot(page, `debrief-power-${width}`);
      await expect(powerTableProblems(page), `at ${width} px`).resolves.toEqual([]);
      await expect(sidewaysSpill(page), `at ${width} px`).resolves.toEqual([]);
    }
    await expect(powerHeaderShown(page), 'a table at 1366 px').resolves.toBe(true);
    // On A4 (210 mm less 14 mm margins a side: about 688 CSS px), the printout keeps the table.
    await page.setViewportSize({ width: 688, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await frames(page);
    await expect(powerTableProblems(page), 'in print').resolves.toEqual([]);
    await expect(powerHeaderShown(page), 'a table in print').resolves.toBe(true);
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
