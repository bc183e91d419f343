// The keys a game answers to (1–4, Enter) are said where there is a keyboard, not on a phone
// held in the hand: there they are words a student cannot use (found by a playtest at 360×640).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, choiceButtons, continueButton, hasBrowser, launch, watchErrors } from './browser';

describe.skipIf(!hasBrowser)('the keys hint', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Visible "Keys: …" hints on the title and at the first choice that is not a decision's. */
  async function hintsIn(context: BrowserContext): Promise<{ title: number; play: number; errors: string[] }> {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const keys = page.getByText(/Keys: /);
    const visible = async () => (await Promise.all((await keys.all()).map((k) => k.isVisible()))).filter(Boolean).length;
    const title = await visible();
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    // The first choices are the death of Stalin's: a decision. On to an outcome's Continue, and a
    // screen of choices with no decision offers the hint ("Keys: 1–N pick an option").
    for (let step = 0; step < 40 && (await keys.count()) === 0; step++) {
      if ((await continueButton(page).count()) > 0) await continueButton(page).first().click();
      else await choiceButtons(page).first().click();
    }
    expect(await keys.count(), 'a screen with the keys hint in it').toBeGreaterThan(0);
    const play = await visible();
    await context.close();
    return { title, play, errors };
  }

  it('shows on a laptop, on the title and at a choice', async () => {
    const seen = await hintsIn(await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' }));
    expect(seen.title).toBe(1);
    expect(seen.play).toBeGreaterThan(0);
    expect(seen.errors).toEqual([]);
  });

  it('does not show on a phone with a touch screen, and the sentence it shares a line with stays', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await page.getByText(/"New game" is a lesson/).isVisible()).toBe(true);
    const seen = await hintsIn(context);
    expect(seen.title).toBe(0);
    expect(seen.play).toBe(0);
    expect(seen.errors).toEqual([]);
  });
});
