// `npm run score` on a file of real result codes plus forged ones. The rules it shares with the
// teacher page (ranking, CSV) are tested in tests/engine/class/.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { type VerifiedResult, makeResultCode } from '../../src/engine/codes/resultCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { GameStory } from '../../src/engine/story';
import { historicalIndex } from '../../src/engine/span';
import { CSV_HEADER } from '../../src/engine/class/csv';
import story from '../../story/main.ink';
import { playOut } from '../support/playOut';
import { PLAYED, STORY_FINGERPRINT } from '../support/codes';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/score.ts');

const CLASS = makeClassCode({ secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.25);
const OTHER = makeClassCode({ secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.75);

/** Play choosing option `k` everywhere it exists (option 0 where it does not). */
const play = (k: number): GameStory => playOut(new GameStory(story), (t) => (k < t.choices.length ? k : 0));
const historical = (): GameStory => playOut(new GameStory(story), historicalIndex);

const code = (game: GameStory, name: string, seconds: number, classCode = CLASS) =>
  makeResultCode({ storyHash: game.hash, classCode, name, path: game.log.path, seconds, ...PLAYED });

function verified(c: string): VerifiedResult {
  const check = verifyResultCode(c, story);
  if (!check.ok) throw new Error(check.reason);
  return check.result;
}

const dir = mkdtempSync(path.join(tmpdir(), 'thaw-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(lines: string[], ...args: string[]): Promise<{ stdout: string; stderr: string; status: number }> {
  const file = path.join(dir, `codes-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, lines.join('\n'));
  try {
    const { stdout, stderr } = await run(TSX, [CLI, file, ...args], { cwd: ROOT });
    return { stdout, stderr, status: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, status: err.code };
  }
}

describe('npm run score', () => {
  const best = historical();
  const others = [play(1), play(2)];
  const good = [
    code(best, 'Anna', 900),
    code(others[0], '=cmd|calc', 600),
    code(others[1], 'Boris, "B"', 700),
    code(best, 'Мария', 800),
  ];

  it('prints the ranked leaderboard as CSV, reports a forged code with its reason, and exits 1', async () => {
    const forged = good[0].slice(0, 20) + (good[0][20] === 'A' ? 'B' : 'A') + good[0].slice(21);
    const { stdout, stderr, status } = await score(['', ...good, '', forged, good[0], '   ']);
    expect(status).toBe(1);
    const rows = stdout.trimEnd().split('\n');
    expect(rows[0]).toBe(CSV_HEADER.join(','));
    expect(rows).toHaveLength(good.length + 1);
    // The historical path scores best; the two who took it share first place (time never breaks a tie).
    const top = verified(good[0]).score.final;
    expect(rows[1].startsWith(`1,Anna,${top},900,${CLASS},`)).toBe(true);
    expect(rows[2].startsWith(`1,Мария,${top},800,${CLASS},`)).toBe(true);
    expect(stdout).toContain(`'=cmd|calc,${verified(good[1]).score.final},600,`);
    expect(stdout).toContain('"Boris, ""B""",');
    expect(stderr).toContain('line 7:');
    expect(stderr).toMatch(/damaged or mistyped/);
    expect(stderr).not.toContain('line 8');
  });

  it('finds the codes inside other text, such as a chat log', async () => {
    const { stdout, status } = await score([`Anna: here it is ${good[0]} thanks`, `"Boris","${good[3].replace(/(.{5})/g, '$1 ').trim()}"`]);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('exits 0 when every code is good, and 1 for codes from another class when --class is given', async () => {
    expect((await score(good)).status).toBe(0);
    const stranger = code(best, 'Stranger', 100, OTHER);
    const { stdout, stderr, status } = await score([...good, stranger], '--class', CLASS.toLowerCase());
    expect(status).toBe(1);
    expect(stdout).not.toContain('Stranger');
    expect(stderr).toMatch(/from another class/);
  });

  it('exits 2 with a usage message when it cannot run', async () => {
    const { stderr, status } = await score([], '--class', 'nonsense');
    expect(status).toBe(2);
    expect(stderr).toMatch(/Usage: npm run score/);
  });
});
