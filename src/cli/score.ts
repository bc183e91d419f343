// npm run score -- FILE [--class CODE]
// Verifies the result codes in a file (any text: one a line, a form's CSV export, a chat log)
// against story/main.ink
// by replaying each code's choices, and prints the leaderboard as CSV on standard output.
// Each refused code goes to standard error with the reason; the exit status is 1 if any was
// refused, 2 if the command could not run at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile, formatProblem } from '../compiler/compileInk';
import { classCsv } from '../engine/class/csv';
import { findCodes } from '../engine/class/findCodes';
import { rankClass, uniqueCodes } from '../engine/class/ranking';
import { readClassCode } from '../engine/codes/classCode';
import { ResultVerifier } from '../engine/codes/verifier';

const STORY = path.resolve(import.meta.dirname, '../../story/main.ink');
const USAGE = 'Usage: npm run score -- FILE [--class CLASS-CODE]\n';

interface Args {
  file: string;
  classCode: string | undefined;
}

function parseArgs(argv: readonly string[]): Args | string {
  let file: string | undefined;
  let classCode: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--class') {
      classCode = argv[++i];
      if (classCode === undefined) return '--class needs a class code after it.';
    } else if (a.startsWith('--class=')) classCode = a.slice('--class='.length);
    else if (a.startsWith('--')) return `Unknown option ${a}.`;
    else if (file === undefined) file = a;
    else return `One file at a time, not "${file}" and "${a}".`;
  }
  if (file === undefined) return 'Name the file of result codes.';
  if (classCode !== undefined) {
    const read = readClassCode(classCode);
    if (!read.ok) return `--class ${classCode}: ${read.reason}`;
  }
  return { file, classCode };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    // npm runs scripts from the project folder; INIT_CWD is where the teacher typed the command.
    text = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file), 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    process.stderr.write(`Cannot read ${args.file}: ${(e as Error).message}\n`);
    return 2;
  }
  const compiled = compileInkFile(STORY);
  if (compiled.json === null) {
    for (const e of compiled.errors) process.stderr.write(`ERROR: ${formatProblem(e)}\n`);
    return 2;
  }
  const verifier = new ResultVerifier(compiled.json);
  const { unique } = uniqueCodes(findCodes(text));
  const { entries, rejected } = rankClass(unique.map((c) => ({ ...c, check: verifier.verify(c.code, args.classCode) })));
  process.stdout.write(classCsv(entries));
  for (const r of rejected) process.stderr.write(`${args.file} ${r.from}: ${r.code}\n  ${r.reason}\n`);
  return rejected.length > 0 ? 1 : 0;
}

process.exitCode = main();
