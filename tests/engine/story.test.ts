import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/compiler/compileInk';
import { GameStory, type Problem } from '../../src/engine/story';
import small from '../fixtures/engine/small.ink';
import { MODES, play } from './harness';

describe.each(MODES)('the story runner (%s)', (mode) => {
  it('groups lines into screens: a new date starts a new one, and the question is kept apart', () => {
    const { turns, problems } = play(small, [], mode);
    const t = turns[0];
    expect(problems).toEqual([]);
    expect(t.segments.map((s) => [s.kind, s.paragraphs])).toEqual([
      ['passage', ['The game begins.', 'More text on the same screen.']],
      ['passage', ['A new day.']],
    ]);
    expect(t.segments[0].opensChapter).toBe('One');
    expect(t.segments[1].context).toMatchObject({ date: '2 January 1950', place: 'Hall', scene: 'office', chapter: 'One' });
    expect(t.segments[1].context.present).toEqual(['hero', 'rival', 'stranger']);
    expect(t.decision).toEqual({ id: 'first', kind: 'act', rival: null, prompt: 'What do you do?', heading: null, stake: null });
  });

  it('gives each option its actor, historical mark and effects', () => {
    const t = play(small, [], mode).turns[0];
    expect(t.choices.map((c) => c.text)).toEqual(['Be bold', 'Be timid']);
    expect(t.choices[0].tags).toEqual({
      actor: 'hero', historical: true, effects: [{ base: 'power', delta: 10 }, { base: 'people', delta: 10 }], reading: null, passage: null, timeout: false, rejoin: false, moods: {},
    });
    expect(t.choices[1].tags.historical).toBe(false);
  });

  it('applies effects within 0–100 and logs the decision with its "what really happened" card', () => {
    const { game, turns } = play(small, [0], mode);
    expect(game.power()).toEqual({ power: 60, people: 100 });
    const reveal = turns[1].segments.find((s) => s.kind === 'reveal');
    expect(reveal?.paragraphs).toEqual(['What really happened: boldness.', 'Why: because.']);
    expect(reveal?.source).toBe('The Book');
    const [d] = game.log.decisions;
    expect(d).toMatchObject({
      id: 'first', kind: 'act', chosenText: 'Be bold', actor: 'hero', historical: true,
      historicalText: 'Be bold', date: '2 January 1950', chapter: 'One', power: { power: 60, people: 100 },
    });
    expect(d.reveal).toEqual({ paragraphs: ['What really happened: boldness.', 'Why: because.'], source: 'The Book', terms: ['boldness'] });
  });

  it('reaches the historical ending on the historical path', () => {
    const { game, turns } = play(small, [0, 0], mode);
    const last = turns.at(-1);
    expect(last?.finished).toBe(true);
    expect(last?.segments.at(-1)).toMatchObject({ kind: 'ending', ending: 'historical' });
    expect(game.log.path).toEqual([0, 0]);
    expect(game.log.endings).toEqual([{ kind: 'historical', date: '1 January 1960', text: 'The end.', afterDecisions: 2 }]);
    expect(game.log.decisions.map((d) => [d.id, d.kind, d.rival, d.historical])).toEqual([
      ['first', 'act', null, true], ['guess', 'predict', 'rival', true],
    ]);
  });

  it('lets a story end early in a counterfactual, and carry on as history went', () => {
    const fell = play(small, [1], mode);
    const t = fell.turns[1];
    expect(fell.game.power().power).toBe(0);
    expect(t.segments.at(-1)).toMatchObject({ kind: 'ending', ending: 'counterfactual' });
    expect(t.decision).toBeNull();
    expect(t.choices.map((c) => c.text)).toEqual(['Continue as history went', 'See the debrief now']);

    const toDebrief = play(small, [1, 1], mode);
    expect(toDebrief.turns.at(-1)?.finished).toBe(true);

    const carriedOn = play(small, [1, 0, 1], mode);
    expect(carriedOn.turns.at(-1)?.finished).toBe(true);
    expect(carriedOn.game.log.endings.map((e) => [e.kind, e.date, e.afterDecisions])).toEqual([
      ['counterfactual', '1 January 1951', 1], ['historical', '1 January 1960', 2],
    ]);
  });

  it('refuses a choice that is not on offer', () => {
    const { game } = play(small, [], mode);
    expect(() => game.choose(2)).toThrow(/no choice 3/);
    expect(() => game.choose(-1)).toThrow(RangeError);
  });
});

describe('problems in a story', () => {
  it('are reported, not thrown: malformed tags and effects on undeclared bases', () => {
    const problems: string[] = [];
    const bad = JSON.stringify(JSON.parse(small)).replace('kind: act', 'kind: maybe').replace('power +10', 'stamina +10');
    const game = new GameStory(bad, { onProblem: (p) => problems.push(p.message) });
    game.choose(0);
    expect(problems.some((m) => m.includes('"act" or "predict"'))).toBe(true);
    expect(problems.some((m) => m.includes('"stamina"'))).toBe(true);
  });

  it("names ink's error for a story that runs out of content by its kind, so that no caller reads ink's words", () => {
    const problems: Problem[] = [];
    const game = new GameStory(compileInkFile('tests/fixtures/ink/checker/plain_dead_end.ink').json as string, { onProblem: (p) => problems.push(p) });
    // Refuse: neither option after it can be taken, and ink has nothing left to say.
    game.choose(1);
    expect(game.turn.finished).toBe(true);
    expect(problems.map((p) => p.kind)).toEqual(['ink-ran-out']);
    expect(problems[0].message).toMatch(/^Error in the story: /);
  });

  it('a story without our conventions still plays', () => {
    const plain = JSON.stringify(JSON.parse(small)).replace(/"#","\^[^"]*","\/#",?/g, '');
    const problems: string[] = [];
    const game = new GameStory(plain, { onProblem: (p) => problems.push(p.message) });
    expect(game.turn.decision).toBeNull();
    expect(game.turn.choices).toHaveLength(2);
    game.choose(0);
    expect(game.log.decisions).toEqual([]);
    expect(problems).toEqual([]);
  });
});
