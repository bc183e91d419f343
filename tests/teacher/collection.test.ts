import { describe, expect, it } from 'vitest';
import { type Collection, emptyCollection, mergeCollections, readCollection, writeCollection } from '../../src/teacher/collection';

const with_ = (codes: [string, number][], more: Partial<Collection> = {}): Collection => ({
  ...emptyCollection(),
  codes: codes.map(([code, added]) => ({ code, from: `line ${added}`, added })),
  ...more,
});

describe('a kept collection of codes', () => {
  it('merges two tabs\' collections without losing either\'s codes, each code once', () => {
    const merged = mergeCollections(with_([['AAA', 1], ['BBB', 3]]), with_([['bbb', 2], ['CCC', 4]]));
    expect(merged.codes.map((c) => c.code)).toEqual(['AAA', 'bbb', 'CCC']);
  });

  it('does not bring back codes removed in the other tab', () => {
    const removedThere = with_([['DDD', 6]], { clearedAt: 5 });
    const merged = mergeCollections(with_([['AAA', 1], ['BBB', 3]]), removedThere);
    expect(merged.codes.map((c) => c.code)).toEqual(['DDD']);
    expect(merged.clearedAt).toBe(5);
  });

  it('keeps the window set last', () => {
    const a = with_([], { window: { from: 10, until: null }, windowSetAt: 2 });
    const b = with_([], { window: { from: null, until: 99 }, windowSetAt: 1 });
    expect(mergeCollections(a, b).window).toEqual({ from: 10, until: null });
    expect(mergeCollections(b, a).window).toEqual({ from: 10, until: null });
  });

  it('reads back what it writes, and tells damage from something else', () => {
    const c = with_([['AAA', 1]], { window: { from: 10, until: 20 }, windowSetAt: 3, clearedAt: 0 });
    expect(readCollection(writeCollection('BCK1F-HM00E', c))).toEqual({ ok: true, classCode: 'BCK1F-HM00E', collection: c });
    expect(readCollection('{"thaw":"thaw-teacher-collection","version":1,"codes":"oops"}')).toEqual({ ok: false, kind: 'damaged' });
    expect(readCollection('{"thaw":"thaw-teacher-coll')).toEqual({ ok: false, kind: 'not-json' });
    expect(readCollection('{"name":"x"}')).toEqual({ ok: false, kind: 'not-a-collection' });
    const bad = JSON.parse(writeCollection('', c));
    bad.codes[0].added = 'yesterday';
    expect(readCollection(JSON.stringify(bad))).toEqual({ ok: false, kind: 'damaged' });
  });
});
