// "Continue saved game" on a projector: each class's detail stays beside its own button (a
// finished class's long detail once dropped to a line of its own, under the list, where it read
// as a note on the whole list) and is that button's description for a screen reader.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefHeading, hasBrowser, launch, openGame } from './browser';

/** A whole class plays chapter 2 to its debrief as history went (Enter on the option, no counts). */
async function finishClass(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Whole class' }).click();
  await page.getByLabel('Class name').fill(name);
  await page.getByLabel('Discussion timer').selectOption({ label: 'Off' });
  await page.getByLabel('From chapter').selectOption('2');
  await page.getByLabel('To chapter').selectOption('2');
  await page.getByRole('button', { name: 'Start' }).click();
  const historical = [1, 3];
  let votes = 0;
  for (let i = 0; i < 40 && !(await debriefHeading(page).isVisible()); i++) {
    const voting = await page.evaluate(() => document.activeElement?.classList.contains('vote-count') ?? false);
    if (voting) {
      const pick = historical[votes++];
      const counts = [0, 0, 0].map((_, k) => (k + 1 === pick ? 20 : 1));
      for (const [k, n] of counts.entries()) {
        if (k > 0) await page.keyboard.press('Tab');
        await page.keyboard.type(String(n));
      }
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('PageDown');
  }
  await debriefHeading(page).waitFor();
}

describe.skipIf(!hasBrowser)('continue saved game', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps a finished class's detail beside its button at 1280×720, and describes the button with it", async () => {
    const { page, errors } = await openGame(browser, { width: 1280, height: 720 });
    await finishClass(page, '9A Monday');
    await page.evaluate(() => localStorage.setItem('thaw.screen', 'title'));
    await page.reload();
    await page.getByRole('button', { name: /Continue saved game/ }).click();
    const save = page.getByRole('button', { name: '9A Monday' });
    await save.waitFor();
    await expect(save.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).resolves.toMatch(/Finished \(2 decisions voted\)/);
    const [b, d] = await Promise.all([save.boundingBox(), page.getByText(/Finished \(2 decisions voted\)/).boundingBox()]);
    if (!b || !d) throw new Error('The save or its detail is not on screen.');
    // Beside: the detail starts to the right of the button and its first line is within the button's height.
    expect(d.x).toBeGreaterThanOrEqual(b.x + b.width);
    expect(d.y).toBeLessThan(b.y + b.height);
    expect(errors).toEqual([]);
  });
});
