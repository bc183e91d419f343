// npm run story:check -- [FILE.ink] [--json]
// Compiles a story, checks Thaw's tag conventions and walks every path (src/checker/).
// Exit status 1 when there is any error.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkStory } from '../checker/check';
import { historiansPath } from '../checker/readings';
import { formatReport } from '../checker/report';
import { compileInkFile } from '../compiler/compileInk';

const args = process.argv.slice(2);
const json = args.includes('--json');
const limitArg = args.find((a) => a.startsWith('--max-states='));
const file = args.find((a) => !a.startsWith('--')) ?? 'story/main.ink';

const started = performance.now();
const compiled = compileInkFile(file);
const rel = (p: string) => path.relative(process.cwd(), p) || p;
const historians = historiansPath(file);
const report = checkStory({
  file,
  json: compiled.json,
  errors: compiled.errors,
  warnings: compiled.warnings,
  sources: compiled.files.map((f) => ({ file: rel(f), text: readFileSync(f, 'utf8') })),
  maxStates: limitArg ? Number(limitArg.split('=')[1]) : undefined,
  historians: existsSync(historians) ? { file: rel(historians), text: readFileSync(historians, 'utf8') } : null,
});
const ms = Math.round(performance.now() - started);

if (json) process.stdout.write(`${JSON.stringify({ ...report, walk: { ...report.walk, ms } }, null, 2)}\n`);
else process.stdout.write(`${formatReport(report)}(${(ms / 1000).toFixed(1)} s)\n`);
process.exitCode = report.errors.length > 0 ? 1 : 0;
