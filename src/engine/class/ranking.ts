// A class's games, ranked: one entry per student, the first attempt ranked, later games
// listed beside it as repeats, and games flagged that no reader could have played. Codes of
// several classes (other chapters, another time limit) are ranked class by class, never
// against each other: each class's games were played under its own rules.
// The page and `npm run score` both rank with this. Flags never prove anything: they say
// what a teacher may want to ask about, and why.
import { codeKey } from '../codes/base32';
import type { ClassSettings } from '../codes/classCode';
import type { ResultCheck, ResultProblem, VerifiedResult } from '../codes/resultCode';
import { type GameFacts, formatMoment, formatSeconds, gameFacts } from './games';
import { nameKey } from './names';

/**
 * Below this many seconds a decision, on average, nobody read the story: each decision comes
 * after a scene of a few hundred words. Named once here; the reasons quote it.
 */
export const MIN_SECONDS_PER_DECISION = 5;

export interface SourcedCode {
  code: string;
  /** Where the code came from, for the teacher ("pasted line 3", "scanned"). */
  from: string;
}

export interface CheckedCode extends SourcedCode {
  check: ResultCheck;
}

export interface Rejection extends SourcedCode {
  /** What is wrong, for callers to switch on: the verifier's kinds, and 'outside-window'. */
  kind: ResultProblem | 'outside-window';
  /** For a teacher. */
  reason: string;
}

export type FlagKind = 'too-fast' | 'repeat' | 'two-first-attempts';

export interface Flag {
  kind: FlagKind;
  reason: string;
}

export interface Game extends SourcedCode {
  result: VerifiedResult;
  facts: GameFacts;
  /** Flags on this game alone (too fast). */
  flags: Flag[];
}

export interface Entry {
  /** 1 for the best; equal scores share a rank (time never breaks a tie). */
  rank: number;
  /** The ranked game: the student's first attempt. */
  game: Game;
  /** The student's later games, first to last: listed, never ranked. */
  repeats: Game[];
  /** The ranked game's flags and the entry's own (repeats). */
  flags: Flag[];
}

/** Games must have been started within it; null ends are open. Set on the teacher page only. */
export interface ValidWindow {
  from: number | null;
  until: number | null;
}

/** One class's leaderboard. */
export interface ClassResults {
  /** Written the standard way ("BCK1F-HM00E-7QX2A"). */
  classCode: string;
  /** The rules its games were played under: say them with its results. */
  rules: ClassSettings;
  /** Ranked within this class alone. */
  entries: Entry[];
}

export interface ClassReport {
  /** One per class, in the order each class's first code was handed in. */
  classes: ClassResults[];
  /** Every class's entries, class by class, each ranked within its own class (for the CSV, which names the class). */
  entries: Entry[];
  rejected: Rejection[];
}

/** The codes once each, however they were typed, and how many were given more than once. */
export function uniqueCodes<T extends SourcedCode>(codes: readonly T[]): { unique: T[]; duplicates: number } {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const c of codes) {
    const key = codeKey(c.code);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(c);
  }
  return { unique, duplicates: codes.length - unique.length };
}

export function tooFast(facts: GameFacts, seconds: number): Flag | null {
  if (facts.decisions === 0 || seconds >= MIN_SECONDS_PER_DECISION * facts.decisions) return null;
  const each = (seconds / facts.decisions).toFixed(1);
  return {
    kind: 'too-fast',
    reason: `Played in ${formatSeconds(seconds)}: ${each} s a decision over ${facts.decisions} decisions, under the ${MIN_SECONDS_PER_DECISION} s anyone needs to read one.`,
  };
}

/** Why a game is outside the window, or null when it is inside (or no window is set). */
export function outsideWindow(facts: GameFacts, window: ValidWindow, timeZone?: string): string | null {
  const at = () => formatMoment(facts.startedAt, timeZone);
  if (window.from !== null && facts.startedAt < window.from) {
    return `This game was started at ${at()}, before "Valid from" (${formatMoment(window.from, timeZone)}).`;
  }
  if (window.until !== null && facts.startedAt > window.until) {
    return `This game was started at ${at()}, after "Valid until" (${formatMoment(window.until, timeZone)}).`;
  }
  return null;
}

/** Earlier attempts first; for equal attempts (two devices), the earlier start, then the order handed in. */
function byAttempt(a: Game & { order: number }, b: Game & { order: number }): number {
  return a.facts.attempt - b.facts.attempt || a.facts.startedAt - b.facts.startedAt || a.order - b.order;
}

function entryFlags(first: Game, repeats: readonly Game[]): Flag[] {
  const flags = [...first.flags];
  if (repeats.length > 0) {
    const firsts = [first, ...repeats].filter((g) => g.facts.attempt === 1).length;
    flags.push({
      kind: 'repeat',
      reason: `${repeats.length + 1} games under this name: the first is ranked, ${repeats.length === 1 ? 'the other is listed as a repeat' : 'the others are listed as repeats'}.`,
    });
    if (firsts > 1) {
      flags.push({
        kind: 'two-first-attempts',
        reason: `${firsts} of these games were each the first on their device: two students may share this name, or one played on another device.`,
      });
    }
  }
  return flags;
}

/**
 * Accept, reject and rank checked codes (give each code once: see `uniqueCodes`).
 * @param options.window games started outside it are rejected
 * @param options.timeZone for the times in reasons (tests); the reader's own by default
 */
export function rankClass(checked: readonly CheckedCode[], options: { window?: ValidWindow; timeZone?: string } = {}): ClassReport {
  const window = options.window ?? { from: null, until: null };
  const rejected: Rejection[] = [];
  const classes = new Map<string, { rules: ClassSettings; students: Map<string, (Game & { order: number })[]> }>();
  checked.forEach(({ code, from, check }, order) => {
    if (!check.ok) {
      rejected.push({ code, from, kind: check.kind, reason: check.reason });
      return;
    }
    const facts = gameFacts(check.result);
    const outside = outsideWindow(facts, window, options.timeZone);
    if (outside) {
      rejected.push({ code, from, kind: 'outside-window', reason: outside });
      return;
    }
    const fast = tooFast(facts, check.result.seconds);
    const game = { code, from, result: check.result, facts, flags: fast ? [fast] : [], order };
    let cls = classes.get(check.result.classCode);
    if (!cls) {
      cls = { rules: check.result.rules, students: new Map() };
      classes.set(check.result.classCode, cls);
    }
    // One student per name within a class: the same name in two classes is two students.
    const key = nameKey(check.result.name);
    const games = cls.students.get(key);
    if (games) games.push(game);
    else cls.students.set(key, [game]);
  });
  const results = [...classes].map(([classCode, { rules, students }]): ClassResults => ({ classCode, rules, entries: rank(students) }));
  return { classes: results, entries: results.flatMap((c) => c.entries), rejected };
}

/** One class's students ranked: each one's first attempt, by score. */
function rank(students: ReadonlyMap<string, (Game & { order: number })[]>): Entry[] {
  const unranked = [...students.values()].map((games) => {
    const [first, ...repeats] = [...games].sort(byAttempt).map(({ order: _, ...g }) => g);
    return { game: first, repeats, flags: entryFlags(first, repeats) };
  });
  unranked.sort((a, b) => b.game.result.score.final - a.game.result.score.final || a.game.result.name.localeCompare(b.game.result.name));
  const entries: Entry[] = [];
  unranked.forEach((e, i) => {
    const prev = entries[i - 1];
    const rank = prev && prev.game.result.score.final === e.game.result.score.final ? prev.rank : i + 1;
    entries.push({ rank, ...e });
  });
  return entries;
}
