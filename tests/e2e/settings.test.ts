// The settings do what they say, on the page a student sees: text size, high contrast, reading
// font and reduced motion change the story's text, and every setting (sound included) is still
// there after a reload.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choiceButtons, continueButton, hasBrowser, launch, screenshot } from './browser';
import { CHOICES, audit, openThaw, reachButtons, serious, startLesson } from './inspect';

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Settings' });

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = settingsDialog(page);
  await dialog.waitFor();
  return dialog;
}

async function closeSettings(page: Page): Promise<void> {
  await settingsDialog(page).getByRole('button', { name: 'Done' }).click();
  await settingsDialog(page).waitFor({ state: 'detached' });
}

/** Computed style of the passage's body text (its longest paragraph), and of the first choice. */
async function storyStyle(page: Page) {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('main p')].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    const choice = document.querySelector('[role="group"] button');
    if (!p) throw new Error('No passage on screen.');
    const cs = getComputedStyle(p);
    const panel = p.closest('main') as HTMLElement;
    return {
      size: Number.parseFloat(cs.fontSize),
      choiceSize: choice ? Number.parseFloat(getComputedStyle(choice).fontSize) : null,
      family: cs.fontFamily,
      choiceFamily: choice ? getComputedStyle(choice).fontFamily : null,
      color: cs.color,
      background: getComputedStyle(panel).backgroundColor,
    };
  });
}

/** WCAG contrast ratio of two computed "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe.skipIf(!hasBrowser)('settings change what they say they change', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('text size steps enlarge the story and the choices, which stay reachable, and the size is remembered', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    await startLesson(page);
    const normal = await storyStyle(page);
    const sizes: number[] = [normal.size];
    for (const label of ['Large', 'Largest']) {
      const dialog = await openSettings(page);
      await dialog.getByRole('radio', { name: label, exact: true }).check();
      await closeSettings(page);
      const now = await storyStyle(page);
      expect(now.size, `${label}: the story's text grows`).toBeGreaterThanOrEqual(sizes[sizes.length - 1] * 1.15);
      expect(now.choiceSize ?? 0, `${label}: the choices grow`).toBeGreaterThan(normal.choiceSize ?? Number.POSITIVE_INFINITY);
      sizes.push(now.size);
    }
    // The largest text on a 1366×768 projector: every choice can still be reached and read whole.
    await screenshot(page, 'settings-largest-text-1366x768');
    const reach = await reachButtons(page, CHOICES);
    expect(reach.problems).toEqual([]);
    // A reload returns to the game in play, in the size chosen.
    await page.reload();
    await choiceButtons(page).first().waitFor();
    expect((await storyStyle(page)).size, 'the size is remembered after a reload').toBeCloseTo(sizes[2], 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('high contrast makes the story black on white, with no serious axe-core violation', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    await startLesson(page);
    const before = await storyStyle(page);
    const dialog = await openSettings(page);
    await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
    await closeSettings(page);
    const after = await storyStyle(page);
    expect([after.color, after.background]).not.toEqual([before.color, before.background]);
    expect(contrast(after.color, after.background)).toBeGreaterThan(contrast(before.color, before.background));
    expect(contrast(after.color, after.background)).toBeGreaterThanOrEqual(15);
    await screenshot(page, 'settings-high-contrast-1366x768');
    expect(serious(await audit(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the reading font changes the story and the choices to that font, and it is loaded', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    await startLesson(page);
    expect((await storyStyle(page)).family).toMatch(/^"?PT Serif/);
    for (const [label, family] of [['Dyslexia-friendly (OpenDyslexic)', 'OpenDyslexic'], ['Hyperlegible (Atkinson Hyperlegible)', 'Atkinson Hyperlegible']]) {
      const dialog = await openSettings(page);
      await dialog.getByRole('radio', { name: label, exact: true }).check();
      await closeSettings(page);
      const now = await storyStyle(page);
      expect(now.family).toMatch(new RegExp(`^"?${family}`));
      expect(now.choiceFamily).toMatch(new RegExp(`^"?${family}`));
      // Not just named: the font file arrived, so the text is drawn in it and not in a fallback.
      await expect(page.evaluate(async (f) => {
        await document.fonts.ready;
        return document.fonts.check(`16px "${f}"`) && [...document.fonts].some((ff) => ff.family.replace(/"/g, '') === f && ff.status === 'loaded');
      }, family)).resolves.toBe(true);
    }
    await screenshot(page, 'settings-hyperlegible-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('motion follows the system setting, and "Reduce motion" stops the transitions', async () => {
    const animation = (page: Page) =>
      page.evaluate(() => {
        const section = document.querySelector('main section');
        const bar = document.querySelector('[aria-labelledby="standing-h"] [aria-hidden="true"] > span');
        return {
          name: section ? getComputedStyle(section).animationName : null,
          bar: bar ? getComputedStyle(bar).transitionDuration : null,
        };
      });
    // The system asks for motion: passages arrive with a short animation.
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 }, 'no-preference');
    await startLesson(page);
    const moving = await animation(page);
    expect(moving.name).not.toBe('none');
    expect(moving.bar).not.toBe('0s');
    let dialog = await openSettings(page);
    const reduce = dialog.getByRole('checkbox', { name: 'Reduce motion' });
    await expect(reduce.isChecked()).resolves.toBe(false);
    await reduce.check();
    await closeSettings(page);
    await choiceButtons(page).first().click();
    await continueButton(page).first().waitFor();
    await expect(animation(page)).resolves.toEqual({ name: 'none', bar: '0s' });
    await page.context().close();

    // The system asks for reduced motion: none, and the setting says so.
    const still = await openThaw(browser, { width: 1366, height: 768 }, 'reduce');
    await startLesson(still.page);
    await expect(animation(still.page)).resolves.toEqual({ name: 'none', bar: '0s' });
    dialog = await openSettings(still.page);
    await expect(dialog.getByRole('checkbox', { name: 'Reduce motion' }).isChecked()).resolves.toBe(true);
    expect([...errors, ...still.errors]).toEqual([]);
    await still.page.context().close();
  });

  it('volume and mute, set by keyboard, are remembered after a reload', async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    let dialog = await openSettings(page);
    const volume = dialog.getByRole('slider', { name: /Volume/ });
    const start = Number(await volume.inputValue());
    await volume.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    expect(Number(await volume.inputValue())).toBe(35);
    expect(start).not.toBe(35);
    await expect(dialog.getByText('35%').count()).resolves.toBe(1);
    await dialog.getByRole('checkbox', { name: 'Mute all sound' }).check();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    dialog = await openSettings(page);
    await expect(dialog.getByRole('slider', { name: /Volume/ }).inputValue()).resolves.toBe('35');
    await expect(dialog.getByRole('checkbox', { name: 'Mute all sound' }).isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => [localStorage.getItem('thaw.audio.volume'), localStorage.getItem('thaw.audio.muted')])).resolves.toEqual(['0.35', 'true']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
