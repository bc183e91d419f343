// The stage (Phaser) on a phone and at first load (issue 12 item 3): the page never asks for
// it while the title is up, asks the moment a game starts, and on a narrow screen shows it as
// a strip above the text rather than a backdrop the text hides.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choiceButtons, frames, hasBrowser, launch, nextScreen, openGame, screenshot } from './browser';

const STAGE_SCRIPT = /\/assets\/stage-[^/]*\.js$/;

describe.skipIf(!hasBrowser)('the stage at first load and on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['New game', 'Continue saved game'])('is not fetched while the title is up, and is once "%s" is pressed', async (press) => {
    const asked: string[] = [];
    // The page's own requests from its first, whether the network or the offline worker's copy
    // answers them. (The worker itself copies the whole game once the page has loaded, for
    // offline play: a download off the page's thread, not the page asking for Phaser.)
    const { page, errors } = await openGame(browser, { width: 360, height: 640 }, 'reduce', {
      prepare: async (context) =>
        context.on('request', (r) => {
          if (STAGE_SCRIPT.test(r.url()) && r.serviceWorker() === null) asked.push(r.url());
        }),
    });
    if (press !== 'New game') {
      // A game to continue: start one, choose once, and come back to the page afresh on the
      // title (a reload during play would return to the game itself, stage and all).
      await page.getByRole('button', { name: 'New game' }).click();
      await choiceButtons(page).first().click();
      await page.evaluate(() => localStorage.setItem('thaw.screen', 'title'));
      asked.length = 0;
      await page.reload();
      await page.getByRole('button', { name: 'Continue saved game' }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    await frames(page, 10);
    expect(asked, 'no request for the stage while the title is up').toEqual([]);
    await expect(page.locator('#stage canvas').count()).resolves.toBe(0);
    await page.getByRole('button', { name: press }).click();
    await nextScreen(page);
    await page.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(asked).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a 360 x 640 phone shows as a strip above the text', async () => {
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    const canvas = page.locator('#stage canvas').first();
    await canvas.waitFor({ state: 'attached', timeout: 60_000 });
    await frames(page, 4);
    const strip = await canvas.boundingBox();
    const ui = await page.locator('#ui').boundingBox();
    expect(strip?.height).toBeGreaterThan(60);
    expect(strip?.height).toBeLessThan(640 / 3);
    expect(strip?.width).toBe(360);
    // The text begins where the strip ends: nothing covers it.
    expect(ui?.y).toBeGreaterThanOrEqual((strip?.y ?? 0) + (strip?.height ?? 0) - 1);
    await screenshot(page, 'stage-strip-360x640');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
