// Real result codes for the class tests (Node and browser): games played through the story
// here, coded, and verified the way the teacher page verifies them.
import { makeClassCode } from '../../src/engine/codes/classCode';
import { type ResultCheck, type VerifiedResult, makeResultCode } from '../../src/engine/codes/resultCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import type { CheckedCode } from '../../src/engine/class/ranking';
import { historicalIndex } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import story from '../../story/main.ink';
import { PLAYED, STORY_FINGERPRINT } from './codes';
import { playOut } from './playOut';

export const CLASS = makeClassCode({ secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.25);
export const OTHER_CLASS = makeClassCode({ secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT }, () => 0.75);

/** Choose option `k` wherever there is one (option 0 elsewhere); `'history'` for what really happened. */
export function play(k: number | 'history'): GameStory {
  return playOut(new GameStory(story), (t) => (k === 'history' ? historicalIndex(t) : k < t.choices.length ? k : 0));
}

export const code = (game: GameStory, name: string, seconds: number, classCode = CLASS) =>
  makeResultCode({ storyHash: game.hash, classCode, name, path: game.log.path, seconds, ...PLAYED });

export function verified(c: string): VerifiedResult {
  const check = verifyResultCode(c, story);
  if (!check.ok) throw new Error(check.reason);
  return check.result;
}

export interface Extra {
  startedAt?: number;
  attempt?: number;
  extraTime?: number;
  /** Indexes of `offered` where the time ran out. */
  timedOut?: number[];
}

/**
 * A checked code whose result carries the fields of the new result format (HELPERS.md) as
 * given: the rules must not depend on which build of the verifier made them.
 */
export function checked(c: string, from: string, extra: Extra = {}): CheckedCode {
  const r = verified(c);
  const { timedOut, ...fields } = extra;
  const offered = r.offered.map((d, i) => ({ ...d, timedOut: timedOut?.includes(i) ?? false }));
  const check: ResultCheck = { ok: true, result: { ...r, ...fields, offered } as VerifiedResult };
  return { code: c, from, check };
}
