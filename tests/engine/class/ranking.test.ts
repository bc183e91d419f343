import { describe, expect, it } from 'vitest';
import { MIN_SECONDS_PER_DECISION, rankClass, uniqueCodes } from '../../../src/engine/class/ranking';
import { nameKey } from '../../../src/engine/class/names';
import { verifyResultCode } from '../../../src/engine/codes/verifier';
import story from '../../../story/main.ink';
import { makeClassCode } from '../../../src/engine/codes/classCode';
import { CLASS, OTHER_CLASS, checked, code, play, verified } from '../../support/classCodes';
import { STORY_FINGERPRINT } from '../../support/codes';

const best = play('history');
const second = play(1);
const decisions = verified(code(best, 'x', 1000)).offered.length;
const SLOW = decisions * 60;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 4, 9, 0);

describe('ranking a class', () => {
  it('ranks by score alone: equal scores share a rank whatever their times', () => {
    const { entries } = rankClass([
      checked(code(second, 'Dan', SLOW), 'line 1'),
      checked(code(best, 'Bea', SLOW + 500), 'line 2'),
      checked(code(best, 'Ada', SLOW), 'line 3'),
    ]);
    expect(verified(code(second, 'Dan', SLOW)).score.final).toBeLessThan(verified(code(best, 'Ada', SLOW)).score.final);
    expect(entries.map((e) => [e.rank, e.game.result.name])).toEqual([[1, 'Ada'], [1, 'Bea'], [3, 'Dan']]);
  });

  it('makes one entry per name, case, spaces and accents aside, and ranks the first attempt', () => {
    expect(nameKey('Zoë  Smith')).toBe(nameKey('zoe smith'));
    expect(nameKey('ZOESMITH')).toBe(nameKey('Zoë Smith'));
    expect(nameKey('Zoe Smyth')).not.toBe(nameKey('Zoe Smith'));
    const { entries } = rankClass([
      // The better game came second: it must not be the one ranked.
      checked(code(best, 'zoe smith', SLOW, CLASS, { attempt: 2, startedAt: T0 + HOUR }), 'line 1'),
      checked(code(second, 'Zoë Smith', SLOW, CLASS, { attempt: 1, startedAt: T0 }), 'line 2'),
      checked(code(best, 'ZOË SMITH', SLOW, CLASS, { attempt: 3, startedAt: T0 + 2 * HOUR }), 'line 3'),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0].game.from).toBe('line 2');
    expect(entries[0].repeats.map((g) => g.from)).toEqual(['line 1', 'line 3']);
    expect(entries[0].flags.map((f) => f.kind)).toEqual(['repeat']);
    expect(entries[0].flags[0].reason).toMatch(/3 games under this name: the first is ranked/);
  });

  it('for equal attempt numbers (two devices), takes the earlier start, then the order handed in', () => {
    const byStart = rankClass([
      checked(code(best, 'Ada', SLOW, CLASS, { startedAt: T0 + HOUR }), 'late'),
      checked(code(second, 'Ada', SLOW + 1, CLASS, { startedAt: T0 }), 'early'),
    ]);
    expect(byStart.entries[0].game.from).toBe('early');
    const byOrder = rankClass([checked(code(second, 'Ada', SLOW), 'first'), checked(code(best, 'Ada', SLOW + 1), 'second')]);
    expect(byOrder.entries[0].game.from).toBe('first');
  });

  it('says when two games under one name were each first on their device', () => {
    const { entries } = rankClass([
      checked(code(best, 'Ada', SLOW, CLASS, { attempt: 1, startedAt: T0 }), 'a'),
      checked(code(second, 'Ada', SLOW, CLASS, { attempt: 1, startedAt: T0 + 60_000 }), 'b'),
    ]);
    expect(entries[0].flags.map((f) => f.kind)).toEqual(['repeat', 'two-first-attempts']);
  });

  it('keeps the same name in two classes apart', () => {
    const { entries } = rankClass([checked(code(best, 'Ada', SLOW), 'a'), checked(code(best, 'Ada', SLOW, OTHER_CLASS), 'b')]);
    expect(entries).toHaveLength(2);
  });

  it('ranks each class on its own, with its rules: games played under other rules are never ranked together', () => {
    // Another class, other rules: no time limit, "what really happened" shown after each decision.
    const untimed = makeClassCode({ secondsPerDecision: null, holdFeedback: false, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.5);
    const report = rankClass([
      checked(code(second, 'Dan', SLOW, untimed), 'a'),
      checked(code(best, 'Ada', SLOW), 'b'),
      checked(code(second, 'Cy', SLOW), 'c'),
    ]);
    expect(report.classes.map((c) => [c.classCode, c.rules.secondsPerDecision, c.rules.holdFeedback])).toEqual([
      [verified(code(second, 'Dan', SLOW, untimed)).classCode, null, false],
      [verified(code(best, 'Ada', SLOW)).classCode, 60, true],
    ]);
    // Dan scores less than Ada, but is first in his own class.
    expect(report.classes.map((c) => c.entries.map((e) => [e.rank, e.game.result.name]))).toEqual([[[1, 'Dan']], [[1, 'Ada'], [2, 'Cy']]]);
    // All the entries, class by class, each ranked within its class (for the CSV, which names the class).
    expect(report.entries.map((e) => [e.rank, e.game.result.name])).toEqual([[1, 'Dan'], [1, 'Ada'], [2, 'Cy']]);
  });

  it(`flags a game faster than ${MIN_SECONDS_PER_DECISION} s a decision, with the reason, and ranks it still`, () => {
    const limit = MIN_SECONDS_PER_DECISION * decisions;
    const { entries } = rankClass([checked(code(best, 'Fast', limit - 1), 'a'), checked(code(best, 'Just', limit), 'b')]);
    const fast = entries.find((e) => e.game.result.name === 'Fast');
    const just = entries.find((e) => e.game.result.name === 'Just');
    expect(fast?.flags.map((f) => f.kind)).toEqual(['too-fast']);
    expect(fast?.flags[0].reason).toContain(`${decisions} decisions`);
    expect(fast?.rank).toBe(1);
    expect(just?.flags).toEqual([]);
  });

  it('rejects games started outside the window, with the reason', () => {
    const window = { from: T0, until: T0 + HOUR };
    const { entries, rejected } = rankClass([
      checked(code(best, 'Early', SLOW, CLASS, { startedAt: T0 - 60_000 }), 'a'),
      checked(code(best, 'In', SLOW, CLASS, { startedAt: T0 + 60_000 }), 'b'),
      checked(code(best, 'Late', SLOW, CLASS, { startedAt: T0 + HOUR + 60_000 }), 'c'),
    ], { window, timeZone: 'UTC' });
    expect(entries.map((e) => e.game.result.name)).toEqual(['In']);
    expect(rejected.map((r) => [r.from, r.kind])).toEqual([['a', 'outside-window'], ['c', 'outside-window']]);
    expect(rejected[0].reason).toBe('This game was started at 4 Dec 2026, 08:59, before "Valid from" (4 Dec 2026, 09:00).');
    expect(rejected[1].reason).toMatch(/after "Valid until" \(4 Dec 2026, 10:00\)/);
    // An open end lets everything through on that side.
    expect(rankClass([checked(code(best, 'Early', SLOW, CLASS, { startedAt: Date.UTC(2024, 0, 1) }), 'a')], { window: { from: null, until: T0 } }).entries).toHaveLength(1);
  });

  it('passes refused codes on with their reason, and counts a code once however it was typed', () => {
    const c = code(best, 'Ada', SLOW);
    const { unique, duplicates } = uniqueCodes([{ code: c, from: '1' }, { code: c.toLowerCase().replace(/(.{5})/g, '$1 '), from: '2' }, { code: 'nonsense!', from: '3' }]);
    expect(duplicates).toBe(1);
    expect(unique.map((u) => u.from)).toEqual(['1', '3']);
    const { rejected } = rankClass(unique.map((u) => ({ ...u, check: verifyResultCode(u.code, story) })));
    expect(rejected).toEqual([{ code: 'nonsense!', from: '3', kind: expect.any(String), reason: expect.stringMatching(/not a result code/) }]);
  });

  it('refuses a code from another class with the verifier\'s reason', () => {
    const c = code(best, 'Stranger', SLOW, OTHER_CLASS);
    const { rejected } = rankClass([{ code: c, from: 'x', check: verifyResultCode(c, story, CLASS) }]);
    expect(rejected[0]).toMatchObject({ kind: 'other-class', reason: expect.stringMatching(/another class/) });
  });
});
