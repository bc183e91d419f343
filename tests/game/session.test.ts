// The player's session in Node, over an in-memory store: what a competition game keeps, so
// that a reload loses nothing and the result code tells the truth about the attempt.
import { describe, expect, it } from 'vitest';
import { makeClassCode, readClassCode } from '../../src/engine/codes/classCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { historicalIndex } from '../../src/engine/span';
import { Session } from '../../src/game/session';
import story from '../../story/main.ink';
import { STORY_FINGERPRINT } from '../support/codes';
import { memoryStore } from '../support/memoryStore';

const CLASS = makeClassCode({ secondsPerDecision: 30, holdFeedback: true, fromChapter: 1, toChapter: 1, fingerprint: STORY_FINGERPRINT }, () => 0.4);
const read = readClassCode(CLASS);
if (!read.ok) throw new Error(read.reason);
const SETTINGS = read.settings;
const T0 = Date.UTC(2026, 8, 7, 9, 0);

/** Play the session's game to its end as history went. */
function playOut(s: Session): void {
  for (let i = 0; i < 100 && !s.current.turn.finished; i++) s.choose(historicalIndex(s.current.turn));
}

describe('a competition session', () => {
  it('counts attempts per class code on this device, and they travel in the result code', () => {
    const store = memoryStore();
    const codes: string[] = [];
    for (const extraTime of [0, 50] as const) {
      const s = new Session(story, store);
      s.newCompetition(CLASS.toLowerCase(), 'Ana', SETTINGS, extraTime, T0);
      playOut(s);
      codes.push(s.finish(T0 + 600_000).resultCode ?? '');
    }
    const results = codes.map((c) => verifyResultCode(c, story, CLASS));
    expect(results.map((r) => r.ok && [r.result.attempt, r.result.extraTime, r.result.startedAt, r.result.seconds])).toEqual([
      [1, 0, T0, 600], [2, 50, T0, 600],
    ]);
    // Another class starts at 1.
    const other = makeClassCode({ ...SETTINGS, secondsPerDecision: null }, () => 0.9);
    const otherRead = readClassCode(other);
    if (!otherRead.ok) throw new Error(otherRead.reason);
    const s = new Session(story, store);
    s.newCompetition(other, 'Ana', otherRead.settings, 0, T0);
    playOut(s);
    const check = verifyResultCode(s.finish(T0).resultCode ?? '', story);
    expect(check.ok && check.result.attempt).toBe(1);
  });

  it('keeps the class code as the teacher wrote it, not as the student typed it (the debrief prints it)', () => {
    const store = memoryStore();
    const typed = CLASS.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const s = new Session(story, store);
    s.newCompetition(typed, 'Ana', SETTINGS, 0, T0);
    expect(s.competition?.classCode).toBe(CLASS);
    // A game saved before this, with the code as typed, reads back the same way.
    const saved = JSON.parse(store.get('thaw.competition') ?? 'null');
    expect(saved).not.toBeNull();
    store.set('thaw.competition', JSON.stringify({ ...saved, classCode: typed }));
    const reloaded = new Session(story, store);
    reloaded.continueGame();
    expect(reloaded.competition?.classCode).toBe(CLASS);
  });

  it('keeps the finished game and its result code (time and all) through a reload, until the next game starts', () => {
    const store = memoryStore();
    const s = new Session(story, store);
    s.newCompetition(CLASS, 'Ana', SETTINGS, 0, T0);
    playOut(s);
    const first = s.finish(T0 + 300_000);
    // A reload an hour later: a new session over the same store.
    const again = new Session(story, store);
    expect(again.hasLastResult()).toBe(true);
    expect(again.inspectSave()).toBeNull();
    expect(again.finish(T0 + 3_900_000)).toEqual(first);
    const opened = again.openLastResult();
    expect(opened).toEqual(first);
    expect(again.score()).toEqual(s.score());
    again.newGame();
    expect(new Session(story, store).hasLastResult()).toBe(false);
  });

  it('keeps a decision\'s clock through a reload, and a time-out takes the story\'s time-out option', () => {
    const store = memoryStore();
    const s = new Session(story, store);
    s.newCompetition(CLASS, 'Ana', SETTINGS, 25, T0);
    expect(s.rules().decisionMs).toBe(37_500);
    expect(s.decisionUnderway()).toBe(false);
    expect(s.decisionStarted(T0 + 5000)).toBe(T0 + 5000);
    const reloaded = new Session(story, store);
    reloaded.continueGame();
    expect(reloaded.decisionUnderway()).toBe(true);
    expect(reloaded.decisionStarted(T0 + 20_000)).toBe(T0 + 5000);
    reloaded.timeOut();
    expect(reloaded.current.log.decisions[0]).toMatchObject({ timedOut: true, historical: false });
    expect(reloaded.decisionUnderway()).toBe(false);
  });
});
