// Lighthouse's mobile preset on the built game served with gzip (issue 12's aims): performance
// ≥ 0.95; accessibility, best practices and SEO at 1.0. The `lighthouse` package (12.x runs on
// Node 20) drives Chromium itself, through chrome-launcher: Debian's Chromium by default, or
// CHROME_PATH. Each run is a fresh browser, so no run warms the next one's cache.
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// @ts-expect-error: a plain JavaScript module shared with `npm start`.
import { staticHandler } from '../scripts/serve.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The performance metrics Lighthouse weighs into its score, by audit id, with the names it shows. */
const METRICS: Record<string, string> = {
  'first-contentful-paint': 'First Contentful Paint',
  'largest-contentful-paint': 'Largest Contentful Paint',
  'total-blocking-time': 'Total Blocking Time',
  'cumulative-layout-shift': 'Cumulative Layout Shift',
  'speed-index': 'Speed Index',
};

export interface LighthouseRun {
  scores: Record<Category, number | null>;
  /** Each metric's value as Lighthouse shows it and its score (0–1). */
  metrics: { id: string; name: string; shown: string; score: number | null }[];
  /** Audits that count towards a category's score and did not pass, as "category: title". */
  failed: string[];
}

export interface LighthouseFigures {
  version: string;
  chrome: string;
  runs: LighthouseRun[];
  /** The median of the runs, per category (null: a run gave no score). */
  median: Record<Category, number | null>;
  /** The run whose performance score is the median one: its metrics explain the score. */
  medianRun: LighthouseRun;
  throttling: string;
  /** The host's 1-minute load average after each run: Lighthouse's simulated throttling scales the CPU time it observes, so a busy host lowers the score. */
  load: number[];
}

/** The built game in `dir` on localhost, gzip only (serve.mjs would send brotli to a browser that takes it). */
async function serveGzip(dir: string, port: number): Promise<{ server: Server; url: string }> {
  const handler = staticHandler(dir, { compress: true });
  const server = createServer((req, res) => {
    req.headers['accept-encoding'] = 'gzip';
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `runs` Lighthouse runs (mobile preset: its default config) of the game built in `dir`. */
export async function lighthouseRuns(dir: string, runs: number, port = 4810): Promise<LighthouseFigures> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const { server, url } = await serveGzip(dir, port);
  const out: LighthouseRun[] = [];
  const load: number[] = [];
  let version = '';
  let chrome = '';
  let throttling = '';
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
      try {
        const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error('Lighthouse returned no result');
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        version = lhr.lighthouseVersion;
        chrome = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? lhr.environment.hostUserAgent;
        const t = lhr.configSettings.throttling;
        throttling = `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling (${t.cpuSlowdownMultiplier}× CPU, ` +
          `${t.rttMs} ms RTT, ${(t.throughputKbps / 1024).toFixed(1)} Mbit/s)`;
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<Category, number | null>;
        const metrics = Object.entries(METRICS).map(([id, name]) => ({
          id, name, shown: lhr.audits[id]?.displayValue ?? '?', score: lhr.audits[id]?.score ?? null,
        }));
        const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${lhr.audits[ref.id]?.title ?? ref.id}`));
        out.push({ scores, metrics, failed });
        load.push(os.loadavg()[0]);
        console.log(`  lighthouse ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      } finally {
        await browser.kill();
      }
    }
  } finally {
    server.close();
  }
  const med = Object.fromEntries(CATEGORIES.map((c) => {
    const xs = out.map((r) => r.scores[c]).filter((x): x is number => x !== null);
    return [c, xs.length === out.length ? median(xs) : null];
  })) as Record<Category, number | null>;
  const byPerformance = [...out].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { version, chrome, runs: out, median: med, medianRun: byPerformance[Math.floor(byPerformance.length / 2)], throttling, load };
}
