// What the teacher's rules read from one verified game, beyond its score: the facts the result
// code carries (format "V": start, attempt, extra time, time-outs) in one place.
import type { ExtraTime } from '../modes';
import type { VerifiedResult } from '../codes/resultCode';

export interface GameFacts {
  /** When the game started, ms since the Unix epoch, to the minute. */
  startedAt: number;
  /** 1 for the first game on that device with this class code, then 2, 3… */
  attempt: number;
  /** Extra time for access arrangements, in percent. Confidential. */
  extraTime: ExtraTime;
  /** Decisions where the time ran out. Confidential. */
  timedOut: number;
  /** Decisions made, time-outs included. */
  decisions: number;
}

export function gameFacts(r: VerifiedResult): GameFacts {
  return {
    startedAt: r.startedAt,
    attempt: r.attempt,
    extraTime: r.extraTime,
    timedOut: r.offered.filter((d) => d.timedOut).length,
    decisions: r.offered.length,
  };
}

/** "12 min 05 s": how a teacher reads a time. */
export function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "4 Dec 2026, 14:05" in the reader's time zone (or `timeZone`). */
export function formatMoment(ms: number, timeZone?: string): string {
  // One formatter per zone: making one costs about a millisecond, and the detail view formats every game.
  let format = formats.get(timeZone ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
    formats.set(timeZone ?? '', format);
  }
  return format.format(ms);
}
