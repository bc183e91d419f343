import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { storyHash } from '../../src/engine/hash';
import { GameStory } from '../../src/engine/story';
import { type Progress, encodeProgress, parseProgress, storyMark } from '../../src/platform/progress';
import { atRandom, playOut } from '../support/playOut';
import { seeded } from '../support/seeded';

const hash = storyHash(story);
const progress = (p: Partial<Progress> = {}): Progress => ({ story: storyMark(hash), span: { from: 5, to: 8 }, seconds: 742, path: [0, 1, 2, 0, 3], ...p });

describe('progress kept in suspend_data', () => {
  it('reads back what it wrote: choices, chapters and time', () => {
    for (const p of [progress(), progress({ span: { from: null, to: null }, path: [], seconds: 0 }), progress({ span: { from: 3, to: null } })]) {
      expect(parseProgress(encodeProgress(p), hash)).toEqual({ ok: true, progress: p });
    }
  });

  it('keeps a whole game of the real story well under 200 characters, never ink\'s state', () => {
    const random = seeded(7);
    for (let game = 0; game < 20; game++) {
      const played = playOut(new GameStory(story), atRandom(random));
      const text = encodeProgress(progress({ span: { from: null, to: null }, path: played.log.path, seconds: 99_999 }));
      expect(text.length).toBeLessThan(200);
      expect(text).not.toMatch(/inkVersion|callstack|variablesState/);
    }
  });

  it('says why a text cannot be used: empty, damaged, another version, another story', () => {
    const good = encodeProgress(progress());
    expect(parseProgress('', hash)).toEqual({ ok: false, kind: 'empty' });
    expect(parseProgress('T2|whatever', hash)).toEqual({ ok: false, kind: 'other-version' });
    expect(parseProgress(good, storyHash(`${story} `))).toEqual({ ok: false, kind: 'other-story' });
    for (const bad of ['{"path":[1,2]}', 'T1|', good.replace('5-8', '8-5'), good.replace('5-8', '0-8'), good.replace('|742|', '|-1|'),
      `${good}|x`, good.replace(/\|[0-3]+$/, '|01!'), good.slice(0, -1).replace(/\|\d+\|/, '|1.5|'), 'x'.repeat(5000)]) {
      expect(parseProgress(bad, hash)).toEqual({ ok: false, kind: 'damaged' });
    }
  });

  it('never throws on any text', () => {
    const random = seeded(11);
    const alphabet = 'T1|-0123456789abcdef:xyz ,';
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const read = parseProgress(text, hash);
      expect(read.ok || ['empty', 'damaged', 'other-version', 'other-story'].includes(read.kind)).toBe(true);
    }
  });

  it('refuses to encode a choice it could not write as one character', () => {
    expect(() => encodeProgress(progress({ path: [36] }))).toThrow(RangeError);
  });
});
