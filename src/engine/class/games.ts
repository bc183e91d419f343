// What the teacher's rules read from one verified game, beyond its score.
//
// The result code gains `startedAt`, `attempt`, `extraTime` and per-decision `timedOut` this
// round (notes/HELPERS.md). They are read here, and only here, so that a code that does not
// carry one of them (an older build of the verifier) reads as "not known" instead of failing.
import type { VerifiedResult } from '../codes/resultCode';

export interface GameFacts {
  /** When the game started, ms since the Unix epoch; null when the code does not say. */
  startedAt: number | null;
  /** 1 for the first game on that device with this class code; null when the code does not say. */
  attempt: number | null;
  /** Extra time for access arrangements, in percent (0, 25 or 50). Confidential. */
  extraTime: number;
  /** Decisions where the time ran out. Confidential. */
  timedOut: number;
  /** Decisions made, time-outs included. */
  decisions: number;
}

type MaybeNew = {
  startedAt?: unknown;
  attempt?: unknown;
  extraTime?: unknown;
  offered: readonly { timedOut?: unknown }[];
};

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function gameFacts(result: VerifiedResult): GameFacts {
  const r = result as unknown as MaybeNew;
  return {
    startedAt: num(r.startedAt),
    attempt: num(r.attempt),
    extraTime: num(r.extraTime) ?? 0,
    timedOut: r.offered.filter((d) => d.timedOut === true).length,
    decisions: r.offered.length,
  };
}

/** Whether the student's time ran out at decision `i` of `result.offered`. */
export function timedOutAt(result: VerifiedResult, i: number): boolean {
  return (result as unknown as MaybeNew).offered[i]?.timedOut === true;
}

/** "12 min 05 s": how a teacher reads a time. */
export function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

/** "4 Dec 2026, 14:05" in the reader's time zone (or `timeZone`). */
export function formatMoment(ms: number, timeZone?: string): string {
  return new Date(ms).toLocaleString('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone,
  });
}
