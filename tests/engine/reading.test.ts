// Reading time per chapter, from the story's own words, for teachers choosing chapters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import fixture from '../fixtures/engine/reading.ink';
import { chapterReadings, countWords, READING_PACE, spanMinutes } from '../../src/engine/reading';
import { playChapters } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';

describe('reading time', () => {
  it('counts words as a reader does: dashes and bare punctuation are not words', () => {
    expect(countWords('Five six — seven.')).toBe(3);
    expect(countWords('  Khrushchev’s 20th   Congress, 1956 ')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  // First: "Before any chapter." 3 (before any chapter: read with the first) + title "First" 1 +
  // "One two three four." 4 + question 4 + options 2 + 2 + "Left it is." 3 + reveal 2 = 21.
  // Second: title 1 + "Five six — seven." 3 + "The end." 2 = 6.
  it('gives each chapter the words read on the way through it as history went', () => {
    const r = chapterReadings(new GameStory(fixture), 3);
    expect(r.map((c) => [c.title, c.date, c.words, c.minutes])).toEqual([
      ['First', '1950', 21, 7],
      ['Second', '1955', 6, 2],
    ]);
    expect(spanMinutes(r, { from: null, to: null }, 3)).toBe(9);
    expect(spanMinutes(r, { from: 2, to: null }, 3)).toBe(2);
    expect(spanMinutes(r, { from: 1, to: 1 }, 3)).toBe(7);
  });

  it('never shows a chapter as taking no time, and refuses a pace that is not one', () => {
    const r = chapterReadings(new GameStory(fixture), 1000);
    expect(r.map((c) => c.minutes)).toEqual([1, 1]);
    expect(spanMinutes(r, { from: null, to: null }, 1000)).toBe(1);
    expect(() => chapterReadings(new GameStory(fixture), 0)).toThrow(RangeError);
  });

  it('has a figure for every chapter of the real story, in the order the game finds them', () => {
    const r = chapterReadings(new GameStory(story));
    expect(r.map((c) => c.title)).toEqual(playChapters(new GameStory(story)).map((c) => c.title));
    expect(r.every((c) => c.words > 100 && c.minutes === Math.max(1, Math.round(c.words / READING_PACE)))).toBe(true);
  });

  it('is the figure the README gives a teacher for the whole story', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const stated = /whole story\s+is about (\d+) minutes of reading/.exec(readme);
    expect(stated, 'README.md states the whole story\'s reading time').not.toBeNull();
    expect(Number(stated?.[1])).toBe(spanMinutes(chapterReadings(new GameStory(story)), { from: null, to: null }));
  });
});
