// The story checker on small stories with one known fault each (tests/fixtures/ink/checker).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkFile } from './checkFile';

const DIR = 'tests/fixtures/ink/checker';
const fixture = (name: string) => `${DIR}/${name}.ink`;
const messages = (list: { message: string }[]) => list.map((p) => p.message).join('\n');

describe('story checker', () => {
  it('passes a story that follows the conventions', () => {
    const r = checkFile(fixture('good'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.conventions).toBe(true);
    expect(r.decisions).toEqual([
      { file: fixture('good'), line: 6, id: 'first_move', kind: 'act', rival: null, options: 3, historical: 1 },
    ]);
    expect(r.walk).toMatchObject({ endings: 2, deadEnds: 0, complete: true });
    expect(r.endings.map((e) => e.kind).sort()).toEqual(['counterfactual', 'historical']);
    // Historical: 100. Never: judgement 0 and a fall in June 1953, 5 months of 7 years.
    expect(r.score).toMatchObject({ min: 2, max: 100 });
  });

  it('finds a decision with no historical option, at its line', () => {
    const r = checkFile(fixture('missing_historical'));
    expect(r.errors).toEqual([
      { file: fixture('missing_historical'), line: 6, message: 'decision "first_move" has no option marked # historical' },
    ]);
  });

  it('finds two historical options', () => {
    const r = checkFile(fixture('two_historical'));
    expect(messages(r.errors)).toMatch(/"first_move" has 2 options marked # historical/);
    expect(r.decisions[0]).toMatchObject({ options: 3, historical: 2 });
  });

  it('finds an actor missing from the cast, at the option', () => {
    const r = checkFile(fixture('unknown_actor'));
    expect(r.errors).toEqual([expect.objectContaining({ line: 9, message: expect.stringMatching(/actor "bulganin" is not declared/) })]);
  });

  it('finds a malformed effect and an effect on an undeclared base', () => {
    const r = checkFile(fixture('bad_effect'));
    expect(r.errors.map((e) => e.line)).toEqual([8, 8]);
    expect(messages(r.errors)).toMatch(/effect "party minus 5" should look like/);
    expect(messages(r.errors)).toMatch(/effect on "army", which is not declared as # base:/);
  });

  it('finds a "what really happened" text without a source', () => {
    const r = checkFile(fixture('missing_source'));
    expect(r.errors).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/without a # source:/) })]);
  });

  it('finds a dead end and says how to get there', () => {
    const r = checkFile(fixture('dead_end'));
    expect(r.walk.deadEnds).toBe(1);
    expect(r.deadEnds[0]).toMatchObject({ line: 21, text: 'The end, with no ending tag.' });
    expect(r.errors).toEqual([expect.objectContaining({ line: 21, message: expect.stringMatching(/^dead end/) })]);
  });

  it('warns of a knot that is never reached', () => {
    const r = checkFile(fixture('unreachable_knot'));
    expect(r.errors).toEqual([]);
    expect(r.unreachedKnots).toEqual([{ file: fixture('unreachable_knot'), line: 24, knot: 'forgotten' }]);
  });

  it('reports a compile error with its file and line', () => {
    const r = checkFile(fixture('compile_error'));
    expect(r.errors).toEqual([
      { file: fixture('compile_error'), line: 5, message: "Divert target not found: '-> nowhere_at_all'" },
    ]);
    expect(r.walk.complete).toBe(false);
  });

  it('walks a story written without our conventions, with no errors', () => {
    const r = checkFile(fixture('no_conventions'));
    expect(r.conventions).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.walk).toMatchObject({ complete: true, deadEnds: 0 });
    // Where it stops: after "Leave" (no text) and after talking.
    expect(r.endings.map((e) => e.text).sort()).toEqual(['', '"Hello," they say.']);
  });

  it('stops at its state limit and says the walk is incomplete', () => {
    const r = checkFile(fixture('good'), 2);
    expect(r.walk).toMatchObject({ complete: false, states: 2 });
    expect(messages(r.warnings)).toMatch(/limit of 2 states/);
  });

  it('prints one JSON object with --json and exits 1 on errors', () => {
    const run = (file: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/storyCheck.ts', file, '--json'], { encoding: 'utf8' }) };
      } catch (e) {
        const err = e as { status: number; stdout: string };
        return { code: err.status, out: err.stdout };
      }
    };
    const bad = run(fixture('two_historical'));
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['errors', 'warnings', 'decisions', 'walk']));
    expect(report.decisions[0]).toEqual(expect.objectContaining({ id: 'first_move', kind: 'act', rival: null, options: 3, historical: 2 }));
    expect(report.walk).toEqual(expect.objectContaining({ states: expect.any(Number), endings: 2, deadEnds: 0, complete: true }));
    expect(run(fixture('good')).code).toBe(0);
  });
});
