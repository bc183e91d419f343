// The stage (Phaser) on a phone and at first load (issue 12 item 3): the page never asks for
// it while the title is up, asks the moment a game starts, and on a narrow screen shows it as
// a strip above the text rather than a backdrop the text hides. And the room on it (item 1):
// the people present react to a choice, moving with motion on and still with motion reduced.
// The stage writes what it has drawn on #stage (data-room, data-moving, data-animations, see
// src/scenes/Room.ts): the tests wait for those states, never for a length of time.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { STORY_FINGERPRINT } from '../support/codes';
import { choiceButtons, frames, hasBrowser, launch, nextScreen, openGame, screenshot } from './browser';

const STAGE_SCRIPT = /\/assets\/stage-[^/]*\.js$/;

interface RoomState {
  scene: string | null;
  people: { id: string; mood: string; focus: string | null }[];
  front: { headline: string; date: string | null } | null;
  file: { heading: string | null; date: string | null } | null;
  ending: string | null;
}

/** What a test waits for the stage to have drawn: people, and a front page, a file, someone picked out or not. */
interface Want {
  front?: boolean;
  file?: boolean;
  focus?: boolean;
  ending?: string | null;
}

/** What the stage has drawn, once it has drawn a room with people that is as `want` says. */
async function roomWhen(page: Page, want: Want): Promise<RoomState> {
  const handle = await page.waitForFunction(
    (w) => {
      const raw = document.getElementById('stage')?.dataset.room;
      if (!raw) return null;
      const room = JSON.parse(raw) as RoomState;
      const ok = room.people.length > 0
        && (w.front === undefined || (room.front !== null) === w.front)
        && (w.file === undefined || (room.file !== null) === w.file)
        && (w.focus === undefined || room.people.some((p) => p.focus !== null) === w.focus)
        && (w.ending === undefined || room.ending === w.ending);
      return ok ? raw : null;
    },
    want,
    { timeout: 60_000 },
  );
  return JSON.parse((await handle.jsonValue()) as string) as RoomState;
}

const stageData = (page: Page, key: 'moving' | 'animations' | 'loop') => page.locator('#stage').getAttribute(`data-${key}`);

/**
 * A new game's first decision: the room as it opens, and after option 1 ("Grab a power ministry",
 * whose outcome has Beria smile an unfriendly smile: `# actor: beria # mood: beria = stern`).
 */
async function reactToFirstChoice(page: Page): Promise<{ before: RoomState; after: RoomState }> {
  await page.getByRole('button', { name: 'New game' }).click();
  await choiceButtons(page).first().waitFor();
  const before = await roomWhen(page, { front: true });
  await choiceButtons(page).first().click();
  const after = await roomWhen(page, { front: false, focus: true });
  return { before, after };
}

