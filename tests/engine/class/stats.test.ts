import { describe, expect, it } from 'vitest';
import { CSV_HEADER, classCsv, csvField } from '../../../src/engine/class/csv';
import { rankClass } from '../../../src/engine/class/ranking';
import { HARDEST_SHOWN, classGlance, decisionStats } from '../../../src/engine/class/stats';
import { CLASS, checked, code, play, playTimingOut, verified } from '../../support/classCodes';

const best = play('history');
const second = play(1);
const SLOW = 3000;

describe('what the class chose', () => {
  it('shows the share that chose each option, decision by decision', () => {
    const results = [best, best, second].map((g, i) => verified(code(g, `S${i}`, SLOW)));
    const stats = decisionStats(results);
    expect(stats.length).toBeGreaterThan(0);
    const first = stats[0];
    expect(first.reached).toBe(3);
    expect(first.options.find((o) => o.historical)?.count).toBeGreaterThanOrEqual(2);
    expect(first.options.reduce((s, o) => s + o.count, 0)).toBe(3);
    for (const d of stats) expect(d.options.reduce((s, o) => s + o.share, 0)).toBeCloseTo(1);
  });

  it('names each decision by its heading (what was decided), as the debrief does, not by its question', () => {
    const result = verified(code(best, 'H', SLOW));
    const stats = decisionStats([result]);
    const headings = new Map(result.record.decisions.map((d) => [d.id, d.heading]));
    for (const d of stats) {
      expect(d.heading).toBe(headings.get(d.id));
      expect(d.heading).not.toBe(d.prompt);
    }
    // The story's first decision asks "What do you do?"; its heading says which decision it is.
    expect(stats[0].prompt).toBe('What do you do?');
    expect(stats[0].heading).not.toMatch(/What do you do/);
  });

  it('counts a time-out as no choice at all', () => {
    const [first] = decisionStats([verified(code(playTimingOut([0]), 'T', SLOW))]);
    expect(first.timedOut).toBe(1);
    expect(first.options.reduce((s, o) => s + o.count, 0)).toBe(0);
    expect(first.matched).toBe(0);
  });

  it('gives the class at a glance: students, average, median and the hardest decisions', () => {
    const results = [best, best, second].map((g, i) => verified(code(g, `S${i}`, SLOW)));
    const scores = results.map((r) => r.score.final);
    const stats = decisionStats(results);
    const glance = classGlance(scores, stats);
    expect(glance.students).toBe(3);
    expect(glance.average).toBeCloseTo((scores[0] * 2 + scores[2]) / 3);
    expect(glance.median).toBe(scores[0]);
    expect(glance.hardest).toHaveLength(HARDEST_SHOWN);
    const shares = stats.map((d) => d.matched).sort((x, y) => x - y);
    expect(glance.hardest.map((d) => d.matched)).toEqual(shares.slice(0, HARDEST_SHOWN));
    expect(classGlance([10, 20, 40, 90], []).median).toBe(30);
    expect(classGlance([], [])).toEqual({ students: 0, average: null, median: null, hardest: [] });
  });
});

describe('the class as CSV', () => {
  it('writes CSV a spreadsheet cannot run as a formula', () => {
    expect(csvField('Anna')).toBe('Anna');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvField(bad).replace(/^"/, '').startsWith(`'`)).toBe(true);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(classCsv([])).toBe(`${CSV_HEADER.join(',')}\n`);
  });

  it('lists repeats under the ranked game, and carries extra time and time-outs for the teacher', () => {
    const started = Date.UTC(2026, 11, 4, 9, 5);
    const { entries } = rankClass([
      checked(code(playTimingOut([2, 3]), 'Ada', SLOW, CLASS, { attempt: 1, startedAt: started, extraTime: 25 }), 'a'),
      checked(code(second, 'ada', SLOW, CLASS, { attempt: 2, startedAt: started + 3_600_000 }), 'b'),
    ]);
    const rows = classCsv(entries).trimEnd().split('\n').map((r) => r.split(','));
    expect(rows).toHaveLength(3);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    expect([rows[1][col('rank')], rows[1][col('game')], rows[1][col('extra time %')], rows[1][col('time-outs')], rows[1][col('started (UTC)')], rows[1][col('attempt')]])
      .toEqual(['1', 'ranked', '25', '2', '2026-12-04 09:05', '1']);
    expect([rows[2][col('rank')], rows[2][col('name')], rows[2][col('game')], rows[2][col('attempt')]]).toEqual(['', 'ada', 'repeat', '2']);
  });
});
