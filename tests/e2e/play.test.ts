import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  choiceButtons, continueButton, debriefHeading, hasBrowser, launch, openGame, playToDebrief, screenshot,
} from './browser';

describe.skipIf(!hasBrowser)('playing in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('by mouse, always choosing the first option, reaches the debrief with no console errors', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'no-preference');
    await screenshot(page, 'title-1366x768');
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await screenshot(page, 'first-decision-1366x768');
    const decisions = await playToDebrief(page, () => 0);
    // Always the first option falls from power more than once, and each time carries on as history went.
    expect(decisions).toBeGreaterThanOrEqual(18);
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Final score').textContent()).resolves.toMatch(/^\d+$/);
    const rows = page.getByRole('table', { name: 'Your decisions and what really happened' }).getByRole('row');
    expect(await rows.count()).toBe(decisions + 1);
    await screenshot(page, 'debrief-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([1, 2, 3])('by mouse at random (seed %i), reaches the debrief with no console errors', async (seed) => {
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await page.getByRole('button', { name: 'New game' }).click();
    let s = seed;
    const random = (n: number) => {
      s = (s * 16807) % 2147483647;
      return s % n;
    };
    await playToDebrief(page, random);
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by keyboard alone: Tab to "New game", Enter, digits to choose, Enter to continue', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    // Start from the page itself, as a student arriving by keyboard would.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name === 'New game') break;
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('New game');
    await page.keyboard.press('Enter');
    await choiceButtons(page).first().waitFor();
    let decisions = 0;
    for (let step = 0; step < 200 && !(await debriefHeading(page).isVisible()); step++) {
      if ((await choiceButtons(page).count()) > 0) {
        const before = await page.getByRole('group', { name: 'Choices' }).textContent();
        // A decision asks a question; an ending's options (no question) take a digit and then Enter.
        const decision = (await page.getByText(/pick an option, then Enter/).count()) === 0;
        await page.keyboard.press('1');
        if (decision) decisions += 1;
        else await page.keyboard.press('Enter');
        await page.waitForFunction((b) => document.querySelector('[role="group"]')?.textContent !== b, before);
      } else if ((await continueButton(page).count()) > 0) {
        await page.keyboard.press('Enter');
      }
    }
    await screenshot(page, 'debrief-keyboard-1920x1080');
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    expect(decisions).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a double click on a choice counts once', async () => {
    const { page } = await openGame(browser);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().dblclick();
    await continueButton(page).first().waitFor();
    const path = await page.evaluate(() => JSON.parse(localStorage.getItem('thaw.save') ?? '{}').checkpoint?.record?.path);
    expect(path).toEqual([0]);
    await page.context().close();
  });

  it('a reload keeps the game: it returns to the same decision; from the title, "Continue saved game" does too', async () => {
    const { page, errors } = await openGame(browser);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().click();
    await playUntilChoices(page);
    const options = await choiceButtons(page).allTextContents();
    await page.reload();
    await playUntilChoices(page);
    expect(await choiceButtons(page).allTextContents()).toEqual(options);
    // Left on the title, a reload stays there, and the saved game is offered.
    await page.evaluate(() => localStorage.setItem('thaw.screen', 'title'));
    await page.reload();
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await playUntilChoices(page);
    expect(await choiceButtons(page).allTextContents()).toEqual(options);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a damaged save is explained, and a new game still plays', async () => {
    const { page, errors } = await openGame(browser);
    await page.evaluate(() => localStorage.setItem('thaw.save', '{"format":1,"story":"nonsense"'));
    await page.reload();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/damaged/);
    expect(await page.getByRole('button', { name: 'Continue saved game' }).count()).toBe(0);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function playUntilChoices(page: import('playwright-core').Page): Promise<void> {
  for (let i = 0; i < 20 && (await choiceButtons(page).count()) === 0; i++) {
    await continueButton(page).first().click();
  }
}
