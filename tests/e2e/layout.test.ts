// Every screen size, from a phone held upright or sideways and a tablet to a 4K projector: a
// whole lesson is played at each size, and on every screen nothing spills sideways, nothing
// overlaps, story text stays readable, and every choice can be reached (scrolled into view if
// its panel scrolls) without touching another. Screenshots of the title, a decision, a "what
// really happened" card and the debrief land in test-results/screenshots/layout-*.png, to be
// looked at.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choiceButtons, continueButton, debriefHeading, frames, hasBrowser, launch, nextScreen, screenshot } from './browser';
import { CHOICES, inspectScreen, openThaw, reachButtons, revealHeading, startLesson } from './inspect';

const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 640 },
  // A phone turned sideways, and a school tablet held upright.
  { width: 667, height: 375 },
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/**
 * Story text (passages, cards, choices, the title's introduction) is read at length, so it is
 * never below 16 px, the browsers' default body size; on a big screen (a projector) it grows
 * with the window, at least 1/80 of its height, so the back row can read it. Nothing else
 * visible (captions, labels, meters) is below 12 px.
 */
const storyMin = (h: number) => Math.max(16, h / 80);
const LABEL_MIN = 12;

const CONTINUE = 'main button';

/** Let the backdrop (Phaser draws it at the next frame) catch up before a picture. */
const settle = (page: Page) => frames(page, 3);

describe.skipIf(!hasBrowser)('layout at every screen size', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SIZES)('$width×$height: a whole lesson fits, reads and can be played', async (size) => {
    const tag = `${size.width}x${size.height}`;
    const storyPx = storyMin(size.height);
    const { page, errors } = await openThaw(browser, size);
    const seen: string[] = [];
    const check = async (where: string) => {
      const p = await inspectScreen(page, storyPx, LABEL_MIN);
      if (p.spill.length + p.overlap.length + p.small.length > 0) await screenshot(page, `layout-FAILED-${tag}`);
      expect(p.spill, `sideways spill on ${where} at ${tag}`).toEqual([]);
      expect(p.overlap, `overlap on ${where} at ${tag}`).toEqual([]);
      expect(p.small, `small text on ${where} at ${tag}`).toEqual([]);
      seen.push(where);
      return p;
    };

    await settle(page);
    await screenshot(page, `layout-title-${tag}`);
    const title = await check('the title');
    expect(title.storyFont.length, 'the title has its introduction').toBeGreaterThan(0);

    await startLesson(page);
    await settle(page);
    await screenshot(page, `layout-decision-${tag}`);

    let s = size.width;
    let decisions = 0;
    let revealShot = false;
    let maxLines = 0;
    const desktop = size.width >= 1024;
    for (let step = 0; step < 400 && !(await debriefHeading(page).isVisible()); step++) {
      const n = await choiceButtons(page).count();
      if (n > 0) {
        const where = `decision ${decisions + 1}`;
        const p = await check(where);
        expect(p.storyFont.length, `${where} shows story text`).toBeGreaterThan(0);
        const reach = await reachButtons(page, CHOICES);
        if (reach.problems.length > 0 || (desktop && reach.visibleAtOnce < n)) await screenshot(page, `layout-FAILED-${tag}`);
        expect(reach.problems, `choices of ${where} at ${tag}`).toEqual([]);
        maxLines = Math.max(maxLines, ...reach.lines);
        // On a computer or a projector, every choice is on screen as the decision appears.
        if (desktop) expect(reach.visibleAtOnce, `choices of ${where} visible without scrolling at ${tag}`).toBe(n);
        decisions += 1;
        s = (s * 16807) % 2147483647;
        await choiceButtons(page).nth(s % n).click();
        continue;
      }
      if ((await continueButton(page).count()) > 0) {
        const reveal = (await revealHeading(page).count()) > 0;
        const where = reveal ? `a "what really happened" card after decision ${decisions}` : `a passage after decision ${decisions}`;
        await check(where);
        const reach = await reachButtons(page, CONTINUE);
        expect(reach.problems, `Continue on ${where} at ${tag}`).toEqual([]);
        if (desktop) expect(reach.visibleAtOnce, `Continue on ${where} visible without scrolling at ${tag}`).toBe(1);
        if (reveal && !revealShot) {
          await page.getByRole('main').evaluate(() => document.getElementById('ui')?.scrollTo(0, 0));
          await settle(page);
          await screenshot(page, `layout-reveal-${tag}`);
          revealShot = true;
        }
        await continueButton(page).first().click();
        continue;
      }
      await nextScreen(page);
    }
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    expect(revealShot, 'a "what really happened" card was seen').toBe(true);
    expect(decisions).toBeGreaterThanOrEqual(5);
    await settle(page);
    await screenshot(page, `layout-debrief-${tag}`);
    await check('the debrief');
    const actions = await reachButtons(page, 'main button');
    expect(actions.problems, `debrief buttons at ${tag}`).toEqual([]);
    // On a phone, at least one choice was long enough to wrap (and wrapped whole, checked above).
    if (size.width <= 360) expect(maxLines).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([SIZES[0], SIZES[4], SIZES[6]])('$width×$height: a very long choice wraps inside its button, whole', async (size) => {
    const { page } = await openThaw(browser, size);
    await startLesson(page);
    // The longest option the story has, made longer still, with an unbroken word in it.
    const long = await choiceButtons(page).evaluateAll((buttons) => {
      const label = buttons[0].lastElementChild as HTMLElement;
      label.textContent = `${buttons.map((b) => b.lastElementChild?.textContent ?? '').join(' Or else: ')} Pseudo-Supercalifragilisticexpialidocious-Presidium-ministry-reorganisation.`;
      return label.textContent.length;
    });
    expect(long).toBeGreaterThan(150);
    const reach = await reachButtons(page, CHOICES);
    expect(reach.problems).toEqual([]);
    expect(reach.lines[0], 'the long choice spans several lines').toBeGreaterThanOrEqual(2);
    const p = await inspectScreen(page, storyMin(size.height), LABEL_MIN);
    expect(p.spill).toEqual([]);
    expect(p.overlap).toEqual([]);
    await page.context().close();
  });
});
