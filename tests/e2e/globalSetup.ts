// Builds the game once, serves it on localhost, and finds a Chromium to drive.
// Without Chromium the browser tests are skipped with a loud message, except under CI,
// where a missing browser fails the run.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildSingleFile } from '../../build/single/build';
// @ts-expect-error: a plain JavaScript module shared with `npm start`.
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
    /** The built game the tests serve (for npm run class --dir). */
    distDir: string;
  }
}

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium) {
    const banner = '\n*** NO CHROMIUM: the browser tests cannot run. Install Debian\'s "chromium" package (apt-get install chromium). ***\n';
    if (process.env.CI) throw new Error(`${banner}Under CI a missing browser is a failure.`);
    console.warn(`${banner}*** Skipping the end-to-end tests; everything else runs. ***\n`);
  }
  const root = path.resolve(import.meta.dirname, '../..');
  // THAW_E2E_DIST lets two test runs on one machine build side by side.
  const outDir = path.resolve(root, process.env.THAW_E2E_DIST ?? 'test-results/dist');
  // Vitest sets NODE_ENV to "test", which would make Vite build a development bundle
  // (import.meta.env.DEV true: no service worker). Test what `npm start` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    // As npm run build does: the one-file edition beside the pages, for the teacher's packages.
    await buildSingleFile(path.join(outDir, 'thaw.html'));
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const { server, url } = (await serve(outDir, 4500)) as { server: Server; url: string };
  // 127.0.0.1, not "localhost": Chromium may try ::1 first, where another program (or another
  // test run on the same machine) can be listening on the same port.
  project.provide('baseUrl', url.replace('//localhost:', '//127.0.0.1:'));
  project.provide('chromium', chromium);
  project.provide('distDir', outDir);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
