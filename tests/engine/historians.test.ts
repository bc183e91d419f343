// The historians' readings: the tags that declare and mark them, the decision log that carries
// them (and old saves without them), the historians file, and the reading a path supports.
import { describe, expect, it } from 'vitest';
import {
  type HistoriansFile, joinWords, leadingReadings, parseHistorians, readingSupport, surnames,
} from '../../src/engine/historians';
import { parseStoryMeta } from '../../src/engine/meta';
import { loadSave, makeSave } from '../../src/engine/save';
import { GameStory } from '../../src/engine/story';
import { parseChoiceTags } from '../../src/engine/tags';
import readings from '../fixtures/engine/readings.ink';
import { MODES, play } from './harness';

describe('reading tags', () => {
  it('declare the readings in the global tags, in order', () => {
    const m = parseStoryMeta(['reading: break = A genuine break', 'cast: beria = Beria', 'reading: limited = Limited or tactical']);
    expect(m.problems).toEqual([]);
    expect(m.value.readings).toEqual([{ id: 'break', label: 'A genuine break' }, { id: 'limited', label: 'Limited or tactical' }]);
    expect(m.value.cast).toEqual([{ id: 'beria', label: 'Beria' }]);
    expect(parseStoryMeta(['reading: A genuine break']).problems).toEqual([
      '# reading: should look like "reading: id = Label", not "A genuine break"',
    ]);
  });

  it('mark an option, and explain a malformed or doubled one', () => {
    expect(parseChoiceTags(['actor: khrushchev', 'historical', 'reading: break @tucker1957', 'effect: army +10']).value).toEqual({
      actor: 'khrushchev', historical: true, effects: [{ base: 'army', delta: 10 }], reading: 'break', passage: 'tucker1957', timeout: false, rejoin: false, moods: {},
    });
    // Without a passage the tag still parses; the story checker refuses it.
    expect(parseChoiceTags(['reading: break']).value).toMatchObject({ reading: 'break', passage: null });
    expect(parseChoiceTags(['reading: break @Tucker']).problems[0]).toMatch(/passage "Tucker" should be lower case/);
    expect(parseChoiceTags(['reading: Genuine Break']).problems[0]).toMatch(/reading "Genuine Break" should be lower case/);
    expect(parseChoiceTags(['reading: break', 'reading: limited']).problems).toEqual([
      'an option supports one reading: "break" and "limited" are both given',
    ]);
  });
});

describe.each(MODES)('the decision log (%s)', (mode) => {
  it("carries the chosen option's reading, or null", () => {
    const { game, problems } = play(readings, [0, 1], mode);
    expect(problems).toEqual([]);
    expect(game.meta.readings.map((r) => r.id)).toEqual(['break', 'limited']);
    expect(game.log.decisions.map((d) => [d.id, d.reading])).toEqual([['first', 'break'], ['second', null]]);
    expect(play(readings, [1, 2], mode).game.log.decisions.map((d) => d.reading)).toEqual(['limited', 'break']);
  });
});

describe('saves and readings', () => {
  it('load a save made before readings existed (no "reading" in its log)', () => {
    const game = new GameStory(readings);
    game.choose(0);
    const file = JSON.parse(makeSave(game));
    for (const d of file.checkpoint.record.decisions) delete d.reading;
    const loaded = loadSave(JSON.stringify(file), readings);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.game.log.decisions[0].reading).toBeUndefined();
    // And the decisions taken after it carry theirs.
    loaded.game.choose(0);
    expect(loaded.game.log.decisions.map((d) => d.reading)).toEqual([undefined, 'limited']);
  });

  it('refuse a log whose reading is not text', () => {
    const game = new GameStory(readings);
    game.choose(0);
    const file = JSON.parse(makeSave(game));
    file.checkpoint.record.decisions[0].reading = 7;
    expect(loadSave(JSON.stringify(file), readings).ok).toBe(false);
  });
});

