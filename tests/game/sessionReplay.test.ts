// Session.replay: a game rebuilt from its choices alone, as a learning platform keeps them
// (the other session tests are in session.test.ts).
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { GameStory } from '../../src/engine/story';
import { Session } from '../../src/game/session';
import { SAVE_KEY, pageStore } from '../../src/game/storage';
import { atRandom, playOut } from '../support/playOut';
import { seeded } from '../support/seeded';

describe('a game rebuilt from its choices (a learning platform\'s suspend_data)', () => {
  it('replays the path to the same place, and "Continue" resumes there', () => {
    const random = seeded(3);
    const whole = playOut(new GameStory(story), atRandom(random)).log.path;
    const path = whole.slice(0, 9);
    const store = pageStore();
    const session = new Session(story, store);
    expect(session.replay({ from: null, to: null }, path, null)).toBe(true);
    expect(session.inspectSave()).toBe('ok');
    expect(store.get(SAVE_KEY)).not.toBeNull();
    // The next page (the title's "Continue") reads the save the replay left.
    const resumed = new Session(story, store);
    const turn = resumed.continueGame();
    expect(resumed.current.log.path).toEqual(path);
    const direct = new GameStory(story);
    for (const i of path) direct.choose(i);
    expect(turn.choices.map((c) => c.text)).toEqual(direct.turn.choices.map((c) => c.text));
  });

  it('keeps a span and a competition, and refuses choices that do not fit, keeping nothing', () => {
    const store = pageStore();
    const session = new Session(story, store);
    const competition = { classCode: 'X', name: 'Jane Doe', settings: { secondsPerDecision: null, holdFeedback: true, fromChapter: 2, toChapter: 3, classId: 'ABCDE', fingerprint: 0, soundOff: false }, startedAt: 5, attempt: 1, extraTime: 0 as const };
    expect(session.replay({ from: 2, to: 3 }, [0], competition)).toBe(true);
    expect(session.current.log.span?.first).toBeTruthy();
    expect(session.competition).toEqual(competition);
    const other = new Session(story, pageStore());
    expect(other.replay({ from: null, to: null }, [9, 9, 9], null)).toBe(false);
    expect(other.inspectSave()).toBeNull();
    expect(other.competition).toBeNull();
    expect(other.replay({ from: null, to: null }, Array(500).fill(0), null)).toBe(false);
  });
});
