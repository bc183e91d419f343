// The learning-platform package in a stand-in platform (tests/e2e/lms.ts): scorm-again as
// window.API in a parent page on 127.0.0.1, the package's launch file in an iframe.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleFileHtml } from '../../build/single/build';
import story from '../../story/main.ink';
import { makeClassCode, readClassCode } from '../../src/engine/codes';
import { STORY_FINGERPRINT } from '../support/codes';
import { storyHash } from '../../src/engine/hash';
import { parseLaunch } from '../../src/platform/launch';
import { LAUNCH_ELEMENT_ID } from '../../src/platform/oneFile';
import { scormPackage } from '../../src/platform/package';
import { parseProgress } from '../../src/platform/progress';
import { baseUrl, choiceButtons, clickIfThere, continueButton, debriefHeading, hasBrowser, launch, nextScreen, playToDebrief, screenshot, watchErrors } from './browser';
import { type Lms, type RuntimeData, finished, hostPackage, launchCourse, runtimeData } from './lms';

const STORY = { title: 'Thaw', chapters: [] as string[] };
const FIRST_LAUNCH = { core: { student_name: 'Doe, Jane', entry: 'ab-initio' } };
const SPAN = /^0*\d+:\d\d:\d\d(\.\d{1,2})?$/;

/** Press Continue until a decision's options are on screen; its prompt. */
async function toNextDecision(frame: Frame): Promise<string> {
  for (let step = 0; step < 50; step++) {
    if ((await choiceButtons(frame).count()) > 0) return (await frame.locator('.prompt').first().textContent()) ?? '';
    await clickIfThere(continueButton(frame).first());
  }
  throw new Error('No decision came in 50 steps.');
}

/** Make `n` decisions (the first option each time, a Continue where there is one). */
async function decide(frame: Frame, n: number): Promise<void> {
  for (let made = 0; made < n; made++) {
    await toNextDecision(frame);
    await choiceButtons(frame).first().click();
  }
}

async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