describe.skipIf(!hasBrowser)('the stage at first load and on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['New game', 'Continue saved game'])('is not fetched while the title is up, and is once "%s" is pressed', async (press) => {
    const asked: string[] = [];
    // The page's own requests from its first, whether the network or the offline worker's copy
    // answers them. (The worker itself copies the whole game once the page has loaded, for
    // offline play: a download off the page's thread, not the page asking for Phaser.)
    const { page, errors } = await openGame(browser, { width: 360, height: 640 }, 'reduce', {
      prepare: async (context) =>
        context.on('request', (r) => {
          if (STAGE_SCRIPT.test(r.url()) && r.serviceWorker() === null) asked.push(r.url());
        }),
    });
    if (press !== 'New game') {
      // A game to continue: start one, choose once, and come back to the page afresh on the
      // title (a reload during play would return to the game itself, stage and all).
      await page.getByRole('button', { name: 'New game' }).click();
      await choiceButtons(page).first().click();
      await page.evaluate(() => localStorage.setItem('thaw.screen', 'title'));
      asked.length = 0;
      await page.reload();
      await page.getByRole('button', { name: 'Continue saved game' }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    await frames(page, 10);
    expect(asked, 'no request for the stage while the title is up').toEqual([]);
    await expect(page.locator('#stage canvas').count()).resolves.toBe(0);
    await page.getByRole('button', { name: press }).click();
    await nextScreen(page);
    await page.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(asked).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 360, height: 640 },
  ])('with motion on, puts the people in the room and moves them as they react to a choice, at $width x $height', async (viewport) => {
    const { page, errors } = await openGame(browser, viewport, 'no-preference');
    const { before, after } = await reactToFirstChoice(page);
    // The chapter opens: its front page, and the four men at the Presidium table, calm.
    expect(before).toMatchObject({ scene: 'presidium', front: { headline: 'The Death of Stalin', date: '5 March 1953' }, file: null, ending: null });
    expect(before.people).toEqual(['malenkov', 'beria', 'molotov', 'bulganin'].map((id) => ({ id, mood: 'calm', focus: null })));
    // The choice: Beria, whose course it was, is picked out, and turns stern.
    expect(after.people.find((p) => p.id === 'beria')).toEqual({ id: 'beria', mood: 'stern', focus: 'followed' });
    expect(after.people.filter((p) => p.id !== 'beria').map((p) => p.mood)).toEqual(['calm', 'calm', 'calm']);
    expect(Number(await stageData(page, 'animations'))).toBeGreaterThan(0);
    // The same in words, in the header.
    await expect(page.getByText('Beria (stern, the line you took)').count()).resolves.toBe(1);
    // The movements end, and the loop goes back to sleep.
    await page.locator('#stage[data-moving="false"][data-loop="asleep"]').waitFor({ state: 'attached' });
    await screenshot(page, `stage-reaction-${viewport.width}x${viewport.height}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with motion reduced, shows the same room and the same reaction, and moves nothing', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'reduce');
    const { before, after } = await reactToFirstChoice(page);
    expect(before.people.map((p) => p.mood)).toEqual(['calm', 'calm', 'calm', 'calm']);
    expect(after.people.find((p) => p.id === 'beria')).toEqual({ id: 'beria', mood: 'stern', focus: 'followed' });
    // Drawn, and nothing ever moved.
    await expect(stageData(page, 'animations')).resolves.toBe('0');
    await expect(stageData(page, 'moving')).resolves.toBe('false');
    await page.locator('#stage[data-loop="asleep"]').waitFor({ state: 'attached' });
    // A card next: the archive file, still.
    await page.getByRole('button', { name: /^Continue/ }).first().click();
    const card = await roomWhen(page, { file: true });
    expect(card.file).toEqual({ heading: "Accept the Party work after Stalin's death?", date: '5 March 1953' });
    await expect(stageData(page, 'animations')).resolves.toBe('0');
    await screenshot(page, 'stage-card-reduced-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks a counterfactual ending on the stage until the story rejoins history', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'no-preference');
    await page.getByRole('button', { name: 'New game' }).click();
    // Grab a ministry, then side with Beria against Malenkov: the Presidium falls below its
    // line and Beria strikes first.
    for (const option of [0, 0, 0, 1]) {
      while ((await choiceButtons(page).count()) === 0) await page.getByRole('button', { name: /^Continue/ }).first().click();
      await choiceButtons(page).nth(option).click();
      await nextScreen(page);
    }
    while ((await page.getByRole('button', { name: /Continue as history/ }).count()) === 0) await page.getByRole('button', { name: /^Continue/ }).first().click();
    const fallen = await roomWhen(page, { ending: 'counterfactual' });
    expect(fallen.people).toEqual([{ id: 'beria', mood: 'stern', focus: null }]);
    await page.locator('#stage[data-moving="false"][data-loop="asleep"]').waitFor({ state: 'attached' });
    await screenshot(page, 'stage-counterfactual-1366x768');
    await page.getByRole('button', { name: /Continue as history/ }).click();
    await roomWhen(page, { ending: null });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([true, false])('in a competition (feedback held back: %s), reacts the same way to every option', async (holdFeedback) => {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT });
    const seen: RoomState[] = [];
    // Option 1 is Beria's course, which in a lesson turns him stern and picks him out (above);
    // option 3 is what really happened.
    for (const option of [0, 2]) {
      const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'no-preference');
      await page.getByRole('button', { name: 'Competition' }).click();
      await page.getByLabel('Class code').fill(classCode);
      await page.getByLabel('Name').fill('Sasha');
      await page.getByRole('button', { name: 'Start' }).click();
      await choiceButtons(page).first().waitFor();
      await roomWhen(page, { front: true });
      await choiceButtons(page).nth(option).click();
      seen.push(await roomWhen(page, { front: false }));
      expect(errors).toEqual([]);
      await page.context().close();
    }
    expect(seen[1]).toEqual(seen[0]);
    // No reaction: nobody turned stern, and Beria is not picked out for the course that was his.
    // (Held back, the next screen is already the plenum, where Malenkov's is the move to read.)
    expect(seen[0].people.map((p) => p.mood)).toEqual(seen[0].people.map(() => 'calm'));
    expect(seen[0].people.find((p) => p.id === 'beria')?.focus ?? null).toBeNull();
  });

  it('on a 360 x 640 phone shows as a strip above the text', async () => {
    const { page, errors } = await openGame(browser, { width: 360, height: 640 });
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    const canvas = page.locator('#stage canvas').first();
    await canvas.waitFor({ state: 'attached', timeout: 60_000 });
    await frames(page, 4);
    const strip = await canvas.boundingBox();
    const ui = await page.locator('#ui').boundingBox();
    expect(strip?.height).toBeGreaterThan(60);
    expect(strip?.height).toBeLessThan(640 / 3);
    expect(strip?.width).toBe(360);
    // The text begins where the strip ends: nothing covers it.
    expect(ui?.y).toBeGreaterThanOrEqual((strip?.y ?? 0) + (strip?.height ?? 0) - 1);
    await screenshot(page, 'stage-strip-360x640');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
