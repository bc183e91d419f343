// The story's settings tags (story/README.md, "Settings"): what the title screen, the power
// bases' range, the music and the debrief's scene come from.
import { describe, expect, it } from 'vitest';
import { musicAt, parseStoryMeta } from '../../src/engine/meta';

describe('parseStoryMeta', () => {
  it('reads the title screen, the power range, the music and the debrief scene', () => {
    const { value, problems } = parseStoryMeta([
      'title: Spring',
      'subtitle: A test, 1900–1910',
      'intro: You are here: choose well.',
      'power: -10 to 50',
      'music: 1905 = middle',
      'music: 1 March 1900 = early',
      'debrief: hall',
    ]);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      title: 'Spring', subtitle: 'A test, 1900–1910', intro: 'You are here: choose well.',
      power: { min: -10, max: 50 }, debriefScene: 'hall',
    });
    // In date order, whatever order they are written in.
    expect(value.music).toEqual([{ from: '1 March 1900', bed: 'early' }, { from: '1905', bed: 'middle' }]);
  });

  it('reads who the player plays from the cast, declared before or after, and names one not in it', () => {
    const ok = parseStoryMeta(['player: ada', 'cast: ada = Ada Lovelace', 'start: 1840', 'end: 1852']);
    expect(ok.problems).toEqual([]);
    expect(ok.value.player).toEqual({ id: 'ada', label: 'Ada Lovelace' });
    const unknown = parseStoryMeta(['cast: ada = Ada Lovelace', 'player: babbage']);
    expect(unknown.value.player).toBeNull();
    expect(unknown.problems).toEqual(['# player: "babbage" is not in the cast (declare it with # cast: babbage = Name)']);
    expect(parseStoryMeta([]).value.player).toBeNull();
  });

  it('keeps power from 0 to 100 where a story gives no range, and names a malformed tag', () => {
    expect(parseStoryMeta([]).value.power).toEqual({ min: 0, max: 100 });
    const bad = parseStoryMeta(['power: 100 to 0', 'music: someday = bed', 'music: 1900']);
    expect(bad.value.power).toEqual({ min: 0, max: 100 });
    expect(bad.value.music).toEqual([]);
    expect(bad.problems).toEqual([
      '# power: should look like "power: 0 to 100", not "100 to 0"',
      '# music: should look like "music: March 1953 = bed", not "someday = bed"',
      '# music: should look like "music: March 1953 = bed", not "1900"',
    ]);
  });
});

describe('musicAt', () => {
  const meta = parseStoryMeta(['music: 1900 = early', 'music: June 1905 = middle', 'music: 1910 = late']).value;

  it('is the latest bed begun by the date', () => {
    expect(musicAt(meta, '31 May 1905')).toBe('early');
    expect(musicAt(meta, '1 June 1905')).toBe('middle');
    expect(musicAt(meta, '1912')).toBe('late');
  });

  it('is the first bed before any has begun, and none without a date or without music', () => {
    expect(musicAt(meta, '1899')).toBe('early');
    expect(musicAt(meta, null)).toBeNull();
    expect(musicAt(meta, 'no date here')).toBeNull();
    expect(musicAt(parseStoryMeta([]).value, '1905')).toBeNull();
  });
});