describe.skipIf(!hasBrowser)('the game in a learning platform (SCORM 1.2)', () => {
  let browser: Browser;
  let lms: Lms;
  let classCode: string;
  let oneFileEdition: string;
  beforeAll(async () => {
    classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: 5, toChapter: 8, fingerprint: STORY_FINGERPRINT });
    oneFileEdition = await singleFileHtml();
    const made = scormPackage(oneFileEdition, { mode: 'competition', classCode }, STORY);
    if (!made.ok) throw new Error(made.kind);
    lms = await hostPackage(made.bytes);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await lms?.close();
  });

  it('plays a whole game: the platform gets the debrief\'s score, completed, one interaction per decision and a session time', async () => {
    const { page, errors } = await newPage(browser);
    const frame = await launchCourse(page, lms, FIRST_LAUNCH);
    await expect(frame.getByText(/score goes to the platform/).textContent()).resolves.toMatch(/for Jane Doe/);
    // The package's mode: no choice of chapters or competition, no teacher tools.
    expect(await frame.getByRole('button', { name: 'Competition' }).count()).toBe(0);
    expect(await frame.getByRole('link', { name: /Teacher tools/ }).count()).toBe(0);
    await screenshot(page, 'scorm-title-1280x800');
    expect((await runtimeData(page)).core.lesson_status).toBe('incomplete');

    await frame.getByRole('button', { name: 'New game' }).click();
    await nextScreen(frame);
    const decisions = await playToDebrief(frame, (n) => n - 1);
    const finalScore = (await frame.getByLabel('Final score').textContent()) ?? '';
    await finished(page);
    const cmi = await runtimeData(page);
    expect(cmi.core.score).toMatchObject({ raw: finalScore, min: '0', max: '100' });
    expect(cmi.core.lesson_status).toBe('completed');
    expect(cmi.core.exit).toBe('');
    expect(cmi.core.session_time).toMatch(SPAN);
    expect(cmi.core.session_time).not.toMatch(/^0*:00:00(\.0+)?$/);
    const interactions = Object.values(cmi.interactions);
    expect(decisions).toBeGreaterThan(3);
    expect(interactions).toHaveLength(decisions);
    expect(new Set(interactions.map((i) => i.id)).size).toBe(decisions);
    for (const i of interactions) {
      expect(i.type).toBe('choice');
      expect(i.student_response).toMatch(/^[a-d]$/);
      expect(i.correct_responses['0'].pattern).toMatch(/^[a-d]$/);
      expect(i.result).toBe(i.student_response === i.correct_responses['0'].pattern ? 'correct' : 'wrong');
      expect(i.latency).toMatch(SPAN);
    }
    // The class code's chapters and rules reached the game; the name is the platform's.
    await expect(frame.getByText(/Chapters 5–8/).count()).resolves.toBeGreaterThan(0);
    // Nothing kept in the browser (room computers share the platform's origin).
    expect(await frame.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await screenshot(page, 'scorm-debrief-1280x800');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves after three decisions and, relaunched with the kept suspend_data, resumes at the fourth', async () => {
    const first = await newPage(browser);
    let frame = await launchCourse(first.page, lms, FIRST_LAUNCH);
    await frame.getByRole('button', { name: 'New game' }).click();
    await decide(frame, 3);
    const fourth = await toNextDecision(frame);
    // The student closes the course: the frame goes, pagehide tells the platform.
    await first.page.evaluate(() => document.getElementById('sco')?.setAttribute('src', 'about:blank'));
    await finished(first.page);
    const kept: RuntimeData = await runtimeData(first.page);
    expect(kept.core.exit).toBe('suspend');
    expect(kept.suspend_data.length).toBeLessThan(200);
    expect(parseProgress(kept.suspend_data, storyHash(story)).ok).toBe(true);
    expect(Object.keys(kept.interactions)).toHaveLength(3);
    expect(first.errors).toEqual([]);
    await first.page.context().close();

    const second = await newPage(browser);
    frame = await launchCourse(second.page, lms, {
      core: { student_name: 'Doe, Jane', entry: 'resume', lesson_status: kept.core.lesson_status },
      suspend_data: kept.suspend_data,
      interactions: Object.fromEntries(Object.entries(kept.interactions).map(([n, i]) => [n, { id: i.id, type: i.type }])),
    });
    await frame.getByRole('button', { name: 'Continue saved game' }).click();
    expect(await toNextDecision(frame)).toBe(fourth);
    await choiceButtons(frame).first().click();
    await continueButton(frame).or(choiceButtons(frame)).or(debriefHeading(frame)).first().waitFor();
    const now = await runtimeData(second.page);
    // The fourth decision is written after the three the platform already held.
    expect(Object.keys(now.interactions)).toEqual(['0', '1', '2', '3']);
    const progress = parseProgress(now.suspend_data, storyHash(story));
    const before = parseProgress(kept.suspend_data, storyHash(story));
    if (!progress.ok || !before.ok) throw new Error('progress not readable');
    expect(progress.progress.path.slice(0, before.progress.path.length)).toEqual(before.progress.path);
    expect(progress.progress.span).toEqual({ from: 5, to: 8 });
    expect(second.errors).toEqual([]);
    await second.page.context().close();
  });

  it('a damaged suspend_data starts a new game and says so', async () => {
    const { page, errors } = await newPage(browser);
    const frame = await launchCourse(page, lms, {
      core: { student_name: 'Doe, Jane', entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: 'T1|zzzz|garbage',
    });
    await expect(frame.getByRole('status').first().textContent()).resolves.toMatch(/damaged, so a new game starts/);
    expect(await frame.getByRole('button', { name: 'Continue saved game' }).count()).toBe(0);
    await screenshot(page, 'scorm-damaged-1280x800');
    await frame.getByRole('button', { name: 'New game' }).click();
    await decide(frame, 1);
    await continueButton(frame).or(choiceButtons(frame)).first().waitFor();
    const progress = parseProgress((await runtimeData(page)).suspend_data, storyHash(story));
    expect(progress.ok && progress.progress.path.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a platform that refuses is reported once, and the game plays on', async () => {
    const { page, errors } = await newPage(browser);
    const frame = await launchCourse(page, lms, FIRST_LAUNCH, true);
    // The first refusal is on the title already: "incomplete" is committed at launch.
    const alert = frame.getByRole('alert').filter({ hasText: /did not accept/ });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/LMSCommit: error 101/);
    await frame.getByRole('button', { name: 'New game' }).click();
    await decide(frame, 2);
    await continueButton(frame).or(choiceButtons(frame)).first().waitFor();
    expect(await alert.count()).toBe(1);
    await screenshot(page, 'scorm-refused-1280x800');
    await alert.getByRole('button', { name: 'OK' }).click();
    expect(await alert.count()).toBe(0);
    // The warning in the console is the report's other half, not an error.
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the teacher page downloads the package, named after its settings, with a SCORM 1.2 manifest', async () => {
    const { page, errors } = await newPage(browser);
    // The served build's teacher page (thaw.html fetched from beside it), then the one-file
    // edition's own, opened from disk as a teacher would (it makes the package from the parts
    // its loader kept).
    const oneFile = path.resolve(import.meta.dirname, '../../test-results/scorm/thaw.html');
    mkdirSync(path.dirname(oneFile), { recursive: true });
    writeFileSync(oneFile, oneFileEdition);
    for (const teacherPage of [new URL('teacher.html', baseUrl).href, `${pathToFileURL(oneFile).href}?view=teacher`]) {
      await page.goto(teacherPage);
      await page.getByLabel('From chapter').selectOption({ index: 4 });
      await page.getByLabel('To chapter').selectOption({ index: 7 });
      await page.getByLabel('Time limit per decision').selectOption({ label: '60 seconds' });
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for a learning platform' }).click()]);
      expect(download.suggestedFilename()).toBe('thaw-scorm-competition-ch5-8.zip');
      const zip = unzipSync(new Uint8Array(await streamBytes(await download.createReadStream())));
      const manifest = strFromU8(zip['imsmanifest.xml']);
      expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
      expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
      expect(manifest).toMatch(/<title>Thaw: competition, chapters 5–8 \([^)]+\)<\/title>/);
      const href = /href="([^"]+)"/.exec(manifest)?.[1] ?? '';
      const html = strFromU8(zip[href]);
      const launchText = new RegExp(`id="${LAUNCH_ELEMENT_ID}">([^<]*)</script>`).exec(html)?.[1] ?? '';
      const read = parseLaunch(launchText);
      if (!read.ok || read.launch.mode !== 'competition') throw new Error(`launch: ${launchText}`);
      expect(readClassCode(read.launch.classCode)).toMatchObject({ ok: true, settings: { fromChapter: 5, toChapter: 8, secondsPerDecision: 60, holdFeedback: true } });
      await expect(page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent()).resolves.toContain('thaw-scorm-competition-ch5-8.zip');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
