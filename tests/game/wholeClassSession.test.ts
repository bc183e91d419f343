// Whole-class games in the session, over an in-memory store: each class saves under its own
// name after every vote, and neither another class nor a student's own lesson (nor that
// student's last result) is touched.
import { describe, expect, it } from 'vitest';
import { historicalIndex } from '../../src/engine/span';
import { Session } from '../../src/game/session';
import { LAST_KEY, SAVE_KEY } from '../../src/game/storage';
import story from '../../story/main.ink';
import { memoryStore } from '../support/memoryStore';

/** Play on as history went, up to the next decision. */
function toDecision(s: Session): void {
  for (let i = 0; i < 100 && !s.current.turn.decision && !s.current.turn.finished; i++) s.choose(historicalIndex(s.current.turn));
}

describe('whole-class games in the session', () => {
  it('save each class under its own name, beside a student’s lesson and last result, with the votes', () => {
    const store = memoryStore();
    const student = new Session(story, store);
    student.newGame();
    const lesson = store.get(SAVE_KEY);
    store.set(LAST_KEY, JSON.stringify({ resultCode: null }));

    const s = new Session(story, store);
    for (const [name, hands] of [['10B Tuesday', 19], ['9A Monday', 7]] as const) {
      s.newClassGame(name, 2, { from: 2, to: 2 });
      toDecision(s);
      const h = historicalIndex(s.current.turn);
      const votes = s.current.turn.choices.map((_, i) => (i === h ? hands : 1));
      expect(s.classVote(votes, null)).not.toBeNull();
      expect(s.lastSplit()).toMatch(new RegExp(`^${hands} of ${hands + votes.length - 1} `));
    }
    expect(store.get(SAVE_KEY)).toBe(lesson);
    expect(store.get(LAST_KEY)).not.toBeNull();
    expect(s.classSaves().map((c) => [c.name, c.decisions, c.finished])).toEqual(expect.arrayContaining([['10B Tuesday', 1, false], ['9A Monday', 1, false]]));
    expect(s.classUnderway('10b tuesday')).toBe(true);

    // Another day: the class's game opens where it was, with its votes; finishing leaves the student's result alone.
    const later = new Session(story, store);
    expect(later.openClass('10B Tuesday')).toEqual({ ok: true, finished: false });
    const first = later.wholeClass?.votes[0];
    expect(first?.votes?.reduce((a, b) => a + b, 0)).toBe(19 + (first?.options.length ?? 0) - 1);
    expect(later.lastSplit()).toMatch(/^19 of /);
    toDecision(later);
    expect(later.classVote(null, 0)).not.toBeNull();
    for (let i = 0; i < 100 && !later.current.turn.finished; i++) {
      if (later.current.turn.decision) later.classVote(null, historicalIndex(later.current.turn));
      else later.choose(historicalIndex(later.current.turn));
    }
    expect(later.finish()).toEqual({ resultCode: null });
    expect(later.classSaves().find((c) => c.name === '10B Tuesday')?.finished).toBe(true);
    expect(store.get(LAST_KEY)).toBe(JSON.stringify({ resultCode: null }));
    expect(store.get(SAVE_KEY)).toBe(lesson);
    // The student's lesson still continues.
    expect(new Session(story, store).inspectSave()).toBe(null); // a last result stands, so no lesson to continue
    store.remove(LAST_KEY);
    expect(new Session(story, store).inspectSave()).toBe('ok');
  });

  it('keeps where the class is between votes, for a reload; a vote starts the next turn at its first screen', () => {
    const store = memoryStore();
    const s = new Session(story, store);
    s.newClassGame('10B Tuesday', 1, { from: 2, to: 2 });
    toDecision(s);
    const screens = s.current.turn.segments.length;
    s.keepPlace({ step: screens - 1, phase: 'discuss', discussedMs: 25_000, counts: [] });

    // F5: a new session on the same storage opens the class where it was.
    const reloaded = new Session(story, store);
    expect(reloaded.openClass('10B Tuesday')).toEqual({ ok: true, finished: false });
    expect(reloaded.classPlace(screens, true)).toEqual({ choices: s.current.log.path.length, step: screens - 1, phase: 'discuss', discussedMs: 25_000, counts: [] });
    reloaded.keepPlace({ step: screens - 1, phase: 'vote', discussedMs: 0, counts: ['12', ''] });
    expect(new Session(story, store).openClass('10B Tuesday')).toEqual({ ok: true, finished: false });

    // The vote is saved; the turn after it has no place yet: its first screen.
    expect(reloaded.classVote(null, 0)).not.toBeNull();
    const after = new Session(story, store);
    after.openClass('10B Tuesday');
    expect(after.wholeClass?.votes).toHaveLength(1);
    expect(after.classPlace(after.current.turn.segments.length, after.current.turn.decision !== null)).toBeNull();
  });

  it('refuses what is not a vote: a tie without the teacher’s option, a pick against the count', () => {
    const s = new Session(story, memoryStore());
    s.newClassGame('7C', 0, { from: 2, to: 2 });
    toDecision(s);
    const n = s.current.turn.choices.length;
    const tie = Array.from({ length: n }, (_, i) => (i < 2 ? 5 : 0));
    expect(s.classVote(tie, null)).toBeNull();
    expect(s.classVote(tie, 2)).toBeNull();
    expect(s.wholeClass?.votes).toEqual([]);
    expect(s.classVote(tie, 1)).not.toBeNull();
    expect(s.wholeClass?.votes[0]).toMatchObject({ chosen: 1, tie: true });
  });

  it('a damaged class save is listed with its reason and not opened; nothing else is lost', () => {
    const store = memoryStore();
    const s = new Session(story, store);
    s.newClassGame('8D', 1);
    store.set('thaw.class:8d', '{"format":1,"name":"8D"');
    expect(s.classSaves()).toEqual([expect.objectContaining({ name: '8D', problem: expect.stringMatching(/damaged/) })]);
    expect(new Session(story, store).openClass('8D')).toEqual({ ok: false, reason: expect.stringMatching(/damaged/) });
  });
});
