import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { choiceButtons, clickIfThere, continueButton, debriefHeading, hasBrowser, launch, openGame, playToDebrief, screenshot } from './browser';
import { revealHeading } from './inspect';
import { STORY_FINGERPRINT } from '../support/codes';

describe.skipIf(!hasBrowser)('a classroom competition', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a mistyped class code is explained and nothing is lost', async () => {
    const { page, errors } = await openGame(browser);
    await page.getByRole('button', { name: 'Competition' }).click();
    const good = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT });
    const typo = good.slice(0, 2) + (good[2] === 'A' ? 'B' : 'A') + good.slice(3);
    await page.getByLabel('Class code').fill(typo);
    await page.getByLabel('Name').fill('Sasha');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/typo/);
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('Sasha');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays with a class code and name, holds feedback back, and ends with a result code that verifies to the same score', async () => {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT });
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Competition' }).click();
    await page.getByLabel('Class code').fill(classCode.toLowerCase());
    await page.getByLabel('Name').fill('<img src=x onerror=x()>');
    await page.getByRole('button', { name: 'Start' }).click();
    await choiceButtons(page).first().waitFor();
    let sawReveal = false;
    let n = 0;
    for (let step = 0; step < 400 && !(await debriefHeading(page).isVisible()); step++) {
      if ((await revealHeading(page).count()) > 0) sawReveal = true;
      const options = choiceButtons(page);
      const count = await options.count();
      if (count > 0) await options.nth(n++ % count).click();
      else await clickIfThere(continueButton(page).first());
    }
    expect(sawReveal).toBe(false);
    const finalScore = Number(await page.getByLabel('Final score').textContent());
    const code = (await page.getByLabel('Result code').textContent()) ?? '';
    await screenshot(page, 'competition-debrief-1366x768');
    const verified = verifyResultCode(code, story, classCode);
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.result.score.final).toBe(finalScore);
    // Names travel as text.
    expect(verified.result.name).toBe('<img src=x onerror=x()>');
    expect(await page.getByRole('img', { name: 'QR code of your result code' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers extra time only once a class code with a time limit is typed, and an untimed game records none', async () => {
    const rules = { holdFeedback: true, fromChapter: 1, toChapter: 1, fingerprint: STORY_FINGERPRINT };
    const timed = makeClassCode({ ...rules, secondsPerDecision: 30 });
    const untimed = makeClassCode({ ...rules, secondsPerDecision: null });
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await page.getByRole('button', { name: 'Competition' }).click();
    const extra = page.getByRole('group', { name: 'Extra time' });
    const code = page.getByLabel('Class code');
    await code.waitFor();
    // Nothing to stretch until a class with a time limit is known.
    await expect(extra.isVisible()).resolves.toBe(false);
    await code.fill(untimed);
    await page.getByText('No time limit.').waitFor();
    await expect(extra.isVisible()).resolves.toBe(false);
    await screenshot(page, 'competition-untimed-no-extra-time-360x640');
    await code.fill(timed);
    await page.getByText('30 seconds for each decision', { exact: false }).waitFor();
    await expect(extra.isVisible()).resolves.toBe(true);
    await page.getByLabel('+25%').check();
    // The student changes to the untimed class: the choice goes, and counts for nothing.
    await code.fill(untimed);
    await page.getByText('No time limit.').waitFor();
    await expect(extra.isVisible()).resolves.toBe(false);
    await page.getByLabel('Name').fill('Ben');
    await page.getByRole('button', { name: 'Start' }).click();
    await playToDebrief(page, () => 0);
    const verified = verifyResultCode((await page.getByLabel('Result code').textContent()) ?? '', story, untimed);
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.result.extraTime).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
