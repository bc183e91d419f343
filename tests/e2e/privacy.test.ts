// The served build keeps to its Content-Security-Policy and to its promise that nothing
// leaves the device: during a whole game (and on the teacher's page) every request stays
// on the page's own origin, and the browser reports no policy violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, choiceButtons, debriefHeading, hasBrowser, launch, playToDebrief, watchErrors } from './browser';

interface Watch {
  foreign: string[];
  errors: string[];
  violations: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { foreign: [], errors: [], violations: [] };
  const origin = new URL(baseUrl).origin;
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) w.foreign.push(url);
  });
  watchErrors(page, w.errors);
  return w;
}

/** securitypolicyviolation events, including ones the console might not show. */
async function listenForViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe.skipIf(!hasBrowser)('privacy and security of the served build', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends the Content-Security-Policy as a header and in the page, without unsafe-eval or inline script', async () => {
    const response = await fetch(baseUrl);
    const header = response.headers.get('content-security-policy') ?? '';
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await response.text())?.[1]?.replaceAll('&#39;', "'") ?? '';
    for (const policy of [header, meta]) {
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(policy).toMatch(/style-src-elem 'self'(;|$)/);
    }
    expect(header.startsWith(meta)).toBe(true);
  });

  it('a whole game with sound stays on its own origin, with no policy violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const w = watch(page);
    await listenForViolations(page);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New game' }).click();
    await choiceButtons(page).first().waitFor();
    await playToDebrief(page, (n) => Math.min(1, n - 1));
    await expect(debriefHeading(page).isVisible()).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);

    await page.goto(new URL('teacher.html', baseUrl).href);
    await page.getByRole('heading', { name: 'Run a class competition' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await context.close();
  });
});
