// Accessibility in headless Chromium: axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every kind
// of screen (title, settings, a decision, a "what really happened" card, the debrief), and what
// a screen reader user depends on beyond them: focus follows the story, every button has a
// name, the power meters and the timeline say in words what they show.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choiceButtons, continueButton, debriefHeading, hasBrowser, launch, playToDebrief } from './browser';
import { audit, openThaw, revealHeading, serious, startLesson } from './inspect';

/** Buttons without an accessible name, as Chromium's accessibility tree (what a screen reader reads) has them. */
async function unnamedButtons(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
  };
  await cdp.detach();
  const buttons = nodes.filter((n) => !n.ignored && n.role?.value === 'button');
  if (buttons.length === 0) throw new Error('No buttons in the accessibility tree: the check would prove nothing.');
  return buttons.filter((n) => !n.name?.value.trim()).map((n) => `button #${n.backendDOMNodeId}`);
}

async function expectClean(page: Page, where: string): Promise<void> {
  const violations = await audit(page);
  expect(serious(violations), `axe-core on ${where}`).toEqual([]);
  expect(await unnamedButtons(page), `buttons without a name on ${where}`).toEqual([]);
}

/** The settings dialog: modal, named, focus inside it; Escape closes it and gives focus back. */
async function checkSettings(page: Page, opener: ReturnType<Page['getByRole']>, where: string): Promise<void> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();
  await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'focus is inside the settings').resolves.toBe(true);
  // Tab keeps focus inside the modal dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null);
    expect(inside, `Tab ${i + 1} left the settings dialog`).toBe(true);
  }
  await expectClean(page, `the settings dialog (${where})`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect(opener.evaluate((b) => b === document.activeElement), 'focus returns to the Settings button').resolves.toBe(true);
}

describe.skipIf(!hasBrowser)('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the title and its settings have no serious or critical violation', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    await expectClean(page, 'the title');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thaw');
    await checkSettings(page, page.getByRole('button', { name: 'Settings' }), 'from the title');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a decision, the settings during play and a "what really happened" card: clean, named, focus follows the story', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    await startLesson(page);
    await expectClean(page, 'the first decision');

    // The options are a named group of buttons, each named by its text.
    const options = await choiceButtons(page).allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(o.replace(/^\d/, '').trim().length).toBeGreaterThan(10);

    // Power meters: each says its base, its number and "out of 100" in words; the bar (hidden
    // from screen readers) is as long as the number says.
    const standing = page.getByRole('complementary', { name: 'Your standing' });
    const meters = await standing.getByRole('listitem').evaluateAll((items) =>
      items.map((li) => {
        const bar = li.querySelector('[aria-hidden="true"] > span');
        const track = bar?.parentElement;
        const width = bar && track ? Math.round((100 * bar.getBoundingClientRect().width) / track.getBoundingClientRect().width) : null;
        return { text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(), width };
      }),
    );
    expect(meters.length).toBeGreaterThanOrEqual(5);
    for (const m of meters) {
      const said = /^(\D+?)\s*(\d+) out of 100/.exec(m.text);
      expect(said, `meter text "${m.text}"`).not.toBeNull();
      expect(Math.abs((m.width ?? -100) - Number(said?.[2])), `bar of "${m.text}"`).toBeLessThanOrEqual(1);
    }
    // The timeline is an image named by the date shown in the header and the span of years.
    const header = page.getByRole('banner');
    const shownDate = /\d{1,2} [A-Z][a-z]+ \d{4}/.exec((await header.textContent()) ?? '')?.[0];
    expect(shownDate).toBeTruthy();
    await expect(header.getByRole('img', { name: /^Timeline:/ }).getAttribute('aria-label')).resolves.toBe(`Timeline: ${shownDate}, between 1953 and 1964`);

    // Settings during play.
    await checkSettings(page, page.getByRole('button', { name: 'Settings' }), 'during play');

    // Choose by keyboard; focus moves to the new passage, and the next Tab reaches its controls.
    const before = await page.getByRole('main').textContent();
    await page.keyboard.press('1');
    await page.waitForFunction((b) => document.querySelector('main')?.textContent !== b, before);
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      return { inMain: a?.closest('main') !== null, text: (a?.textContent ?? '').trim(), isBody: a === document.body };
    });
    expect(focused.isBody, 'focus was dropped to the page after a choice').toBe(false);
    expect(focused.inMain).toBe(true);
    expect(focused.text.length, 'the focused element holds the new passage').toBeGreaterThan(40);
    expect(before).not.toContain(focused.text.slice(0, 40));
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(next, 'Tab from the passage goes to its Continue button or first choice').toMatch(/^(Continue|1)/);

    // The meters said in words how the choice moved them.
    const moved = await standing.textContent();
    const changes = /(up|down) \d+/.test(moved ?? '');
    const arrows = /[▲▼] ?\d+/.test(moved ?? '');
    expect(changes, 'a visible change (▲/▼) has a spoken one (up/down)').toBe(arrows);

    // Continue to the first "what really happened" card.
    for (let i = 0; i < 20 && (await revealHeading(page).count()) === 0; i++) {
      if ((await choiceButtons(page).count()) > 0) await choiceButtons(page).first().click();
      else await continueButton(page).first().click();
    }
    await revealHeading(page).waitFor();
    await expectClean(page, 'a "what really happened" card');
    await expect(page.evaluate(() => document.activeElement?.querySelector('h2')?.textContent)).resolves.toBe('What really happened');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the debrief, at the end of a lesson played through, has no serious or critical violation, on a computer and on a phone', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    await startLesson(page);
    let s = 7;
    await playToDebrief(page, (n) => {
      s = (s * 16807) % 2147483647;
      return s % n;
    });
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Debrief');
    await expectClean(page, 'the debrief');
    // On a phone the decisions and the power bases are laid out as cards (styles.css): the same check.
    await page.setViewportSize({ width: 360, height: 640 });
    await expectClean(page, 'the debrief at 360 px');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
