// A class code that says "sound off" (thirty phones in one room): the game plays no sound at
// all, to the debrief and its gavel. Every sound the page starts is counted where the browser
// starts it (Web Audio sources and media elements), so the test does not depend on howler's
// inner workings; the same game with sound on counts some, so the count can tell.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { STORY_FINGERPRINT } from '../support/codes';
import { debriefHeading, frames, hasBrowser, launch, openGame, playToDebrief } from './browser';

/** Count the sounds the page starts (that can be heard), from its first script on. */
function countSounds(): void {
  const w = window as unknown as { soundsStarted: number };
  w.soundsStarted = 0;
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['start']>) {
    // Not the one-sample silence the sound library starts at the first gesture, which browsers
    // need before any sound may play: it is never heard.
    if ((this.buffer?.length ?? 0) > 1) w.soundsStarted += 1;
    return start.apply(this, args);
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    w.soundsStarted += 1;
    return play.call(this);
  };
}

describe.skipIf(!hasBrowser)('a class code with the sound off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([[true, 'plays no sound, to the debrief'], [false, 'with the sound on plays some (the count can tell)']])('soundOff %s: %s', async (soundOff) => {
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: false, fromChapter: 1, toChapter: 2, soundOff, fingerprint: STORY_FINGERPRINT });
    const { page, errors } = await openGame(browser, undefined, 'reduce', { prepare: (context) => context.addInitScript(countSounds) });
    await page.getByRole('button', { name: 'Competition' }).click();
    await page.getByLabel('Class code').fill(classCode);
    await page.getByLabel('Name').fill('Quiet Student');
    await page.getByRole('button', { name: 'Start' }).click();
    await playToDebrief(page, () => 0);
    await debriefHeading(page).waitFor();
    const started = () => page.evaluate(() => (window as unknown as { soundsStarted: number }).soundsStarted);
    if (soundOff) {
      // A sound asked for before its file had loaded starts when it has: give the page's
      // queued work its frames before counting none.
      await page.waitForLoadState('networkidle');
      await frames(page, 10);
      await expect(started()).resolves.toBe(0);
    } else await expect.poll(started, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
