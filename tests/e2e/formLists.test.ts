// The lists on the title's forms (Whole class: discussion timer and chapters; Choose chapters)
// are read from the front of a room as the teacher sets up: no smaller than the story's 16 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openGame } from './browser';

const listSizes = (page: Page) => page.locator('main select').evaluateAll((all) => all.map((s) => Number.parseFloat(getComputedStyle(s).fontSize)));

describe.skipIf(!hasBrowser)("the title's forms", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['Whole class', 'Choose chapters'])('%s: every list is at least 16 px', async (form) => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    await page.getByRole('button', { name: form }).click();
    await page.getByLabel('To chapter').waitFor();
    const sizes = await listSizes(page);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(16);
    expect(errors).toEqual([]);
  });

  it.each(['Whole class', 'Choose chapters'])('%s: on a 320 px phone every list stays inside the window', async (form) => {
    const { page, errors } = await openGame(browser, { width: 320, height: 568 });
    await page.getByRole('button', { name: form }).click();
    await page.getByLabel('To chapter').waitFor();
    const rights = await page.locator('main select').evaluateAll((all) => all.map((s) => s.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThanOrEqual(2);
    for (const r of rights) expect(r).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});
