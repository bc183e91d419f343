// npm run story:check -- [FILE.ink] [--json] [--max-states=N] [--max-seconds=S]
// Compiles a story, checks Thaw's tag conventions and walks every path (src/checker/).
// The walk stops, and says it is incomplete, after N distinct states (default 200,000) or
// S seconds of wall-clock time (default 600; 0 for none). Exit status 1 when there is any error.
import { checkFile } from '../checker/checkFile';
import { formatReport } from '../checker/report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const limitArg = args.find((a) => a.startsWith('--max-states='));
const secondsArg = args.find((a) => a.startsWith('--max-seconds='));
/**
 * Ten minutes, for a machine that is busy with other work: our story needs about one minute of
 * processor time, inkle's "The Intercept" half a minute. A walk that needs longer reports what
 * it found and says it stopped.
 */
const DEFAULT_MAX_SECONDS = 600;
const maxSeconds = secondsArg ? Number(secondsArg.split('=')[1]) : DEFAULT_MAX_SECONDS;
const maxStates = limitArg ? Number(limitArg.split('=')[1]) : undefined;
for (const [name, v] of [['--max-seconds', maxSeconds], ['--max-states', maxStates ?? 1]] as const) {
  if (!Number.isFinite(v) || v < 0) {
    process.stderr.write(`${name} takes a number of ${name === '--max-states' ? 'states' : 'seconds'}\n`);
    process.exit(2);
  }
}
const file = args.find((a) => !a.startsWith('--')) ?? 'story/main.ink';

const started = performance.now();
const report = checkFile(file, { maxStates, maxSeconds: maxSeconds > 0 ? maxSeconds : undefined });
const ms = Math.round(performance.now() - started);

if (json) process.stdout.write(`${JSON.stringify({ ...report, walk: { ...report.walk, ms } }, null, 2)}\n`);
else process.stdout.write(`${formatReport(report)}(${(ms / 1000).toFixed(1)} s)\n`);
process.exitCode = report.errors.length > 0 ? 1 : 0;
