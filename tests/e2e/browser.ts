// Drives headless Chromium (Debian's package, through playwright-core) the way a student
// would: by role and name, never by CSS class.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Frame, type Locator, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';

export const hasBrowser = inject('chromium') !== null;
export const baseUrl = inject('baseUrl');
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromium') ?? undefined, args: [...FLAGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions seen on the page. */
  errors: string[];
}

/** Console errors and uncaught exceptions on `page`, added to `errors` as they happen. */
export function watchErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`Uncaught: ${e.message}`));
  return errors;
}

export interface OpenOptions {
  /** Lift the page's Content-Security-Policy, for axe-core, which goes in as an inline script. */
  bypassCSP?: boolean;
  /** Work on the fresh context before the page opens: init scripts, routes. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

/** The game's title in a fresh browser context, with its errors watched. */
export async function openGame(
  browser: Browser,
  viewport = { width: 1366, height: 768 },
  motion: 'reduce' | 'no-preference' = 'reduce',
  options: OpenOptions = {},
): Promise<Watched> {
  // Reduced motion by default: the game then skips its transitions, and clicks need not wait for them.
  const context = await browser.newContext({ viewport, reducedMotion: motion, bypassCSP: options.bypassCSP ?? false });
  await options.prepare?.(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'New game' }).waitFor();
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Where the game is: a page, or the frame a learning platform opened it in. */
export type GameSurface = Page | Frame;

export const debriefHeading = (page: GameSurface) => page.getByRole('heading', { name: /Debrief/ });
export const choiceButtons = (page: GameSurface) => page.getByRole('group', { name: 'Choices' }).getByRole('button');
export const continueButton = (page: GameSurface) => page.getByRole('button', { name: /^Continue/ });

/**
 * Click a control that may vanish as the screen moves on (the last "Continue" hands over to
 * the debrief): a control that is gone is not a failure, the caller looks again. A click that
 * fails while the control is still there (covered, disabled) is one, and is thrown.
 */
export async function clickIfThere(target: Locator): Promise<void> {
  if ((await target.count()) === 0) return;
  try {
    await target.click({ timeout: 5_000 });
  } catch (error) {
    if ((await target.count()) > 0) throw error;
  }
}

/** The page has drawn `n` more frames: what the last action changed is laid out and painted. */
export function frames(page: Page, n = 2): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Something to act on is on screen: choices, a Continue, a timed decision's "Show the choices", or the debrief. */
export function nextScreen(page: GameSurface): Promise<void> {
  return choiceButtons(page).or(continueButton(page)).or(page.getByRole('button', { name: 'Show the choices' })).or(debriefHeading(page)).first()
    .waitFor({ timeout: 60_000 });
}

/**
 * Play to the debrief by mouse: press Continue (or "Show the choices") when it is there, otherwise pick an option
 * with `pick(count)`. Returns how many decisions were made (options offered under a question).
 * `beforePick` runs before each option is picked (a test moves the page's clock there).
 */
export async function playToDebrief(page: GameSurface, pick: (count: number) => number, beforePick?: () => Promise<void>): Promise<number> {
  let decisions = 0;
  for (let step = 0; step < 400; step++) {
    if (await debriefHeading(page).isVisible()) return decisions;
    // A timed decision shows its choices (and starts its clock) when asked.
    const show = page.getByRole('button', { name: 'Show the choices' });
    if ((await show.count()) > 0) {
      await clickIfThere(show);
      continue;
    }
    const cont = continueButton(page);
    if ((await cont.count()) > 0 && (await choiceButtons(page).count()) === 0) {
      await clickIfThere(cont.first());
      continue;
    }
    const options = choiceButtons(page);
    const n = await options.count();
    if (n > 0) {
      const first = (await options.first().textContent()) ?? '';
      if (!/Continue as history|See the debrief/.test(first)) decisions += 1;
      await beforePick?.();
      await clickIfThere(options.nth(pick(n)));
      continue;
    }
    await nextScreen(page);
  }
  throw new Error('The debrief was not reached in 400 steps.');
}
