// Hard to break, in the browser: storage full of junk, no WebGL, sound blocked, a window
// resized while playing, a double click on "Continue". School machines do all of these.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl, choiceButtons, clickIfThere, continueButton, debriefHeading, frames, hasBrowser, launch, nextScreen, openGame, playToDebrief, screenshot,
  watchErrors,
} from './browser';

const SAVE_KEY = 'thaw.save';

/** Open the game in a fresh context that runs `init` before any of the page's own scripts. */
const openWith = (browser: Browser, init: () => void) =>
  openGame(browser, undefined, 'reduce', { prepare: (context) => context.addInitScript(init) });

/** New game, and its first option: the story goes on to the next screen. */
async function newGameFirstChoice(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await choiceButtons(page).first().click();
  await continueButton(page).first().waitFor();
}

/** The saved game after New game and the first choice, as the page wrote it. */
async function realSave(page: Page): Promise<string> {
  await newGameFirstChoice(page);
  const save = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  if (!save) throw new Error('The game saved nothing.');
  return save;
}

/** Ink's saved state inside a save, changed by `change`. */
function withInkState(save: string, change: (ink: { [k: string]: unknown }) => void): string {
  const file = JSON.parse(save);
  const ink = JSON.parse(file.checkpoint.inkState);
  change(ink);
  file.checkpoint.inkState = JSON.stringify(ink);
  return JSON.stringify(file);
}

interface Junk {
  name: string;
  /** What to write to storage, given a real save. */
  items: (save: string) => Record<string, string>;
  /** What the title must say, or null when nothing needs saying (the settings quietly fall back). */
  says: RegExp | null;
}

const DAMAGED = /The saved game is damaged and cannot be read\. Start a new game to play\./;

const JUNK: Junk[] = [
  { name: 'not JSON', items: () => ({ [SAVE_KEY]: 'this is not a saved game {{{' }), says: DAMAGED },
  { name: 'control characters and broken surrogates', items: () => ({ [SAVE_KEY]: '\u0000\uFFFF\uD800\u202E' }), says: DAMAGED },
  { name: 'JSON of another shape', items: () => ({ [SAVE_KEY]: '[{"format":1},null,3]' }), says: DAMAGED },
  { name: 'a save cut short', items: (s) => ({ [SAVE_KEY]: s.slice(0, Math.floor(s.length / 2)) }), says: DAMAGED },
  { name: 'a huge value', items: () => ({ [SAVE_KEY]: `{"format":1,"story":"${'9'.repeat(3_000_000)}"}` }), says: DAMAGED },
  { name: 'a huge non-JSON value', items: () => ({ [SAVE_KEY]: 'x'.repeat(2_500_000) }), says: DAMAGED },
  {
    name: 'a save from an older version of the story',
    items: (s) => ({ [SAVE_KEY]: s.replace(/"story":"[0-9a-f]+"/, '"story":"0123456789abcd"') }),
    says: /The saved game was made with an earlier version of the story, so it cannot be continued\. Start a new game to play\./,
  },
  {
    name: 'a save from another version of Thaw',
    items: (s) => ({ [SAVE_KEY]: s.replace('"format":1', '"format":7') }),
    says: /made by a different version of Thaw/,
  },
  {
    // This one once froze the page for ever: ink looped on a pointer that was not a number.
    name: 'a save whose ink state points nowhere',
    items: (s) =>
      ({
        [SAVE_KEY]: withInkState(s, (ink) => {
          const flows = ink.flows as Record<string, { callstack: { threads: { callstack: { idx: unknown }[] }[] } }>;
          for (const f of Object.values(flows)) for (const t of f.callstack.threads) for (const e of t.callstack) e.idx = false;
        }),
      }),
    says: DAMAGED,
  },
  {
    name: 'a save whose power is not a number',
    items: (s) => ({ [SAVE_KEY]: withInkState(s, (ink) => { ink.variablesState = { party: [[[]]], army: '^lots' }; }) }),
    says: DAMAGED,
  },
  {
    name: 'junk in every setting and the competition record',
    items: (s) => ({
      [SAVE_KEY]: s,
      'thaw.competition': '{"name":',
      'thaw.display': '{"textSize":"enormous","contrast":{},"font":null,"motion":12}',
      'thaw.audio.volume': 'NaN',
      'thaw.audio.muted': 'perhaps',
      // Not a screen the game knows: the title, not the game the save holds.
      'thaw.screen': '{"play"',
      'thaw.last': '{"resultCode":',
    }),
    says: null,
  },
  {
    name: 'settings that are not JSON, and huge',
    items: () => ({
      'thaw.display': '}'.repeat(1_000_000), 'thaw.audio.volume': '1e999', 'thaw.audio.muted': '{', 'thaw.screen': 'x'.repeat(100_000),
    }),
    says: null,
  },
];

