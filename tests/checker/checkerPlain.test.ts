// The story checker on ink written the way stories elsewhere are written, with none of Thaw's
// tags (tests/fixtures/ink/checker/plain_*.ink): what tripped it on inkle's "The Intercept",
// in a few lines each. Such a story must compile and walk with no errors; warnings are fine.
import { execFileSync } from 'node:child_process';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checker/checkFile';
import { countLiveness, countVisits, inkJsonFacts, useExternalFallbacks } from '../../src/checker/inkJson';
import type { CheckReport } from '../../src/checker/report';
import { walkStory } from '../../src/checker/walk';
import { compileInkFile } from '../../src/compiler/compileInk';

const DIR = 'tests/fixtures/ink/checker';
const fixture = (name: string) => `${DIR}/${name}.ink`;
const messages = (list: { message: string }[]) => list.map((p) => p.message).join('\n');

/**
 * Every path of a small story played by plain inkjs (EXTERNAL functions by their fallbacks),
 * no state merged: where it stops, and whether ink ran out of content there.
 */
function playEveryPath(file: string) {
  const json = compileInkFile(file).json as string;
  const stops = new Set<string>();
  const play = (choices: number[]) => {
    const s = new Story(json);
    s.allowExternalFunctionFallbacks = true;
    s.state.storySeed = 0;
    let ranOut = false;
    s.onError = (m) => {
      if (/ran out of content/.test(m)) ranOut = true;
      else throw new Error(m);
    };
    let lines: string[] = [];
    for (const i of choices) {
      lines = [];
      while (s.canContinue) lines.push((s.Continue() ?? '').trim());
      s.ChooseChoiceIndex(i);
    }
    lines = [];
    while (s.canContinue) lines.push((s.Continue() ?? '').trim());
    const n = s.currentChoices.length;
    if (n === 0) {
      stops.add(`${ranOut ? 'dead end' : 'ending'}: ${lines.filter((l) => l).at(-1) ?? ''}`);
      return;
    }
    if (choices.length > 40) throw new Error('not a small finite story');
    for (let i = 0; i < n; i++) play([...choices, i]);
  };
  play([]);
  return stops;
}

const stopsOf = (r: CheckReport) =>
  new Set([...r.endings.map((e) => `ending: ${e.text}`), ...r.deadEnds.map((e) => `dead end: ${e.text}`)]);

describe('the story checker on ink written elsewhere', () => {
  it('walks a story with a DEBUG block, CONSTs, ref parameters, tunnels, a thread, labels, glue and an INCLUDE', () => {
    const r = checkFile(fixture('plain_story'));
    expect(r.conventions).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.walk).toMatchObject({ complete: true, deadEnds: 0, endings: 4, stoppedBy: null });
    expect(r.endings.map((e) => e.text).sort()).toEqual(['I give up.', 'I land in the mud.', 'I run fast.', 'I run slowly.']);
    // The ending written in the INCLUDEd file is found there.
    expect(r.endings.find((e) => e.text === 'I give up.')).toMatchObject({ file: fixture('plain_story_part'), line: 4 });
    // Reached only with DEBUG on: the one warning.
    expect(r.unreachedKnots.map((k) => k.knot)).toEqual(['debug_only']);
    expect(r.warnings).toEqual([{ file: fixture('plain_story'), line: 57, message: 'knot "debug_only" is never reached' }]);
  });

  it('reports a story that runs out of content as a dead end, a warning, not an error', () => {
    const r = checkFile(fixture('plain_dead_end'));
    expect(r.errors).toEqual([]);
    expect(r.walk).toMatchObject({ complete: true, endings: 2, deadEnds: 1 });
    expect(r.endings.map((e) => e.text).sort()).toEqual(['He agrees.', 'He refuses.']);
    expect(r.deadEnds).toEqual([{ file: fixture('plain_dead_end'), line: 10, kind: null, text: 'He thinks it over.', path: [2] }]);
    expect(r.warnings).toEqual([
      {
        file: fixture('plain_dead_end'), line: 10,
        message: 'dead end: the story runs out of content after "He thinks it over." with no -> END or -> DONE (play 2)',
      },
    ]);
  });

  it('keeps a dead end an error in a story that uses our conventions', () => {
    const r = checkFile(fixture('dead_end'));
    expect(messages(r.errors)).toMatch(/dead end: the story stops after "The end, with no ending tag\."/);
  });

  it('plays EXTERNAL functions by their ink fallbacks, and says when there is none', () => {
    const r = checkFile(fixture('plain_system'));
    expect(r.errors).toEqual([]);
    expect(r.walk).toMatchObject({ complete: true, deadEnds: 0 });
    expect(r.endings.map((e) => e.text).sort()).toEqual(['You pay.', 'You walk off.']);

    const missing = checkFile(fixture('plain_external_missing'));
    expect(missing.errors).toEqual([
      {
        file: fixture('plain_external_missing'), line: 2,
        message: 'EXTERNAL function "shake_camera" has no ink fallback (=== function shake_camera), so the story cannot be played without its game',
      },
    ]);
    expect(missing.walk).toMatchObject({ complete: false, states: 0, stoppedBy: null });
  });

  it.each(['plain_story', 'plain_dead_end', 'plain_system', 'plain_choice_text'])(
    '%s: the same endings and dead ends as playing every path in inkjs',
    (name) => {
      const r = checkFile(fixture(name));
      expect(r.walk.complete).toBe(true);
      expect(stopsOf(r)).toEqual(playEveryPath(fixture(name)));
    },
    30_000,
  );
});

