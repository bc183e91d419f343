// `npm test`: every test (engine, story, browser) in one vitest run, then one closing line
// "N passed, N failed" taken from vitest's own JSON report, for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });

const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
);

if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  console.error('vitest wrote no report: it failed before running the tests.');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(report, 'utf8'));
// A suite that fails to load has no failed tests of its own: count it once, never twice.
const loadFailures = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((t) => t.status !== 'failed')).length;
const failed = r.numFailedTests + loadFailures + (r.numRuntimeErrors ?? 0);
console.log(`\n${r.numPassedTests} passed, ${failed} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`);
process.exit(run.status ?? 1);