describe.skipIf(!hasBrowser)('hard to break in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(JUNK)('storage holding $name: the title says what happened, and a new game plays', async (junk) => {
    const { page, errors } = await openGame(browser);
    const save = await realSave(page);
    await page.evaluate((items) => {
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, junk.items(save));
    await page.reload();
    const newGame = page.getByRole('button', { name: 'New game' });
    await newGame.waitFor();
    if (junk.says) {
      await expect(page.getByRole('status').filter({ hasText: /saved game/ }).textContent()).resolves.toMatch(junk.says);
      expect(await page.getByRole('button', { name: 'Continue saved game' }).count()).toBe(0);
    }
    await newGame.click();
    await choiceButtons(page).first().waitFor();
    expect(await choiceButtons(page).count()).toBeGreaterThan(1);
    // The new game replaced the junk, and a choice is saved.
    await choiceButtons(page).first().click();
    await continueButton(page).first().waitFor();
    const path = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').checkpoint?.record?.path, SAVE_KEY);
    expect(path).toEqual([0]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('storage that is full: the game plays on without saving, with no error', async () => {
    const { page, errors } = await openGame(browser);
    // Fill the origin's storage to the last few characters.
    const stored = await page.evaluate(() => {
      let size = 8 * 1024 * 1024;
      let n = 0;
      while (size >= 16) {
        try {
          localStorage.setItem(`thaw.filler.${n}`, 'f'.repeat(size));
          n += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return n;
    });
    expect(stored).toBeGreaterThan(0);
    await newGameFirstChoice(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a browser with storage blocked altogether plays to its first decision', async () => {
    const { page, errors } = await openWith(browser, () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await newGameFirstChoice(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sound blocked (no AudioContext, media play() refused) plays to the debrief with no error', async () => {
    const { page, errors } = await openWith(browser, () => {
      // A function, not an arrow: `new AudioContext()` must reach the throw, not fail as "not a constructor".
      const refuse = function refuse(): never {
        throw new DOMException('Audio is not allowed here.', 'NotAllowedError');
      };
      for (const name of ['AudioContext', 'webkitAudioContext', 'OfflineAudioContext']) {
        Object.defineProperty(window, name, { value: refuse, configurable: true, writable: true });
      }
      HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('play() is not allowed here.', 'NotAllowedError'));
    });
    await expect(page.evaluate(() => { try { new AudioContext(); return 'made'; } catch { return 'refused'; } })).resolves.toBe('refused');
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    const decisions = await playToDebrief(page, (n) => n - 1);
    expect(decisions).toBeGreaterThan(3);
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('resizing the window during play, down to a portrait phone, keeps the choices on screen and clickable', async () => {
    const sizes = [
      { width: 1366, height: 768 }, { width: 375, height: 667 }, { width: 1920, height: 1080 }, { width: 320, height: 568 },
      { width: 667, height: 375 }, { width: 800, height: 600 }, { width: 768, height: 1024 }, { width: 1024, height: 600 },
    ];
    const { page, errors } = await openGame(browser, sizes[0]);
    await page.getByRole('button', { name: 'New game' }).click();
    let resized = 0;
    for (let step = 0; step < 400 && !(await debriefHeading(page).isVisible()); step++) {
      const options = choiceButtons(page);
      if ((await options.count()) === 0) {
        if ((await continueButton(page).count()) > 0) await clickIfThere(continueButton(page).first());
        else await nextScreen(page);
        continue;
      }
      const size = sizes[resized % sizes.length];
      await page.setViewportSize(size);
      resized += 1;
      // Let the layout settle: two frames.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const n = await options.count();
      for (let i = 0; i < n; i++) {
        const option = options.nth(i);
        await option.scrollIntoViewIfNeeded();
        const box = await option.boundingBox();
        const where = `option ${i + 1} at ${size.width}×${size.height}`;
        if (!box) throw new Error(`${where} has no box`);
        expect(box.x, where).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, where).toBeLessThanOrEqual(size.width + 1);
        expect(box.y, where).toBeGreaterThanOrEqual(0);
        expect(box.y + Math.min(box.height, 24), where).toBeLessThanOrEqual(size.height + 1);
        // Nothing covers it: a trial click finds the button itself under the pointer.
        await option.click({ trial: true, timeout: 5_000 });
      }
      if (resized === 4) await screenshot(page, 'robust-resized-320x568');
      // Any option, but never the early way out to the debrief: the game should go on resizing.
      const labels = await options.allTextContents();
      const pickable = labels.map((_, i) => i).filter((i) => !/See the debrief/.test(labels[i]));
      await options.nth(pickable[resized % pickable.length]).click();
    }
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    expect(resized).toBeGreaterThanOrEqual(sizes.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a double click on "Continue" never chooses on the screen that follows', async () => {
    const { page, errors } = await openGame(browser);
    await page.getByRole('button', { name: 'New game' }).click();
    const pathNow = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').checkpoint?.record?.path?.length, SAVE_KEY);
    let doubled = 0;
    for (let step = 0; step < 60 && doubled < 6 && !(await debriefHeading(page).isVisible()); step++) {
      if ((await choiceButtons(page).count()) > 0) {
        await choiceButtons(page).first().click();
        continue;
      }
      if ((await continueButton(page).count()) === 0) {
        await nextScreen(page);
        continue;
      }
      const before = await pathNow();
      await continueButton(page).first().dblclick();
      // The screen after Continue is up and has had two frames to act on the second click.
      await nextScreen(page);
      await frames(page);
      expect(await pathNow(), `double click ${doubled + 1} on Continue`).toBe(before);
      doubled += 1;
    }
    expect(doubled).toBe(6);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * A lesson of the first chapter only, played by mouse (always the first option) up to its
 * "Continue to the debrief"; returns the options chosen, as their labels.
 */
async function firstChapterToTheEnd(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Choose chapters' }).click();
  await page.getByLabel('From chapter').selectOption('1');
  await page.getByLabel('To chapter').selectOption('1');
  await page.getByRole('button', { name: 'Start' }).click();
  const chosen: string[] = [];
  const toDebrief = page.getByRole('button', { name: 'Continue to the debrief' });
  for (let step = 0; step < 100 && (await toDebrief.count()) === 0; step++) {
    const options = choiceButtons(page);
    if ((await options.count()) > 0) {
      chosen.push((await options.first().locator('.label').textContent()) ?? '');
      await options.first().click();
    } else await continueButton(page).first().click();
  }
  return chosen;
}

/** Open the game in a fresh context whose requests for the stage's script `hold` may delay. */
async function openWithStage(browser: Browser, hold: (() => Promise<void>) | null) {
  let stageAsked = false;
  const opened = await openGame(browser, undefined, 'reduce', {
    prepare: (context) =>
      context.route(/\/assets\/stage-[^/]*\.js$/, async (route) => {
        stageAsked = true;
        if (hold) await hold();
        await route.continue();
      }),
  });
  return { ...opened, stageAsked: () => stageAsked };
}

describe.skipIf(!hasBrowser)('the way to the debrief', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on a laptop still loading Phaser: the debrief of that game opens without waiting for it, and the stage that comes later paints an empty room', async () => {
    // The stage (Phaser and its scene) is held back until after the debrief, as on a slow
    // school laptop; the game and the debrief are HTML and need nothing of it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const { page, errors, stageAsked } = await openWithStage(browser, () => held);
    const chosen = await firstChapterToTheEnd(page);
    expect(stageAsked(), 'the page asked for the stage').toBe(true);
    expect(chosen.length).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Continue to the debrief' }).click();
    await debriefHeading(page).waitFor();
    expect(await page.locator('#stage canvas').count(), 'the debrief came before the stage').toBe(0);
    // The debrief is of the game just played: its decisions, one row each, and nothing else.
    const rows = await page.getByRole('table', { name: 'Your decisions and what really happened' }).getByRole('row').allTextContents();
    expect(rows.length - 1).toBe(chosen.length);
    for (const [i, label] of chosen.entries()) expect(rows[i + 1]).toContain(label);

    // The stage arrives behind the debrief: it paints what the flow asks for now (nobody in the
    // room), not the game's last room, and the debrief stays as it was.
    release();
    await page.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('#stage[data-loop="asleep"]').waitFor({ state: 'attached', timeout: 60_000 });
    await expect(page.locator('#stage').getAttribute('data-room')).resolves.toBeNull();
    await expect(debriefHeading(page).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pressed twice before the next frame, "Continue to the debrief" opens the debrief once, in the same moment as the press', async () => {
    const { page, errors } = await openWithStage(browser, null);
    await firstChapterToTheEnd(page);
    await page.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    // The stage has drawn the game's room (so that its emptying, below, is seen).
    await page.locator('#stage[data-room]').waitFor({ state: 'attached', timeout: 60_000 });
    // Everything the page fetches during a game has arrived (the debrief's part among it).
    await page.waitForLoadState('networkidle');
    // Count the debriefs put on screen, and press twice in one go (a key held down a moment
    // too long, a switch user, a screen reader that activates twice).
    const atOnce = await page.evaluate(() => {
      const w = window as unknown as { debriefsShown: number };
      w.debriefsShown = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) if (n instanceof HTMLElement && n.querySelector('h1')?.textContent === 'Debrief') w.debriefsShown += 1;
        }
      }).observe(document.getElementById('ui') as HTMLElement, { childList: true });
      const press = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Continue to the debrief');
      press?.click();
      // The ended game's screen is gone before anything else can happen: nothing still offers "Continue to the debrief".
      const shown = document.querySelector('#ui h1')?.textContent === 'Debrief';
      press?.click();
      return shown;
    });
    expect(atOnce, 'the debrief is on screen as the press returns').toBe(true);
    await debriefHeading(page).waitFor({ timeout: 60_000 });
    // A second debrief would follow the first within a frame or two (its part is loaded by then).
    await frames(page, 10);
    await expect(page.evaluate(() => (window as unknown as { debriefsShown: number }).debriefsShown)).resolves.toBe(1);
    // The room the game drew has emptied: the debrief has nobody in it.
    await page.locator('#stage[data-loop="asleep"]').waitFor({ state: 'attached' });
    await expect(page.locator('#stage').getAttribute('data-room')).resolves.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * A fresh context (with `storage`, a context's saved state, if given) whose requests for the
 * script `part` (a chunk's name, as in assets/debrief-….js) are held once `holding()` is called,
 * until `release()` (or `fail()`).
 */
async function openHolding(browser: Browser, part: string, storage?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  let hold = false;
  let release: (fail: boolean) => void = () => undefined;
  const held = new Promise<boolean>((r) => {
    release = r;
  });
  let asked: () => void = () => undefined;
  const wasAsked = new Promise<void>((r) => {
    asked = r;
  });
  const pattern = new RegExp(`/assets/${part}-[^/]*\\.js$`);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', storageState: storage });
  await context.route(pattern, async (route) => {
    if (hold) {
      asked();
      if (await held) return route.abort('internetdisconnected');
    }
    await route.continue();
  });
  const newPage = async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    return { page, errors };
  };
  return {
    context, newPage, wasAsked,
    /** From now on the part waits. */
    holding: () => {
      hold = true;
    },
    /** Let the part through, and wait until it has arrived. */
    release: async (page: Page) => {
      const arrived = page.waitForResponse(pattern);
      release(false);
      await arrived;
    },
    /** Let the part's request fail (the network has gone), and wait until it has. */
    fail: async (page: Page) => {
      const failed = page.waitForEvent('requestfailed', (r) => pattern.test(r.url()));
      release(true);
      await failed;
    },
  };
}

describe.skipIf(!hasBrowser)('a screen that arrives after another was asked for', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"Show my last result", then "New game" before the debrief has loaded: the game stays, and the late debrief (or title) does not replace it', async () => {
    const first = await openGame(browser);
    await firstChapterToTheEnd(first.page);
    await first.page.getByRole('button', { name: 'Continue to the debrief' }).click();
    await debriefHeading(first.page).waitFor();
    await first.page.getByRole('button', { name: 'Play again' }).click();
    await first.page.getByRole('button', { name: 'Show my last result' }).waitFor();
    expect(first.errors).toEqual([]);
    const storage = await first.page.context().storageState();
    await first.page.context().close();

    // The next lesson, on a page that has not loaded the debrief's part yet (a slow school network).
    const h = await openHolding(browser, 'debrief', storage);
    const { page, errors } = await h.newPage();
    h.holding();
    await page.getByRole('button', { name: 'Show my last result' }).click();
    await h.wasAsked;
    // Nothing seems to happen: the student starts a new game instead.
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await h.release(page);
    // Ten frames on, the late part has done whatever it would.
    await frames(page, 10);
    expect(await page.getByRole('button', { name: 'New game' }).count(), 'no title over the game').toBe(0);
    expect(await debriefHeading(page).count(), 'no debrief over the game').toBe(0);
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await h.context.close();
  });

  it.each([
    { part: 'arrives', what: 'the form does not come over the game, whose keys would act behind it' },
    { part: 'fails', what: 'the network went: no "could not load" comes over the game either' },
  ] as const)('"Whole class", then "New game" before its form has loaded, and its part $part: $what', async ({ part }) => {
    const h = await openHolding(browser, 'WholeClassView');
    const { page, errors } = await h.newPage();
    h.holding();
    await page.getByRole('button', { name: 'Whole class' }).click();
    await h.wasAsked;
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await (part === 'arrives' ? h.release(page) : h.fail(page));
    await frames(page, 10);
    expect(await page.getByLabel('Class name').count(), 'no whole-class form over the game').toBe(0);
    expect(await page.getByText('could not finish loading').count(), 'no failure notice over the game').toBe(0);
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    // A failed request's own line in the console is the browser's, not the game's.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await h.context.close();
  });

  it('"Whole class" whose part never arrives, with nothing else asked for: the player is told, and offered Reload', async () => {
    const h = await openHolding(browser, 'WholeClassView');
    const { page } = await h.newPage();
    h.holding();
    await page.getByRole('button', { name: 'Whole class' }).click();
    await h.wasAsked;
    await h.fail(page);
    await page.getByText('could not finish loading').waitFor();
    expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    await h.context.close();
  });
});

describe.skipIf(!hasBrowser)('without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Phaser falls back to its Canvas renderer and the game plays to the debrief', async () => {
    const { page, errors } = await openGame(browser);
    await expect(page.evaluate(() => document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'))).resolves.toBeNull();
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    // The stage's canvas draws in 2D: getContext gives back the kind it was made with, and null for any other.
    const canvas = page.locator('#stage canvas');
    await canvas.first().waitFor({ state: 'attached', timeout: 60_000 });
    await expect(canvas.first().evaluate((c) => [(c as HTMLCanvasElement).getContext('2d') !== null, (c as HTMLCanvasElement).getContext('webgl') === null])).resolves.toEqual([true, true]);
    const decisions = await playToDebrief(page, () => 0);
    expect(decisions).toBeGreaterThan(3);
    await screenshot(page, 'robust-debrief-canvas');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
