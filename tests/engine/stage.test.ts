// The stage's rules (src/engine/stage.ts): who is in the room, how they react to a choice, and
// that in a competition every option draws the same reaction.
import { describe, expect, it } from 'vitest';
import { competitionRules, LESSON, visibleTurn } from '../../src/engine/modes';
import {
  CALM, choiceReaction, emptyStage, NO_REACTION, reactTo, type StageState, stageAtDecision, stageFor,
} from '../../src/engine/stage';
import { GameStory, type Turn } from '../../src/engine/story';
import story from '../fixtures/engine/stage.ink';

const HOLD = { secondsPerDecision: null, holdFeedback: true, fromChapter: null, toChapter: null, soundOff: false };

/** The stage after each segment of `turn`, starting from `before`. */
function through(before: StageState, turn: Turn, heading: string | null = null): StageState[] {
  const out: StageState[] = [];
  let s = before;
  for (const seg of turn.segments) {
    s = stageFor(s, seg, heading);
    out.push(s);
  }
  return out;
}

const people = (s: StageState) => s.people.map((p) => `${p.id}:${p.mood}${p.focus ? `:${p.focus}` : ''}`);

describe('the stage', () => {
  it('puts the people present in the room, calm, opens a chapter with its front page, and picks out who speaks', () => {
    const game = new GameStory(story);
    const [first] = through(emptyStage(), game.turn);
    expect(first.scene).toBe('presidium');
    expect(people(first)).toEqual(['rival:calm:speaks', 'aide:calm']);
    expect(first.front).toEqual({ headline: 'One', date: '1 January 1950' });
    expect(first.file).toBeNull();
    // The next segment has no speaker: nobody speaks any more.
    const next = stageFor(first, { ...game.turn.segments[0], speaker: null, opensChapter: null });
    expect(people(next)).toEqual(['rival:calm', 'aide:calm']);
  });

  it('in a lesson, the room reacts to each option by its own tags, and the card lands as a file', () => {
    const shown: string[][] = [];
    for (const option of [0, 1]) {
      const game = new GameStory(story);
      const [before] = through(emptyStage(), game.turn);
      const choice = game.turn.choices[option];
      const reacted = reactTo(before, choiceReaction(LESSON, choice.tags));
      const states = through(reacted, game.choose(option), 'Defy?');
      shown.push(people(states[0]));
      expect(game.turn.segments.map((s) => s.kind)).toEqual(['passage', 'reveal', 'passage']);
      expect(states[1].file).toEqual({ heading: 'Defy?', date: '1 January 1950' });
      expect(states[1].front).toBeNull();
      // The next chapter: no file, its own front page.
      expect(states[2]).toMatchObject({ file: null, front: { headline: 'Two', date: '1951' } });
    }
    // Defying: the rival turns stern at the choice, the aide at the outcome's line; giving way: the aide only.
    expect(shown).toEqual([['rival:stern', 'aide:stern'], ['rival:calm:followed', 'aide:stern']]);
  });

  it('in a competition, every option draws the same reaction, and holding feedback back leaves the room as it was', () => {
    const rules = competitionRules(HOLD);
    const shown = [0, 1].map((option) => {
      const game = new GameStory(story);
      const [before] = through(emptyStage(), game.turn);
      expect(choiceReaction(rules, game.turn.choices[option].tags)).toEqual(NO_REACTION);
      const reacted = reactTo(before, choiceReaction(rules, game.turn.choices[option].tags));
      // The outcome and the card are held back: only the next chapter's opening is on screen.
      const next = visibleTurn(game.choose(option), rules, true);
      return [people(reacted), ...through(reacted, next).map(people)];
    });
    expect(shown[0]).toEqual(shown[1]);
    expect(shown[0][0]).toEqual(['rival:calm', 'aide:calm']);
    // A competition that shows feedback still draws no reaction from the choice itself.
    expect(choiceReaction(competitionRules({ ...HOLD, holdFeedback: false }), { ...new GameStory(story).turn.choices[0].tags })).toEqual(NO_REACTION);
    // Nobody chose (the time ran out): no reaction in a lesson either.
    expect(choiceReaction(LESSON, null)).toEqual(NO_REACTION);
  });

  it('a new room starts calm, and a prediction picks out the rival', () => {
    const game = new GameStory(story);
    game.choose(0);
    const turn = game.turn;
    const stern = { ...emptyStage(), scene: 'presidium', people: [{ id: 'rival', mood: 'stern', focus: null }] };
    const office = through(stern, turn).at(-1) ?? emptyStage();
    expect(office.scene).toBe('office');
    expect(people(office)).toEqual(['rival:calm']);
    expect(turn.decision?.kind).toBe('predict');
    expect(people(stageAtDecision(office, turn.decision ?? (null as never)))).toEqual(['rival:calm:acts']);
    expect(office.people.every((p) => p.mood === CALM)).toBe(true);
  });

  it('marks a counterfactual ending, with its moods, until the story rejoins history', () => {
    const game = new GameStory(story);
    game.choose(2);
    const ending = through(emptyStage(), game.turn).at(-1) ?? emptyStage();
    expect(game.turn.segments.at(-1)?.kind).toBe('ending');
    expect(people(ending)).toEqual(['rival:stern', 'aide:calm']);
    expect(ending.ending).toBe('counterfactual');
    expect(ending.file).toBeNull();
    const rejoined = through(ending, game.choose(0));
    expect(rejoined[0].ending).toBeNull();
  });
});
