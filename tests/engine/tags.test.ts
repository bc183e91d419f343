import { describe, expect, it } from 'vitest';
import { dayNumber, parseDate } from '../../src/engine/dates';
import { labelOf, parseStoryMeta } from '../../src/engine/meta';
import { parseChoiceTags, parseEffects, parseLineTags, parseTag } from '../../src/engine/tags';

describe('tags', () => {
  it('split into key and value; a bare word has no value', () => {
    expect(parseTag(' Date: 5 March 1953 ')).toEqual({ key: 'date', value: '5 March 1953' });
    expect(parseTag('historical')).toEqual({ key: 'historical', value: '' });
    expect(parseTag('source: TIME: 30 March 1953')).toEqual({ key: 'source', value: 'TIME: 30 March 1953' });
  });

  it('read effects and explain malformed ones', () => {
    expect(parseEffects('party +5, army -10,people+0')).toEqual({
      value: [{ base: 'party', delta: 5 }, { base: 'army', delta: -10 }, { base: 'people', delta: 0 }], problems: [],
    });
    const bad = parseEffects('party five, +3');
    expect(bad.value).toEqual([]);
    expect(bad.problems).toHaveLength(2);
    expect(bad.problems[0]).toContain('"party five"');
  });

  it('read a decision, a prediction and an ending, and reject unknown kinds', () => {
    expect(parseLineTags(['decision: beria_arrest', 'kind: act']).value).toMatchObject({ decision: 'beria_arrest', kind: 'act', rival: null });
    expect(parseLineTags(['decision: x', 'kind: predict', 'rival: malenkov']).value).toMatchObject({ kind: 'predict', rival: 'malenkov' });
    expect(parseLineTags(['ending: counterfactual']).value.ending).toBe('counterfactual');
    expect(parseLineTags(['kind: guess']).problems[0]).toContain('"act" or "predict"');
    expect(parseLineTags(['ending: maybe']).problems[0]).toContain('"historical" or "counterfactual"');
    expect(parseLineTags(['decision: Beria Arrest']).problems[0]).toContain('lower case');
  });

  it('read the line a decision turns on (# stake:) and a rejoin with history, and explain a malformed stake', () => {
    expect(parseLineTags(['decision: x', 'stake: party 85']).value.stake).toEqual({ base: 'party', line: 85 });
    expect(parseLineTags(['decision: x']).value.stake).toBeNull();
    expect(parseLineTags(['stake: party']).problems[0]).toContain('"party 85"');
    expect(parseLineTags(['stake: 85 party']).value.stake).toBeNull();
    expect(parseChoiceTags(['rejoin']).value.rejoin).toBe(true);
  });

  it('collect several terms and ignore tags of other conventions', () => {
    const t = parseLineTags(['reveal', 'term: coup', 'term: MVD', 'source: TIME', 'colour: blue']);
    expect(t.value).toMatchObject({ reveal: true, terms: ['coup', 'MVD'], source: 'TIME' });
    expect(t.problems).toEqual([]);
  });

  it('read moods on a line and on an option, and who speaks, and explain a malformed mood', () => {
    expect(parseLineTags(['mood: beria = stern, malenkov=calm', 'speaker: beria']).value).toMatchObject({
      moods: { beria: 'stern', malenkov: 'calm' }, speaker: 'beria',
    });
    expect(parseChoiceTags(['actor: khrushchev', 'mood: molotov = stern']).value.moods).toEqual({ molotov: 'stern' });
    expect(parseChoiceTags(['mood: molotov stern']).problems[0]).toContain('"beria = stern"');
    expect(parseLineTags(['mood:']).problems[0]).toContain('empty');
    expect(parseLineTags(['speaker: Beria']).problems[0]).toContain('lower case');
  });

  it('read option tags', () => {
    expect(parseChoiceTags(['actor: khrushchev', 'historical', 'effect: party +5']).value).toEqual({
      actor: 'khrushchev', historical: true, effects: [{ base: 'party', delta: 5 }], reading: null, passage: null, timeout: false, rejoin: false, moods: {},
    });
    expect(parseChoiceTags([]).value).toEqual({ actor: null, historical: false, effects: [], reading: null, passage: null, timeout: false, rejoin: false, moods: {} });
    expect(parseChoiceTags(['actor: malenkov', 'timeout']).value.timeout).toBe(true);
  });
});

describe('story settings (global tags)', () => {
  it('declare bases, cast and ranks, best rank first', () => {
    const m = parseStoryMeta(['title: Thaw', 'start: 5 March 1953', 'base: party = Party apparatus', 'cast: beria = Beria', 'rank: 0 = Clerk', 'rank: 90 = Chief']);
    expect(m.problems).toEqual([]);
    expect(m.value).toEqual({
      title: 'Thaw', subtitle: null, intro: null, power: { min: 0, max: 100 }, music: [], debriefScene: null, player: null, start: '5 March 1953', end: null,
      bases: [{ id: 'party', label: 'Party apparatus' }], cast: [{ id: 'beria', label: 'Beria' }], readings: [],
      ranks: [{ min: 90, title: 'Chief' }, { min: 0, title: 'Clerk' }],
    });
  });

  it('explain malformed settings', () => {
    const m = parseStoryMeta(['base: Party apparatus', 'rank: 120 = Too high', 'start: soon']);
    expect(m.problems).toHaveLength(3);
    expect(m.value.bases).toEqual([]);
  });

  it('give a readable name for someone outside the cast', () => {
    expect(labelOf([{ id: 'beria', label: 'Lavrentiy Beria' }], 'beria')).toBe('Lavrentiy Beria');
    expect(labelOf([], 'kaganovich')).toBe('Kaganovich');
    expect(labelOf([], null)).toBe('');
  });
});

describe('dates', () => {
  it('read the forms authors write', () => {
    expect(parseDate('5 March 1953')).toEqual({ year: 1953, month: 3, day: 5 });
    expect(parseDate('March 1953')).toEqual({ year: 1953, month: 3, day: null });
    expect(parseDate('1953')).toEqual({ year: 1953, month: null, day: null });
    expect(parseDate('3–7 September 1953')).toEqual({ year: 1953, month: 9, day: 7 });
    expect(parseDate('Summer 1963')).toEqual({ year: 1963, month: null, day: null });
    expect(parseDate('soon')).toBeNull();
  });

  it('order as the calendar does', () => {
    const days = ['1953', '5 March 1953', '26 June 1953', '1954'].map((d) => dayNumber(parseDate(d) as NonNullable<ReturnType<typeof parseDate>>));
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(days[2] - days[1]).toBe(113);
  });
});
