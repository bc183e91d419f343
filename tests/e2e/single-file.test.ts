// The one-file edition (npm run build:single), opened from file:// as a teacher would from
// a USB stick: it plays to the debrief, opens the teacher tools, and fetches nothing
// that is not inside the file.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSingleFile } from '../../build/single/build';
import { choiceButtons, debriefHeading, hasBrowser, launch, playToDebrief, watchErrors } from './browser';

const file = path.resolve(import.meta.dirname, '../../test-results/single/thaw.html');
const fileUrl = pathToFileURL(file).href;

describe.skipIf(!hasBrowser)('the single-file edition', () => {
  let browser: Browser;
  beforeAll(async () => {
    await buildSingleFile(file);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays to the debrief from file:// and fetches nothing outside the file', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors = watchErrors(page);
    await page.goto(fileUrl);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await playToDebrief(page, (n) => n - 1);
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);

    // Opened again, the file returns to the debrief; from the title it links to the teacher
    // tools inside the same file, and back.
    await page.goto(fileUrl);
    await debriefHeading(page).waitFor();
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('link', { name: /^Teacher tools/ }).click();
    await page.getByRole('heading', { name: 'Run a class competition' }).waitFor();
    // From a file there is no address to give: the page says where the file belongs instead,
    // and the students' instructions link no file:// folder.
    await page.getByRole('region', { name: 'Where students open the game' }).getByText('to your learning platform').waitFor();
    await page.getByRole('button', { name: 'Create class code' }).click();
    const instructions = page.getByRole('region', { name: 'Instructions for students' });
    await instructions.getByText('Open the game from the learning platform').waitFor();
    expect(await instructions.getByRole('link').count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the game' }).click();
    await page.getByRole('button', { name: 'New game' }).waitFor();

    const outside = requests.filter((url) => !/^(data|blob):/.test(url) && url.split('?')[0] !== fileUrl);
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
