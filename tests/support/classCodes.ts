// Real result codes for the class tests (Node and browser): games played through the story
// here, coded, and verified the way the teacher page verifies them.
import { BitReader, BitWriter, fromSymbols, normalize, SYMBOL_BITS, toSymbols } from '../../src/engine/codes/base32';
import { resultCheckSymbols } from '../../src/engine/codes/check';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { type VerifiedResult, makeResultCode } from '../../src/engine/codes/resultCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import type { CheckedCode } from '../../src/engine/class/ranking';
import { type ExtraTime, timeoutOption } from '../../src/engine/modes';
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

/** As history went, except that the time runs out at the decisions numbered (from 0) in `at`. */
export function playTimingOut(at: readonly number[]): GameStory {
  const game = new GameStory(story);
  while (!game.turn.finished) {
    const turn = game.turn;
    if (turn.decision && at.includes(game.log.decisions.length)) game.choose(timeoutOption(turn), true);
    else game.choose(historicalIndex(turn));
  }
  return game;
}

export interface Played {
  startedAt?: number;
  attempt?: number;
  extraTime?: ExtraTime;
}

/** The game's result code, its time-outs included; started as PLAYED says unless `played` says otherwise. */
export const code = (game: GameStory, name: string, seconds: number, classCode = CLASS, played: Played = {}) =>
  makeResultCode({ storyHash: game.hash, classCode, name, path: game.log.path, timeouts: game.log.timeouts, seconds, ...PLAYED, ...played });

export function verified(c: string): VerifiedResult {
  const check = verifyResultCode(c, story);
  if (!check.ok) throw new Error(check.reason);
  return check.result;
}

/** A code as the teacher page holds it once checked. */
export function checked(c: string, from: string): CheckedCode {
  return { code: c, from, check: verifyResultCode(c, story) };
}

/** Where format "V" keeps the extra time: after format 5, fingerprint 24, class 70, start 25, seconds 16 and attempt 6 bits. */
const EXTRA_TIME_BIT = 146;

/**
 * `code` with its extra-time field set to `field` (0 none, 1 +25%, 2 +50%) and its check symbols
 * made again: a code as the game wrote it before a class with no time limit recorded no extra time.
 */
export function withExtraTimeField(code: string, field: 0 | 1 | 2): string {
  const data = (toSymbols(normalize(code)) as number[]).slice(0, -3);
  const r = new BitReader(data);
  const bits = Array.from({ length: data.length * SYMBOL_BITS }, () => r.read(1));
  bits[EXTRA_TIME_BIT] = field >> 1;
  bits[EXTRA_TIME_BIT + 1] = field & 1;
  const w = new BitWriter();
  for (const b of bits) w.write(b, 1);
  return fromSymbols([...w.symbols(), ...resultCheckSymbols(w.symbols())]);
}
