// `npm run build:scorm -- [--chapters 5-8] [--competition [--time-limit 60] [--show-feedback]]`:
// the learning-platform package the teacher page makes, for IT staff and the tests, written
// to dist-scorm/. Without --competition it is a lesson ("what really happened" after each
// decision); with it, a class code is made from the options, as on the teacher page.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile, formatProblem } from '../src/compiler/compileInk.ts';
// Without an extension: codes.ts is becoming a folder (src/engine/codes/).
import { gameFingerprint, makeClassCode } from '../src/engine/codes';
import { storyHash } from '../src/engine/hash';
import { playChapters } from '../src/engine/span.ts';
import { GameStory } from '../src/engine/story.ts';
import type { Launch } from '../src/platform/launch.ts';
import { type PackageResult, scormPackage } from '../src/platform/package.ts';
import { singleFileHtml } from './single/build.ts';

const root = path.resolve(import.meta.dirname, '..');
const USAGE = 'Usage: npm run build:scorm -- [--chapters FROM-TO] [--competition [--time-limit SECONDS] [--show-feedback]]';
const TIME_LIMITS = [30, 60, 90];

/** The teacher's choices from the command line, or what is wrong with them. */
export function parseScormArgs(argv: readonly string[]): Launch | string {
  let from: number | null = null;
  let to: number | null = null;
  let competition = false;
  let seconds: number | null = null;
  let holdFeedback = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--chapters') {
      const m = /^(\d+)?-(\d+)?$|^(\d+)$/.exec(argv[++i] ?? '');
      if (!m) return '--chapters needs FROM-TO, e.g. --chapters 5-8 (or 5- to the end, or one chapter: 5).';
      from = m[3] ? Number(m[3]) : m[1] ? Number(m[1]) : null;
      to = m[3] ? Number(m[3]) : m[2] ? Number(m[2]) : null;
      if (from === 0 || to === 0 || (from !== null && to !== null && to < from)) return `--chapters ${argv[i]}: chapters count from 1, and the last comes after the first.`;
    } else if (a === '--competition') competition = true;
    else if (a === '--time-limit') {
      seconds = Number(argv[++i]);
      if (!TIME_LIMITS.includes(seconds)) return `--time-limit is ${TIME_LIMITS.join(', ')} seconds, as on the teacher page.`;
    } else if (a === '--show-feedback') holdFeedback = false;
    else return `Unknown option ${a}.`;
  }
  if (!competition && (seconds !== null || !holdFeedback)) return '--time-limit and --show-feedback are competition rules: add --competition.';
  if (!competition) return { mode: 'lesson', span: { from, to } };
  return { mode: 'competition', classCode: makeClassCode({ secondsPerDecision: seconds, holdFeedback, fromChapter: from, toChapter: to, fingerprint: storyFingerprint() }) };
}

/** What a class code carries of the story and scoring rules this package plays (see engine/codes/fingerprint.ts). */
function storyFingerprint(): number {
  const compiled = compileInkFile(path.join(root, 'story/main.ink'));
  if (!compiled.json) throw new Error(compiled.errors.map(formatProblem).join('\n'));
  return gameFingerprint(storyHash(compiled.json));
}

/** Builds the one-file edition and packages it for `launch`. */
export async function buildScormPackage(launch: Launch): Promise<PackageResult> {
  const compiled = compileInkFile(path.join(root, 'story/main.ink'));
  if (!compiled.json) throw new Error(compiled.errors.map(formatProblem).join('\n'));
  const chapters = playChapters(new GameStory(compiled.json)).map((c) => c.title);
  const title = new GameStory(compiled.json).meta.title ?? 'Thaw';
  return scormPackage(await singleFileHtml(), launch, { title, chapters });
}

if (process.argv[1] === import.meta.filename) {
  const launch = parseScormArgs(process.argv.slice(2));
  if (typeof launch === 'string') {
    console.error(`${launch}\n${USAGE}`);
    process.exit(2);
  }
  const made = await buildScormPackage(launch);
  if (!made.ok) throw new Error(`The one-file build is not the one-file edition (${made.kind}).`);
  const out = path.join(root, 'dist-scorm', made.fileName);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, made.bytes);
  console.log(`${path.relative(root, out)}: ${(made.bytes.length / 1024 / 1024).toFixed(1)} MB`);
}
