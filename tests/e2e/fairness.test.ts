// A fair competition on a student's device: the time limit, a reload on the debrief, keys behind
// a dialog, a name too long for the code, and no single key press that ends a game. Time is
// the page's own clock, driven by the test (Playwright's clock), never waited out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import story from '../../story/main.ink';
import { STORY_FINGERPRINT } from '../support/codes';
import { choiceButtons, debriefHeading, hasBrowser, launch, openGame, playToDebrief, screenshot } from './browser';

/** A class on chapter 1 only (a short game), with these settings. */
const classOf = (secondsPerDecision: number | null) =>
  makeClassCode({ secondsPerDecision, holdFeedback: true, fromChapter: 1, toChapter: 1, fingerprint: STORY_FINGERPRINT });

async function join(page: Page, classCode: string, name = 'Olga'): Promise<void> {
  await page.getByRole('button', { name: 'Competition' }).click();
  await page.getByLabel('Class code').fill(classCode);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
}

const savedPath = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('thaw.save') ?? '{}').checkpoint?.record?.path as number[] | undefined);

describe.skipIf(!hasBrowser)('a fair competition', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the time limit starts when the choices appear; when it runs out the debrief says "Time ran out" and the code records it', async () => {
    const classCode = classOf(10);
    const { page, errors } = await openGame(browser, { width: 360, height: 640 }, 'reduce', {
      prepare: (context) => context.clock.install(),
    });
    await join(page, classCode);
    // The scene is read first: no clock, no choices, until the student asks for them.
    const show = page.getByRole('button', { name: 'Show the choices' });
    await show.waitFor();
    await page.clock.fastForward(60_000);
    await expect(show.isVisible()).resolves.toBe(true);
    await expect(choiceButtons(page).count()).resolves.toBe(0);
    await show.click();
    await page.getByRole('timer').waitFor();
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Time left: 10 s');
    await screenshot(page, 'timer-360x640');
    await page.clock.fastForward(11_000);
    await page.getByText(/Time ran out\. This decision is recorded/).waitFor();
    // The rest of the chapter is played in time.
    await playToDebrief(page, () => 0);
    const row = page.getByRole('row', { name: /Time ran out/ });
    await expect(row.count()).resolves.toBe(1);
    await screenshot(page, 'debrief-time-ran-out-360x640');
    const code = (await page.getByLabel('Result code').textContent()) ?? '';
    const verified = verifyResultCode(code, story, classCode);
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.result.offered[0].timedOut).toBe(true);
    expect(verified.result.record.decisions[0]).toMatchObject({ timedOut: true, historical: false });
    expect(verified.result.score.final).toBe(Number(await page.getByLabel('Final score').textContent()));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a reload on the debrief keeps the debrief and its result code; the title then offers "Show my last result"', async () => {
    const classCode = classOf(null);
    const { page, errors } = await openGame(browser);
    await join(page, classCode, 'Rita');
    await choiceButtons(page).first().waitFor();
    await playToDebrief(page, (n) => n - 1);
    const code = await page.getByLabel('Result code').textContent();
    expect(code?.length).toBeGreaterThan(20);
    await page.reload();
    await debriefHeading(page).waitFor();
    await expect(page.getByLabel('Result code').textContent()).resolves.toBe(code);
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('button', { name: 'Show my last result' }).click();
    await debriefHeading(page).waitFor();
    await expect(page.getByLabel('Result code').textContent()).resolves.toBe(code);
    // The next game replaces it.
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await page.reload();
    // A reload during play returns to the game, not the title.
    await choiceButtons(page).first().waitFor();
    await expect(page.getByRole('button', { name: 'Show my last result' }).count()).resolves.toBe(0);
    expect(verifyResultCode(code ?? '', story, classCode).ok).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('while Settings is open the game behind it takes no keys', async () => {
    const { page, errors } = await openGame(browser);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    for (const key of ['1', '2', 'Enter']) await page.keyboard.press(key);
    await expect(savedPath(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('1');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('thaw.save') ?? '{}').checkpoint?.record?.path?.length === 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at a counterfactual ending one key press never ends the game: a digit picks the option, Enter confirms', async () => {
    const { page, errors } = await openGame(browser);
    await page.getByRole('button', { name: 'Choose chapters' }).click();
    await page.getByLabel('From chapter').selectOption('2');
    await page.getByLabel('To chapter').selectOption('2');
    await page.getByRole('button', { name: 'Start' }).click();
    // Side with Beria: the plot fails and Khrushchev falls. Each step waits for the screen it acts on.
    const cont = page.getByRole('button', { name: 'Continue', exact: true });
    const sided = page.getByRole('button', { name: /Side with Beria against Malenkov/ });
    const options = choiceButtons(page);
    for (let step = 0; step < 40 && (await sided.count()) === 0; step++) {
      await cont.or(options.first()).first().waitFor();
      if ((await sided.count()) > 0) break;
      if ((await cont.count()) > 0) await cont.click();
      else await options.first().click();
    }
    await sided.click();
    const debriefNow = page.getByRole('button', { name: 'See the debrief now' });
    for (let step = 0; step < 20; step++) {
      await cont.or(debriefNow).first().waitFor();
      if ((await debriefNow.count()) > 0) break;
      await cont.click();
    }
    await debriefNow.waitFor();
    await page.keyboard.press('2');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/See the debrief now/);
    await expect(debriefHeading(page).count()).resolves.toBe(0);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Continue to the debrief' }).or(debriefHeading(page)).first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the name field says how many characters the code carries while typing, and never cuts a name', async () => {
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await page.getByRole('button', { name: 'Competition' }).click();
    const name = page.getByLabel('Name');
    await name.fill('Anna');
    await expect(page.getByText('4 of 24 characters').count()).resolves.toBe(1);
    const long = 'Aleksandra Konstantinovna Petrova';
    await name.fill(long);
    await expect(page.getByText(`${long.length} of 24 characters`).count()).resolves.toBe(1);
    await expect(page.getByRole('alert').filter({ hasText: /shorten it by 9/ }).count()).resolves.toBe(1);
    await page.getByLabel('Class code').fill(classOf(null));
    await page.getByRole('button', { name: 'Start' }).click();
    // Not started, and nothing cut.
    await expect(page.getByRole('heading', { name: 'Competition' }).isVisible()).resolves.toBe(true);
    await expect(name.inputValue()).resolves.toBe(long);
    await screenshot(page, 'competition-name-too-long-360x640');
    await name.fill('Aleksandra K. Petrova');
    await expect(page.getByRole('alert').filter({ hasText: /shorten/ }).count()).resolves.toBe(0);
    // The class's own rules are described.
    await expect(page.getByText('What really happened, and whether your choices matched it, stays hidden until the end.').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