describe('the reading a path supports', () => {
  const meta = new GameStory(readings).meta;
  const supportOf = (path: number[]) => readingSupport(play(readings, path, 'direct').game.log.decisions, meta.readings);

  it("counts the player's decisions that carry each reading, in the story's order, as a share of their tagged choices", () => {
    const s = supportOf([0, 2]);
    expect(s.map((r) => [r.reading.id, r.decisions.map((d) => d.id), r.share])).toEqual([['break', ['first', 'second'], 1], ['limited', [], 0]]);
    // One tagged choice of two decisions: the untagged one does not count in the share.
    expect(supportOf([1, 1]).map((r) => r.share)).toEqual([0, 1]);
    expect(leadingReadings(s).map((r) => r.reading.id)).toEqual(['break']);
  });

  it('names every reading that ties, and none when no choice carried one', () => {
    expect(leadingReadings(supportOf([0, 0])).map((r) => r.reading.id)).toEqual(['break', 'limited']);
    expect(leadingReadings(supportOf([2, 1]))).toEqual([]);
    expect(leadingReadings(readingSupport([], []))).toEqual([]);
  });
});

describe('the historians file', () => {
  const historian = { name: 'Robert C. Tucker', work: 'W', date: '1957', argument: 'A', quote: 'Q', teacherNote: null };
  const file: HistoriansFile = {
    question: 'Q?', prompt: 'P?', classPrompt: 'C?', readings: { break: { summary: 'S', historians: [historian, { ...historian, name: 'Martin McCauley', teacherNote: 'C' }] } },
    passages: { tucker1957: { historian: 'Robert C. Tucker', reading: 'break', says: 'No new Stalin' } },
  };

  it('reads a well-formed file as it is', () => {
    expect(parseHistorians(JSON.parse(JSON.stringify(file)))).toEqual({ value: file, problems: [] });
  });

  it('a file without a question for a whole class is read with none (the debrief has its own words)', () => {
    const { classPrompt: _, ...older } = file;
    expect(parseHistorians(JSON.parse(JSON.stringify(older)))).toEqual({ value: { ...file, classPrompt: null }, problems: [] });
    expect(parseHistorians({ ...file, classPrompt: 3 }).problems).toEqual(['"classPrompt" should be a line of text, or left out']);
  });

  it('names each fault, and leaves out what it cannot use', () => {
    expect(parseHistorians([]).value).toBeNull();
    expect(parseHistorians({ question: 'Q', prompt: 'P' }).problems).toEqual(['"readings" should be an object keyed by reading id']);
    const bad = parseHistorians({
      question: '', prompt: 'P',
      readings: { break: { summary: 'S', historians: [{ ...historian, quote: '' }, { ...historian, teacherNote: 3 }, historian] }, limited: { summary: 'S' } },
    });
    expect(bad.problems).toEqual([
      '"question" should be a line of text',
      'readings.break.historians[0] needs "quote"',
      'readings.break.historians[1] "teacherNote" should be text or null',
      'readings.limited should have a "summary" and a list of "historians"',
    ]);
    const passages = parseHistorians({ ...file, passages: { a: { historian: 'Nobody', reading: 'break', says: 'S' }, b: { historian: 'Robert C. Tucker', reading: 'other', says: 'S' }, c: {} } });
    expect(passages.problems).toEqual([
      'passages.a: "Nobody" is not one of the historians of "readings"',
      'passages.b: "other" is not one of the "readings"',
      'passages.c needs a "historian", a "reading" and what the notes "says"',
    ]);
    expect(passages.value?.passages).toEqual({});
    expect(Object.keys(bad.value?.readings ?? {})).toEqual(['break']);
    expect(bad.value?.readings.break.historians).toHaveLength(1);
  });

  it('names historians by surname, as a sentence lists them', () => {
    expect(surnames(file.readings.break.historians)).toBe('Tucker and McCauley');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinWords(['a'])).toBe('a');
  });
});
