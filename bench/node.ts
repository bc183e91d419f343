// The Node half of `npm run bench`: the story checker's full walk, and result codes verified
// per second by the teacher's ResultVerifier.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { compileInkFile } from '../src/compiler/compileInk.ts';
import { gameFingerprint } from '../src/engine/codes/fingerprint.ts';
import { storyHash } from '../src/engine/hash.ts';
import { type ClassOptions, makeClassCode } from '../src/engine/codes/classCode.ts';
import { makeResultCode } from '../src/engine/codes/resultCode.ts';
import { ResultVerifier } from '../src/engine/codes/verifier.ts';
import { GameStory } from '../src/engine/story.ts';
import { seeded } from '../tests/support/seeded';
import { atRandom, playOut } from '../tests/support/playOut';

export interface NodeFigures {
  walk: { seconds: number; ownSeconds: number; states: number; complete: boolean; exitStatus: number };
  codes: { count: number; seconds: number; perSecond: number; allVerified: boolean };
}


const CODES = 1000;
const NAMES = ['Anna K.', 'Ben', 'Саша', 'Dmitri Petrov', 'Eve', 'Fatima Z.', 'Gus', 'Hana'];

export function storyWalk(root: string): NodeFigures['walk'] {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const started = performance.now();
  const run = spawnSync(process.execPath, [tsx, 'src/cli/storyCheck.ts', '--json'], {
    cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  try {
    const report = JSON.parse(run.stdout) as { walk: { states: number; complete: boolean; ms: number } };
    return { seconds, ownSeconds: report.walk.ms / 1000, states: report.walk.states, complete: report.walk.complete, exitStatus: run.status ?? 1 };
  } catch {
    return { seconds, ownSeconds: Number.NaN, states: 0, complete: false, exitStatus: run.status ?? 1 };
  }
}

export function compiledStory(root: string): string {
  const compiled = compileInkFile(path.join(root, 'story', 'main.ink'));
  if (compiled.json === null) throw new Error('The story does not compile.');
  return compiled.json;
}

/** A class's result codes from seeded random games, each game the first on its device. */
export function seededClass(story: string, count: number, seed: number, name: (i: number) => string): { classCode: string; codes: string[] } {
  const random = seeded(seed);
  const options: ClassOptions = {
    secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: gameFingerprint(storyHash(story)),
  };
  const classCode = makeClassCode(options, seeded(seed + 1));
  const codes = Array.from({ length: count }, (_, i) => {
    const game = playOut(new GameStory(story), atRandom(random));
    return makeResultCode({
      storyHash: game.hash, classCode, name: name(i), path: game.log.path, seconds: 300 + i,
      startedAt: Date.UTC(2026, 8, 7, 9, 0), attempt: 1, extraTime: 0,
    });
  });
  return { classCode, codes };
}

export function codesPerSecond(root: string): NodeFigures['codes'] {
  const story = compiledStory(root);
  const { classCode, codes } = seededClass(story, CODES, 2024, (i) => NAMES[i % NAMES.length]);
  const started = performance.now();
  const verifier = new ResultVerifier(story);
  let allVerified = true;
  for (const code of codes) if (!verifier.verify(code, classCode).ok) allVerified = false;
  const seconds = (performance.now() - started) / 1000;
  return { count: CODES, seconds, perSecond: CODES / seconds, allVerified };
}

export function nodeFigures(root: string): NodeFigures {
  const codes = codesPerSecond(root);
  const walk = storyWalk(root);
  return { walk, codes };
}
