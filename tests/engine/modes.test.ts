// What each mode shows and allows, and the time limit: pure rules, with the clock passed in.
import { describe, expect, it } from 'vitest';
import {
  competitionRules, countdownNews, describeClass, describeClassForTeacher, extraTimeFor, LESSON, offersExtraTime, secondsLeft, timeoutOption, visibleTurn,
} from '../../src/engine/modes';
import { scoreGame } from '../../src/engine/scoring';
import { GameStory } from '../../src/engine/story';
import small from '../fixtures/engine/small.ink';
import timeout from '../fixtures/engine/timeout.ink';

const CLASS = { secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, soundOff: false };

describe('modes', () => {
  it('a lesson shows everything and has no clock; a competition follows its class and extra time', () => {
    expect(LESSON).toMatchObject({ mode: 'lesson', showCards: true, showOutcomes: true, decisionMs: null });
    expect(competitionRules(CLASS)).toMatchObject({ mode: 'competition', showCards: false, showOutcomes: false, decisionMs: 60_000 });
    expect(competitionRules(CLASS, 25).decisionMs).toBe(75_000);
    expect(competitionRules(CLASS, 50).decisionMs).toBe(90_000);
    expect(competitionRules({ ...CLASS, holdFeedback: false, secondsPerDecision: null, soundOff: true })).toMatchObject({
      showCards: true, showOutcomes: true, decisionMs: null, soundOff: true,
    });
  });

  it('holds back, in a competition that holds feedback, the outcome that tells whether a choice matched, and the card', () => {
    const game = new GameStory(small);
    const after = game.choose(0);
    // The outcome ("You are bold.") comes first, then the card.
    expect(after.segments.map((s) => s.kind)).toEqual(['passage', 'reveal']);
    expect(visibleTurn(after, LESSON, true)).toBe(after);
    expect(visibleTurn(after, competitionRules(CLASS), true).segments).toEqual([]);
    const shown = visibleTurn(after, competitionRules({ ...CLASS, holdFeedback: false }), true);
    expect(shown.segments.map((s) => s.paragraphs[0])).toEqual(['You are bold.', 'What really happened: boldness.']);
    // A passage that does not follow a decision is the story going on: it stays.
    const first = new GameStory(small).turn;
    expect(visibleTurn(first, competitionRules(CLASS), false).segments).toEqual(first.segments);
  });

  it('a time-out follows the option the writer marks, else the first that is not what really happened', () => {
    const game = new GameStory(timeout);
    expect(timeoutOption(game.turn)).toBe(2);
    game.choose(2, true);
    expect(game.turn.decision?.id).toBe('unmarked');
    expect(timeoutOption(game.turn)).toBe(1);
  });

  it('records a time-out as "time ran out", never as a match, even down the historical option', () => {
    const game = new GameStory(timeout);
    game.choose(0, true);
    game.choose(0);
    const [timed, chosen] = game.log.decisions;
    expect(timed).toMatchObject({ timedOut: true, historical: false, actor: null, chosenText: 'Historical' });
    expect(chosen.historical).toBe(true);
    expect(game.log.timeouts).toEqual([0]);
    expect(scoreGame(game.log, game.meta).judgement).toMatchObject({ matched: 1, total: 2 });
    // Only a decision has a clock: "Continue as history went" after a fall cannot time out.
    const fallen = new GameStory(small);
    fallen.choose(1);
    expect(fallen.turn.decision).toBeNull();
    expect(() => fallen.choose(0, true)).toThrow(RangeError);
  });

  it('counts down from when the choices appear, by the clock it is given', () => {
    const start = 1_000_000;
    expect(secondsLeft(60_000, start, start)).toBe(60);
    expect(secondsLeft(60_000, start, start + 400)).toBe(60);
    expect(secondsLeft(60_000, start, start + 1000)).toBe(59);
    expect(secondsLeft(60_000, start, start + 59_001)).toBe(1);
    expect(secondsLeft(60_000, start, start + 60_000)).toBe(0);
    expect(secondsLeft(60_000, start, start + 999_999)).toBe(0);
    // A clock that goes back (the device's time was changed) gives no more than the limit.
    expect(secondsLeft(60_000, start, start - 5000)).toBe(60);
  });

  it('tells a screen reader at half time, 30 and 10 seconds and the end, never every second', () => {
    const said: string[] = [];
    for (let left = 90; left > 0; left--) {
      const news = countdownNews(90_000, left, left - 1);
      if (news) said.push(news);
    }
    expect(said).toEqual(['45 seconds left to choose.', '30 seconds left to choose.', '10 seconds left to choose.', 'Time ran out.']);
    // A page that slept through a point says where it stands now, once.
    expect(countdownNews(60_000, 40, 8)).toBe('8 seconds left to choose.');
    expect(countdownNews(60_000, 8, 8)).toBeNull();
  });

  it('describes a class as it really is', () => {
    expect(describeClass(CLASS)).toEqual([
      '60 seconds for each decision, from when its choices appear.',
      'What really happened, and whether your choices matched it, stays hidden until the end.',
      'The whole story.',
    ]);
    const other = describeClass({ ...CLASS, secondsPerDecision: null, holdFeedback: false, fromChapter: 6, toChapter: 7, soundOff: true }, (n) => `Ch${n}`);
    expect(other).toEqual(['No time limit.', 'What really happened is shown after each decision.', 'From chapter 6, Ch6 to chapter 7, Ch7.', 'Sound is off.']);
    expect(describeClass({ ...CLASS, fromChapter: 2, toChapter: 2 })[2]).toBe('Only chapter 2.');
  });

  it('describes a class to its teacher, in the teacher\'s words', () => {
    expect(describeClassForTeacher({ ...CLASS, fromChapter: 1, toChapter: 3 }, (n) => `Ch${n}`)).toEqual([
      '60 seconds for each decision.', '"What really happened" is held back until the debrief.', 'From chapter 1, Ch1 to chapter 3, Ch3.',
    ]);
    expect(describeClassForTeacher({ ...CLASS, secondsPerDecision: null, holdFeedback: false, soundOff: true })).toEqual([
      'No time limit.', '"What really happened" is shown after each decision.', 'The whole story.', 'Sound is off.',
    ]);
  });

  it('offers and keeps extra time only where there is a time limit to stretch', () => {
    expect(offersExtraTime(CLASS)).toBe(true);
    expect(extraTimeFor(CLASS, 50)).toBe(50);
    expect(offersExtraTime({ secondsPerDecision: null })).toBe(false);
    expect(extraTimeFor({ secondsPerDecision: null }, 25)).toBe(0);
  });
});
