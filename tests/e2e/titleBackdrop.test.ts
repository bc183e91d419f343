// The title is ready before Phaser is fetched (it comes when the first game starts), so the
// stage is empty then: the title's sunburst is drawn in CSS meanwhile, so that a projector
// shows the poster, not a card on black (found by a playtest at 1366×768 and 1920×1080).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openGame } from './browser';

/** The colour at (x, y) of what is on screen, read from a screenshot decoded in the page. */
async function colourAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64');
  return page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, png);
}

describe.skipIf(!hasBrowser)('the title before the stage has arrived', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([[1366, 768], [1920, 1080]])('at %i×%i, the screen beside the card is the poster\'s red, not black', async (width, height) => {
    const { page, errors } = await openGame(browser, { width, height });
    expect(await page.locator('canvas').count(), 'no stage yet').toBe(0);
    const [r, g, b] = await colourAt(page, width - 40, Math.round(height * 0.3));
    expect(r, `rgb(${r}, ${g}, ${b})`).toBeGreaterThan(100);
    expect(r - Math.max(g, b)).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
