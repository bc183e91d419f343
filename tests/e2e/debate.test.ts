// The historians' debate at the end of the debrief: the three readings with their historians,
// quoted and cited, and the reading the student's own choices support. Played in Chromium,
// by mouse, along paths worked out here with the engine.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import historians from '../../story/historians.json';
import { leadingReadings, readingSupport } from '../../src/engine/historians';
import { historicalIndex } from '../../src/engine/span';
import { GameStory, type Turn } from '../../src/engine/story';
import { playOut } from '../support/playOut';
import { SHOTS, type Watched, debriefHeading, hasBrowser, launch, playToDebrief } from './browser';
import { audit, described, openThaw } from './inspect';


/** Play the story with `pick` in the engine: the choice indices, and the log. */
function plan(pick: (t: Turn) => number) {
  const choices: number[] = [];
  const game = playOut(new GameStory(story), (t) => {
    const i = pick(t);
    choices.push(i);
    return i;
  });
  return { choices, game };
}

/** What really happened, except at the 22nd Congress (so one reading leads). */
const mostlyHistorical = plan((t) =>
  t.decision?.id === 'twenty_second_congress' ? t.choices.findIndex((c) => !c.tags.historical) : historicalIndex(t));
/** Never what really happened nor an option a reading explains, and straight to the debrief at the first fall: no reading at all. */
const neverHistorical = plan((t) => (t.decision ? t.choices.findIndex((c) => !c.tags.historical && !c.tags.reading) : t.choices.length - 1));

/** Open the game in a fresh page (axe-core goes in as an inline script: the page's CSP is bypassed) and play `choices`. */
async function playToDebate(browser: Browser, choices: readonly number[]): Promise<Watched> {
  const { page, errors } = await openThaw(browser, { width: 1366, height: 900 });
  await page.getByRole('button', { name: 'New game' }).click();
  let next = 0;
  await playToDebrief(page, () => choices[next++] ?? 0);
  expect(next).toBe(choices.length);
  await debriefHeading(page).waitFor();
  return { page, errors };
}

describe.skipIf(!hasBrowser)("the historians' debate in the debrief", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the engine paths are what this test expects', () => {
    const lead = leadingReadings(readingSupport(mostlyHistorical.game.log.decisions, mostlyHistorical.game.meta.readings));
    expect(lead.map((s) => [s.reading.id, s.decisions.map((d) => d.id)])).toEqual([
      ['break', ['malenkov_loses_premiership', 'prisoner_releases_1956', 'anti_party_group', 'ivan_denisovich']],
    ]);
    expect(neverHistorical.game.log.decisions.some((d) => d.reading)).toBe(false);
  });

  it('shows the three readings with their historians, and the reading the choices support', async () => {
    const { page, errors } = await playToDebate(browser, mostlyHistorical.choices);
    const section = page.getByRole('region', { name: "The historians' debate" });
    await section.waitFor({ timeout: 10_000 });
    await expect(section.getByRole('heading', { level: 2, name: "The historians' debate" }).count()).resolves.toBe(1);
    for (const label of ['A genuine break', 'Limited or tactical', 'Destabilising or unintended']) {
      await expect(section.getByRole('heading', { level: 3, name: label }).count()).resolves.toBe(1);
    }
    // Every historian by name, with their quotation as a quotation, cited.
    const quotes = section.locator('blockquote');
    await expect(quotes.count()).resolves.toBe(6);
    for (const r of Object.values(historians.readings)) {
      for (const h of r.historians) {
        await expect(section.getByRole('heading', { level: 4, name: h.name }).count()).resolves.toBe(1);
        await expect(quotes.filter({ hasText: h.quote }).count()).resolves.toBe(1);
      }
    }
    await expect(section.locator('figcaption cite').first().textContent()).resolves.toBe('The Politics of Soviet De-Stalinization');
    // Teacher notes are for the teacher tools, never the student.
    await expect(section.getByText(/Note for teachers/).count()).resolves.toBe(0);

    const support = page.getByRole('region', { name: 'The reading your choices support' });
    const text = (await support.textContent()) ?? '';
    // The measure: each reading's share of the choices a historian explains, with those choices and the passage behind each.
    expect(text).toContain('8 of your choices are ones a historian explains. "A genuine break" explains the most: 4 of 8 (50%).');
    expect(text).toContain('A genuine break: 4 of 8 (50%)');
    expect(text).toContain('Limited or tactical: 3 of 8 (38%)');
    expect(text).toContain('Destabilising or unintended: 1 of 8 (13%)');
    expect(text).toContain('Publish Ivan Denisovich? (September 1962 · Crisis Year): you chose “Authorise publication, and have the Presidium approve it.” Martin McCauley: “freshened culture”');
    await expect(support.getByText('Which historian best explains the decisions you made?').count()).resolves.toBe(1);

    expect(described(await audit(page, { within: '.debate' }))).toEqual([]);
    // Tall enough that the whole section is on screen (the debrief scrolls inside its layer).
    await page.setViewportSize({ width: 1366, height: 3000 });
    await section.screenshot({ path: path.join(SHOTS, 'debate-1366.png') });

    // On paper (A4's printable width): the section is there, nothing spills sideways, lines to write on.
    await page.setViewportSize({ width: 688, height: 6000 });
    await page.emulateMedia({ media: 'print' });
    await expect(section.isVisible()).resolves.toBe(true);
    await expect(section.locator('.answer-lines').isVisible()).resolves.toBe(true);
    const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(spill).toBeLessThanOrEqual(1);
    await section.screenshot({ path: path.join(SHOTS, 'debate-print-a4.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when none of the choices is one the historians explain, and still asks the question', async () => {
    const { page, errors } = await playToDebate(browser, neverHistorical.choices);
    const support = page.getByRole('region', { name: 'The reading your choices support' });
    await support.waitFor({ timeout: 10_000 });
    await expect(support.getByText(/None of your choices is one these historians explain/).count()).resolves.toBe(1);
    await expect(support.getByText('Which historian best explains the decisions you made?').count()).resolves.toBe(1);
    await expect(support.getByRole('list').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
