import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, choiceButtons, hasBrowser, launch } from './browser';

describe.skipIf(!hasBrowser)('offline play (service worker)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('after one visit, plays to the first decision with the network cut', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`Uncaught: ${e.message}`));
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    // The worker precaches everything, then takes over this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await expect(page.title()).resolves.toMatch(/^Thaw/);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    expect(await choiceButtons(page).count()).toBeGreaterThan(1);
    // The same holds for the teacher's page.
    await page.goto(new URL('teacher.html', baseUrl).href);
    await page.getByRole('heading', { name: 'Run a class competition' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
