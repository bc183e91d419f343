// The stakes in view, as a student meets them (issue 12): the 1957 decision with the Party
// just under and just over its line, what the standing panel said before the choice and the
// card after it; and a game that carries on after the fall, with its power bases back where
// history had them and survival still the date of that first fall. The ways there are found
// by the engine in Node from the same story the game is built from.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/compiler/compileInk';
import { GameStory } from '../../src/engine/story';
import { historicalPowerAfter, waysTo } from '../support/stakes';
import { choiceButtons, continueButton, debriefHeading, hasBrowser, launch, nextScreen, openGame, screenshot } from './browser';

const LINE = 85;

/** Press Continue until options are offered, then take option `index`. */
async function take(page: Page, index: number): Promise<void> {
  for (let step = 0; step < 40; step++) {
    await nextScreen(page);
    if ((await choiceButtons(page).count()) > 0) {
      await choiceButtons(page).nth(index).click();
      return;
    }
    await continueButton(page).first().click();
  }
  throw new Error('No options offered in 40 screens.');
}

/** Press Continue until the narrative shows `text`; returns the whole screen's text then. */
async function continueTo(page: Page, text: string): Promise<string> {
  for (let step = 0; step < 40; step++) {
    await nextScreen(page);
    const shown = (await page.locator('body').innerText()) ?? '';
    if (shown.includes(text)) return shown;
    await continueButton(page).first().click();
  }
  throw new Error(`"${text}" was not shown in 40 screens.`);
}

const standing = (page: Page) => page.getByRole('complementary', { name: 'Your standing' });

describe.skipIf(!hasBrowser)('the stakes in view', () => {
  let browser: Browser;
  let compiled: string;
  let ways: Map<number, number[]>;
  let under: number;
  let over: number;
  let refuse: number;

  beforeAll(async () => {
    browser = await launch();
    compiled = compileInkFile('story/main.ink').json as string;
    ways = waysTo(compiled, 'anti_party_group', 'party');
    under = Math.max(...[...ways.keys()].filter((v) => v < LINE));
    over = Math.min(...[...ways.keys()].filter((v) => v >= LINE));
    const g = new GameStory(compiled);
    for (const i of ways.get(over) ?? []) g.choose(i);
    refuse = g.turn.choices.findIndex((c) => c.tags.historical);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A new game played to the 1957 decision with the Party at `party`; the panel's text there. */
  async function toTheVote(page: Page, party: number): Promise<string> {
    await page.getByRole('button', { name: 'New game' }).click();
    for (const i of ways.get(party) ?? []) await take(page, i);
    await continueTo(page, 'Seven votes against four');
    await choiceButtons(page).first().waitFor();
    return (await standing(page).textContent()) ?? '';
  }

  it.each([
    ['just under', () => under, 'below its line of 85', true],
    ['just over', () => over, 'at or above its line of 85', false],
  ] as const)('the Party %s its line: the line before choosing, the card after', async (_, party, verdict, falls) => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 });
    const before = await toTheVote(page, party());
    expect(before).toContain(`Party apparatus${party()} out of 100`);
    expect(before).toContain('At stake: Party apparatus. Below 85 after this choice, you fall.');
    await screenshot(page, `stake-${falls ? 'under' : 'over'}-1366x768`);
    await choiceButtons(page).nth(refuse).click();
    const card = await continueTo(page, 'What really happened');
    expect(card).toContain(`after your choice your Party apparatus stood at ${party()}, ${verdict}.`);
    // The standing no longer shows a line: the decision is taken.
    await expect(standing(page).textContent()).resolves.not.toContain('At stake');
    const next = await continueTo(page, falls ? 'Counterfactual ending' : 'The Marshal');
    expect(next.includes('Counterfactual ending')).toBe(falls);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('carries on after the fall with the power bases where history had them, and survival dates from the fall', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 });
    await toTheVote(page, under);
    await choiceButtons(page).nth(refuse).click();
    await continueTo(page, 'Counterfactual ending');
    await choiceButtons(page).getByText('Continue as history really went').click();
    const shown = await continueTo(page, "Back on history's path");
    expect(shown).toContain('your power bases are where history had them');
    const history = historicalPowerAfter(compiled, 'anti_party_group');
    const panel = (await standing(page).textContent()) ?? '';
    for (const [base, label] of [['party', 'Party apparatus'], ['presidium', 'Presidium'], ['army', 'Army'], ['security', 'Security organs'], ['people', 'People']]) {
      expect(panel).toContain(`${label}${history[base]} out of 100`);
    }
    // On as history went, to the debrief: the first fall still measures survival.
    const game = new GameStory(compiled);
    for (const i of ways.get(under) ?? []) game.choose(i);
    game.choose(refuse);
    game.choose(game.turn.choices.findIndex((c) => c.tags.rejoin));
    while (!game.turn.finished) {
      const i = Math.max(0, game.turn.choices.findIndex((c) => c.tags.historical || c.tags.rejoin));
      game.choose(i);
      await take(page, i);
    }
    for (let step = 0; step < 40 && !(await debriefHeading(page).isVisible()); step++) {
      await nextScreen(page);
      if (await debriefHeading(page).isVisible()) break;
      await continueButton(page).first().click();
    }
    const debrief = (await page.locator('body').innerText()) ?? '';
    expect(debrief).toMatch(/Survival\s+Your Khrushchev first fell on 29 June 1957: \d+% of the way \(\d+ of the \d+ days\) to 14 October 1964\. Survival counts to that first fall/);
    await screenshot(page, 'stake-debrief-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
