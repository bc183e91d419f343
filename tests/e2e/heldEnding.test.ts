// A competition that holds feedback back, over chapters 1 to 3: after the last choice the
// outcome waits for the debrief, and the screen says so instead of showing an empty panel.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { STORY_FINGERPRINT } from '../support/codes';
import { choiceButtons, clickIfThere, continueButton, hasBrowser, launch, openGame } from './browser';

describe.skipIf(!hasBrowser)('the end of a competition that holds feedback back', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the last decision is made and the rest is in the debrief', async () => {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: 1, toChapter: 3, fingerprint: STORY_FINGERPRINT });
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Competition' }).click();
    await page.getByLabel('Class code').fill(classCode);
    await page.getByLabel('Name').fill('Sasha');
    await page.getByRole('button', { name: 'Start' }).click();
    await choiceButtons(page).first().waitFor();
    const toDebrief = page.getByRole('button', { name: 'Continue to the debrief' });
    // Always the last option: in chapters 1 to 3 it never leads to a counterfactual ending.
    for (let step = 0; step < 200 && !(await toDebrief.isVisible()); step++) {
      const options = choiceButtons(page);
      const count = await options.count();
      if (count > 0) await options.nth(count - 1).click();
      else await clickIfThere(continueButton(page).first());
    }
    await toDebrief.waitFor();
    const story = page.getByRole('region', { name: 'Story' });
    await expect(story.textContent()).resolves.toMatch(/last decision.*in the debrief/);
    expect(errors).toEqual([]);
  });
});
