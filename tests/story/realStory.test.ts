// Thaw's own story passes the checker. It is being written now, so this asserts the rules
// (no errors, a complete walk, no dead ends, every decision well formed), not today's counts.
// The walk is exhaustive (every distinct state; about 47,000 today, some 45 s on two cores).
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checker/checkFile';

describe('story/main.ink', () => {
  const report = checkFile('story/main.ink');

  it('has no errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('is walked completely', () => {
    expect(report.walk.complete).toBe(true);
    expect(report.warnings.filter((w) => /limit/.test(w.message))).toEqual([]);
  });

  it('has no dead ends, and both kinds of ending', () => {
    expect(report.walk.deadEnds).toBe(0);
    expect(report.endings.every((e) => e.kind === 'historical' || e.kind === 'counterfactual')).toBe(true);
    // What really happened, and more than one way to fall.
    expect(report.endings.filter((e) => e.kind === 'historical').length).toBeGreaterThanOrEqual(1);
    expect(report.endings.filter((e) => e.kind === 'counterfactual').length).toBeGreaterThanOrEqual(3);
    expect(report.walk.endings).toBe(report.endings.length);
  });

  it('uses the conventions in every decision', () => {
    expect(report.conventions).toBe(true);
    expect(report.decisions.length).toBeGreaterThan(0);
    for (const d of report.decisions) {
      expect(d.options, d.id).toBeGreaterThanOrEqual(3);
      expect(d.options, d.id).toBeLessThanOrEqual(4);
      expect(d.historical, d.id).toBe(1);
      expect(d.kind === 'act' ? d.rival : typeof d.rival, d.id).toBe(d.kind === 'act' ? null : 'string');
    }
  });

  it('can be won and lost, and the range is exact', () => {
    expect(report.score?.exact).toBe(true);
    expect(report.score?.max).toBe(100);
    expect(report.score?.min).toBeLessThan(100);
  });
});
