// The attempt against scorm-again, a platform-side SCORM 1.2 runtime, in Node.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { ScormAttempt } from '../../src/platform/attempt';
import { encodeProgress, parseProgress, storyMark } from '../../src/platform/progress';
import type { LmsProblem, ScormApi } from '../../src/platform/scorm';

const HASH = '0123456789abcd';

/** A platform runtime holding `initial` (scorm-again's CMI JSON), and a clock the test moves. */
function platform(initial: Record<string, unknown> = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON(initial);
  let now = 1_000_000;
  const problems: LmsProblem[] = [];
  const attempt = new ScormAttempt(api as unknown as ScormApi, (p) => problems.push(p), () => now, HASH);
  const cmi = () => api.renderCMIToJSONObject().cmi as unknown as {
    suspend_data: string;
    core: Record<string, string> & { score: Record<string, string> };
    interactions: Record<string, Record<string, string> & { correct_responses: Record<string, { pattern: string }> }>;
  };
  return { api, attempt, problems, cmi, advance: (ms: number) => { now += ms; } };
}

describe('an attempt under a SCORM 1.2 platform', () => {
  it('on a first launch marks the lesson incomplete and reads the learner; nothing to resume', () => {
    const p = platform({ core: { student_name: 'Doe, Jane', entry: 'ab-initio' } });
    expect(p.attempt.start()).toEqual({ learner: 'Jane Doe', resume: null });
    expect(p.cmi().core.lesson_status).toBe('incomplete');
    expect(p.problems).toEqual([]);
  });

  it('after each decision keeps the progress, suspends, and writes the interaction with its latency', () => {
    const p = platform({ core: { student_name: 'Doe, Jane', entry: 'ab-initio' } });
    p.attempt.start();
    p.attempt.gameStarted();
    p.advance(4_000);
    p.attempt.chose({ span: { from: 5, to: 8 }, path: [0] }, null);
    p.attempt.offered();
    p.advance(12_340);
    p.attempt.chose({ span: { from: 5, to: 8 }, path: [0, 2] }, { decisionId: 'beria_arrest', chosen: 2, historical: 1 });
    const cmi = p.cmi();
    expect(cmi.core.exit).toBe('suspend');
    const kept = parseProgress(cmi.suspend_data, HASH);
    expect(kept).toEqual({ ok: true, progress: { story: storyMark(HASH), span: { from: 5, to: 8 }, seconds: 16, path: [0, 2] } });
    expect(Object.keys(cmi.interactions)).toEqual(['0']);
    const i = cmi.interactions['0'];
    expect([i.id, i.type, i.student_response, i.correct_responses['0'].pattern, i.result]).toEqual(['beria_arrest', 'choice', 'c', 'b', 'wrong']);
    expect(i.latency).toMatch(/^0*:00:12\.34$/);
    expect(p.problems).toEqual([]);
  });

  it('on a resume hands back the kept progress and numbers new interactions after the platform\'s count', () => {
    const suspend = encodeProgress({ story: storyMark(HASH), span: { from: null, to: null }, seconds: 300, path: [1, 0, 2] });
    const p = platform({
      core: { student_name: 'Ivanova, Anna', entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: suspend,
      interactions: { 0: { id: 'a', type: 'choice' }, 1: { id: 'b', type: 'choice' } },
    });
    const start = p.attempt.start();
    expect(start).toEqual({ learner: 'Anna Ivanova', resume: parseProgress(suspend, HASH) });
    p.attempt.gameStarted(300);
    p.attempt.offered();
    p.advance(61_000);
    p.attempt.chose({ span: { from: null, to: null }, path: [1, 0, 2, 1] }, { decisionId: 'c', chosen: 1, historical: 1 });
    const cmi = p.cmi();
    expect(Object.keys(cmi.interactions)).toEqual(['0', '1', '2']);
    expect(cmi.interactions['2'].result).toBe('correct');
    const kept = parseProgress(cmi.suspend_data, HASH);
    expect(kept.ok && kept.progress.seconds).toBe(361);
  });

  it('a damaged suspend_data comes back as damaged, not as a game', () => {
    const p = platform({ core: { entry: 'resume' }, suspend_data: 'T1|zz|garbage' });
    expect(p.attempt.start().resume).toEqual({ ok: false, kind: 'damaged' });
  });

  it('at the end: the score out of 100, completed, no suspend, the session time; then finished and silent', () => {
    const p = platform({ core: { entry: 'ab-initio' } });
    p.attempt.start();
    p.attempt.gameStarted();
    p.advance(((1 * 60 + 2) * 60 + 3) * 1000 + 450);
    p.attempt.completed(73.4);
    const core = p.cmi().core;
    expect(core.score).toMatchObject({ raw: '73', min: '0', max: '100' });
    expect(core.lesson_status).toBe('completed');
    expect(core.exit).toBe('');
    expect(core.session_time).toMatch(/^0*1:02:03\.45$/);
    expect(p.cmi().suspend_data).toBe('');
    expect(p.api.isTerminated()).toBe(true);
    expect(p.attempt.done).toBe(true);
    p.attempt.leave();
    p.attempt.chose({ span: { from: null, to: null }, path: [0] }, null);
    expect(p.problems).toEqual([]);
  });

  it('leaving mid-game suspends and finishes once', () => {
    const p = platform({ core: { entry: 'ab-initio' } });
    p.attempt.start();
    p.advance(5_000);
    p.attempt.leave();
    p.attempt.leave();
    expect(p.cmi().core.exit).toBe('suspend');
    expect(p.cmi().core.session_time).toMatch(/^0*:00:05(\.0+)?$/);
    expect(p.api.isTerminated()).toBe(true);
    expect(p.problems).toEqual([]);
  });

  it('a platform that refuses is reported once, and the attempt carries on', () => {
    const p = platform({ core: { entry: 'ab-initio' } });
    const refusing = new Proxy(p.api, {
      get: (target, key) => (key === 'LMSSetValue' ? () => 'false' : key === 'LMSGetLastError' ? () => '351' : Reflect.get(target, key)),
    });
    const problems: LmsProblem[] = [];
    const attempt = new ScormAttempt(refusing as unknown as ScormApi, (x) => problems.push(x), () => 0, HASH);
    attempt.start();
    attempt.chose({ span: { from: null, to: null }, path: [0] }, { decisionId: 'x', chosen: 0, historical: 0 });
    attempt.completed(50);
    expect(problems.length).toBe(1);
    expect(problems[0]).toMatchObject({ kind: 'refused', code: '351' });
  });
});