describe('the walk keys states by what the story can still read', () => {
  const walkOf = (file: string) => {
    const json = useExternalFallbacks(compileInkFile(file).json as string).json;
    const counted = countVisits(json, []);
    const liveness = countLiveness(counted.json);
    const walk = walkStory(counted.json, { maxStates: 10_000, facts: inkJsonFacts(json), track: [], liveness });
    return { walk, liveness };
  };

  it('follows the return from an option\'s shared text to where it was entered from, not everywhere', () => {
    const { liveness } = walkOf(fixture('plain_choice_text'));
    // Nothing after the first knot reads its once-only options or its temporary.
    const corridor = [...liveness.liveFrom('corridor')];
    expect(corridor.filter((p) => p.startsWith('opening') || p === '$mood')).toEqual([]);
    expect([...liveness.liveFrom('hall')].sort()).toEqual(['hall.0.c-0', 'hall.0.c-1']);
    // Inside the first knot they are still read.
    expect([...liveness.liveFrom('opening')]).toEqual(expect.arrayContaining(['opening.0.c-0', '$mood']));
  });

  it('merges the three ways out of the first knot, and a temporary left on the call stack', () => {
    const { walk } = walkOf(fixture('plain_choice_text'));
    // 1 start, 3 choices in the first knot; then, merged, 2 + 2 in the corridor and 2 in the
    // hall. Kept apart by the first choice (as every state was before), it would be 46.
    expect(walk.states).toBe(10);
  });

  it('treats a tunnel to a variable (-> hub ->) as a divert to any address the story takes', () => {
    const { liveness } = walkOf(fixture('plain_system'));
    // The hub is entered only from the start: nothing after it reads its once-only options.
    expect([...liveness.liveFrom('start')]).toEqual(expect.arrayContaining(['market.0.c-0', 'market.0.c-1']));
    expect([...liveness.liveFrom('haggle')]).not.toContain('market.0.c-0');
  });
});

describe('the walk stops at a limit and says which', () => {
  it('stops at its time limit', () => {
    // A clock that moves 10 ms each time it is read: the limit falls after a known amount of
    // work, however fast or busy the machine (the walk reads it every 64 new states).
    let reads = 0;
    const now = () => 10 * reads++;
    const r = checkFile(fixture('plain_unbounded'), { maxSeconds: 0.5, now });
    expect(r.errors).toEqual([]);
    expect(r.walk).toMatchObject({ complete: false, stoppedBy: 'time', maxSeconds: 0.5 });
    // Read once for the deadline (0 ms), then at 64, 128, … states: the 51st of those reads
    // (510 ms) is the first past 500 ms.
    expect(r.walk.states).toBe(64 * 51);
    expect(messages(r.warnings)).toMatch(/the walk stopped at its time limit of 0\.5 s, after \d+ states/);
  });

  it('stops at its state limit', () => {
    const r = checkFile(fixture('plain_unbounded'), { maxStates: 300 });
    expect(r.walk).toMatchObject({ complete: false, stoppedBy: 'states', states: 300 });
    expect(messages(r.warnings)).toMatch(/limit of 300 states/);
  });

  it('follows no path longer than its depth limit, but goes on with the others', () => {
    const r = checkFile(fixture('plain_unbounded'), { maxDepth: 50 });
    // The start, 50 counts, and one state for stopping (nothing reads the count after it).
    expect(r.walk).toMatchObject({ complete: false, stoppedBy: 'depth', states: 52 });
    // The way to stop was still found on the way back.
    expect(r.endings.map((e) => e.text)).toEqual(['I stop.']);
    expect(messages(r.warnings)).toMatch(/paths longer than 50 choices were not followed \(from 1 states\): the walk is incomplete/);
  });

  it('takes --max-seconds on the command line, and reports the limit in the JSON', () => {
    // A small story finishes well inside the limit on any machine: this checks that the flag
    // reaches the walk and the report (stopping at the limit is tested above with a clock).
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/storyCheck.ts', fixture('plain_system'), '--json', '--max-seconds=600'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out);
    expect(report.errors).toEqual([]);
    expect(report.walk).toMatchObject({ complete: true, stoppedBy: null, maxSeconds: 600 });
  }, 60_000);
});
