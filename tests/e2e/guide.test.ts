// The teacher's guide (issue 13 item 2): reached from the teacher tools page, it prints on A4
// with every chapter and every decision of the story, as the engine makes it from the story.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/engine/guide';
import { GameStory } from '../../src/engine/story';
import { storyData } from '../../src/game/storyData';
import story from '../../story/main.ink';
import { SHOTS, baseUrl, hasBrowser, launch, screenshot, watchErrors } from './browser';
import { audit, described } from './inspect';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const guide = buildGuide({ fresh: new GameStory(story), forReading: new GameStory(story), glossary: storyData.glossary, historians: storyData.historians });

describe.skipIf(!hasBrowser)("the teacher's guide", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the teacher tools, and prints to PDF on A4 with every chapter and decision', async () => {
    // bypassCSP: axe-core goes in as an inline script (tests/e2e/inspect.ts).
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('teacher.html', baseUrl).href);
    await page.getByRole('link', { name: /^Teacher's guide/ }).click();
    await page.getByRole('heading', { name: /^Teacher's guide/, level: 1 }).waitFor();
    await screenshot(page, 'guide-1366x768');
    expect(described(await audit(page, { rules: 'all' }))).toEqual([]);
    for (const c of guide.chapters) await expect(page.getByRole('heading', { name: `Chapter ${c.number}: ${c.title}` }).count()).resolves.toBe(1);

    const pdf = await page.pdf({ path: path.join(SHOTS, 'teacher-guide.pdf'), format: 'A4', printBackground: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
    // A4 in PostScript points (595.28 × 841.89; Chromium rounds to whole pixels at 96 dpi).
    expect(Math.abs(width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
    const printed = squash((await extractText(doc, { mergePages: true })).text);
    expect(printed).toContain('Lesson plans');
    for (const c of guide.chapters) {
      expect(printed, c.title).toContain(`Chapter ${c.number}: ${c.title}`);
      for (const [i, d] of c.decisions.entries()) {
        expect(printed, d.id).toContain(squash(`${c.number}.${i + 1} ${d.heading}`));
        expect(printed, d.id).toContain(squash(d.after[0]));
      }
    }
    for (const n of guide.notes) expect(printed).toContain(squash(n.note));
    // Each card's "What really happened" is said once: its own label, under a heading of other words.
    expect(printed).toContain('What really happened:');
    expect(printed).not.toContain('What really happened What really happened');
    // The buttons stay off the paper.
    expect(printed).not.toContain('Print the guide');

    // Back to the tools.
    await page.getByRole('link', { name: 'Back to the teacher tools' }).click();
    await page.getByRole('heading', { name: 'Create a class code' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
