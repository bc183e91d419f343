// The "More below" cue on a passage (PlayView.watchOverflow) tells the truth once the passage
// has arrived with motion on: a passage slides up as it arrives and overflows its panel for a
// moment, and the cue must not stay behind when it settles inside the panel. Played as a whole
// class at 1920×1080 (chapter 2, against history, to its counterfactual ending, where the cue
// once stayed on a passage that fitted).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBrowser, launch, openGame } from './browser';

/**
 * The passage's cue and whether it really has more below, once no animation is running and the
 * page has handed out what the last frames owed (animationend, ResizeObserver: both come in a
 * frame's rendering step, which a busy machine may not have reached when the animation ends).
 */
async function cueAfterArrival(page: Page): Promise<{ cue: boolean; more: boolean }> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const n = document.querySelector('.play-screen .narrative') as HTMLElement;
    return { cue: n.hasAttribute('data-more'), more: n.scrollHeight > n.clientHeight + 1 && n.scrollTop + n.clientHeight < n.scrollHeight - 4 };
  });
}

describe.skipIf(!hasBrowser)('the more-below cue with motion on', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows only while a settled passage really has more below, through to a counterfactual ending', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 }, 'no-preference');
    await page.getByRole('button', { name: 'Whole class' }).click();
    await page.getByLabel('Class name').fill('Cue test');
    await page.getByLabel('Discussion timer').selectOption({ label: 'Off' });
    await page.getByLabel('From chapter').selectOption('2');
    await page.getByLabel('To chapter').selectOption('2');
    await page.getByRole('button', { name: 'Start' }).click();
    const ending = page.getByText('Counterfactual ending').first();
    let screens = 0;
    for (let i = 0; i < 40 && !(await ending.isVisible()); i++) {
      await page.locator('.play-screen .narrative').waitFor({ state: 'attached' });
      const { cue, more } = await cueAfterArrival(page);
      expect(cue, `screen ${i}`).toBe(more);
      screens++;
      const voting = await page.evaluate(() => document.activeElement?.classList.contains('vote-count') ?? false);
      if (voting) {
        // Every hand for option 2: against history both times, to the counterfactual ending.
        await page.keyboard.press('Tab');
        await page.keyboard.type('20');
        await page.keyboard.press('Enter');
      } else await page.keyboard.press('PageDown');
    }
    await expect(ending.isVisible()).resolves.toBe(true);
    const { cue, more } = await cueAfterArrival(page);
    expect(more).toBe(false);
    expect(cue).toBe(false);
    expect(screens).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });
});
