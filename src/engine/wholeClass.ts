// A whole class playing on one screen (the projector): the teacher counts hands at each
// decision, the game follows the class's choice, a tie is the teacher's to break. This file
// holds the rules: reading the counts typed in, the class's choice, the split the card and the
// debrief show, and the whole-class save (several named classes and a student's own lesson
// live side by side on one room computer). Pure: no DOM, no storage.
import type { StoryMeta } from './meta';
import { labelOf } from './meta';
import type { DecisionRecord } from './record';

/** More hands than any class has: a total above this is a typing slip. */
export const MAX_CLASS = 60;
/** The discussion timer's choices, in minutes (0: off). */
export const DISCUSSION_MINUTES = [0, 1, 2, 3] as const;
export type DiscussionMinutes = (typeof DISCUSSION_MINUTES)[number];
/** The discussion's length in ms, or null when the timer is off. */
export const discussionMs = (m: DiscussionMinutes): number | null => (m === 0 ? null : m * 60_000);
/** A class's name, as the teacher types it ("10B Tuesday"). */
export const MAX_CLASS_NAME = 40;

export type VoteErrorKind = 'not-whole' | 'negative' | 'too-many' | 'no-votes' | 'wrong-count';

export interface VoteError {
  kind: VoteErrorKind;
  /** For the teacher: what is wrong and what to do. */
  message: string;
  /** The option (0-based) whose field is wrong, or null when the counts together are. */
  option: number | null;
}

export type VotesRead = { ok: true; votes: number[] } | { ok: false; error: VoteError };

/**
 * The counts typed for each option, read once. An empty field is no hands. Refused: anything
 * that is not a whole number, a negative count, a total above `max`, and no hands at all.
 */
export function parseVotes(fields: readonly string[], options: number, max: number = MAX_CLASS): VotesRead {
  if (fields.length !== options) {
    return { ok: false, error: { kind: 'wrong-count', message: `There are ${options} options but ${fields.length} counts.`, option: null } };
  }
  const votes: number[] = [];
  for (const [i, raw] of fields.entries()) {
    const text = raw.trim();
    if (text === '') {
      votes.push(0);
      continue;
    }
    if (/^-\s*\d+([.,]\d+)?$/.test(text)) {
      return { ok: false, error: { kind: 'negative', message: `Option ${i + 1}: a count of hands cannot be negative (“${text}”).`, option: i } };
    }
    if (!/^\d+$/.test(text)) {
      return { ok: false, error: { kind: 'not-whole', message: `Option ${i + 1}: type a whole number of hands (“${text}” is not one).`, option: i } };
    }
    votes.push(Number(text));
  }
  const total = votes.reduce((s, n) => s + n, 0);
  if (total > max) {
    return { ok: false, error: { kind: 'too-many', message: `The counts add up to ${total}, more than a class (${max}). Check them and record again.`, option: null } };
  }
  if (total === 0) {
    return { ok: false, error: { kind: 'no-votes', message: 'No hands counted: type the count for at least one option, or press the option the class chose.', option: null } };
  }
  return { ok: true, votes };
}

export type ClassChoice = { kind: 'chosen'; index: number } | { kind: 'tie'; tied: number[] };

/** The option with the most hands, or the options that tie for most (the teacher breaks the tie). */
export function classChoice(votes: readonly number[]): ClassChoice {
  const top = Math.max(...votes);
  const tied = votes.flatMap((n, i) => (n === top ? [i] : []));
  return tied.length === 1 ? { kind: 'chosen', index: tied[0] } : { kind: 'tie', tied };
}

/** How the class decided one decision: kept in the whole-class save, read by the card and the debrief. */
export interface ClassVote {
  /** The decision's id (`# decision:`). */
  decision: string;
  /** The options as the class saw them, in order. */
  options: string[];
  /** Which of them is what really happened (`# historical`), or -1. */
  historical: number;
  /** Hands for each option, in the order shown; null: the teacher pressed the option the class chose. */
  votes: number[] | null;
  /** The option the game followed. */
  chosen: number;
  /** The counts tied and the teacher chose among the options that tied. */
  tie: boolean;
}

/**
 * Record the class's vote: `pick` is the teacher's option, needed when there was no count
 * (the teacher pressed it) or the counts tied (it must be one of those that tied). Null when
 * the pick does not fit: the count decides, or the tie needs one of its own options.
 */
export function recordVote(
  at: { decision: string; options: readonly string[]; historical: number },
  votes: readonly number[] | null,
  pick: number | null,
): ClassVote | null {
  const n = at.options.length;
  const base = { decision: at.decision, options: [...at.options], historical: at.historical };
  const inRange = (i: number | null): i is number => i !== null && Number.isInteger(i) && i >= 0 && i < n;
  if (votes === null) return inRange(pick) ? { ...base, votes: null, chosen: pick, tie: false } : null;
  if (votes.length !== n || votes.every((v) => v === 0)) return null;
  const c = classChoice(votes);
  if (c.kind === 'chosen') return pick === null || pick === c.index ? { ...base, votes: [...votes], chosen: c.index, tie: false } : null;
  return inRange(pick) && c.tied.includes(pick) ? { ...base, votes: [...votes], chosen: pick, tie: true } : null;
}

/** An option's text as a quotation inside a sentence: its closing full stop is the sentence's. */
const quoted = (text: string) => `“${text.trim().replace(/[.]$/, '')}”`;

/**
 * The class's split beside what really happened, in words from the story: "19 of 28 chose
 * “Denounce Beria and have him arrested”: so did Khrushchev." For a prediction, the rival's
 * real move; when the class chose otherwise, what the player's character really did.
 */
export function splitLine(vote: ClassVote, d: DecisionRecord, meta: StoryMeta): string {
  const total = vote.votes ? vote.votes.reduce((s, n) => s + n, 0) : null;
  const hands = vote.votes && total !== null ? `${vote.votes[vote.chosen]} of ${total}` : 'The class';
  const tie = vote.tie ? ' (a tie, broken by the teacher)' : '';
  const chose = quoted(d.chosenText);
  const real = d.historicalText ? quoted(d.historicalText) : null;
  if (d.kind === 'predict') {
    const rival = labelOf(meta.cast, d.rival);
    const head = `${hands} predicted ${chose}${tie}`;
    return d.historical ? `${head}: so it was; ${rival} did just that.` : `${head}. ${rival} did not: ${real ?? 'something else'}.`;
  }
  const who = meta.player?.label ?? 'history';
  const head = `${hands} chose ${chose}${tie}`;
  return d.historical ? `${head}: so did ${who}.` : `${head}. ${who} chose ${real ?? 'otherwise'}.`;
}

/** Each option with its hands, for the debrief: null counts when the teacher pressed the option. */
export interface SplitView {
  line: string;
  counts: { text: string; hands: number | null; chosen: boolean; historical: boolean }[] | null;
}

/** The split of a decision for the debrief: the sentence, and every option with its hands. */
export function splitView(vote: ClassVote, d: DecisionRecord, meta: StoryMeta): SplitView {
  return {
    line: splitLine(vote, d, meta),
    counts: vote.votes
      ? vote.options.map((text, i) => ({ text, hands: vote.votes?.[i] ?? 0, chosen: i === vote.chosen, historical: i === vote.historical }))
      : null,
  };
}

/**
 * Each decision of the game with the class's vote on it: the votes are kept in order, one for
 * each decision the class made, so the n-th decision's vote is the n-th vote.
 */
export function votesByDecision(decisions: readonly DecisionRecord[], votes: readonly ClassVote[]): (ClassVote | null)[] {
  return decisions.map((d, i) => (votes[i]?.decision === d.id ? votes[i] : null));
}

/** A class's name, trimmed; refused when empty or longer than `MAX_CLASS_NAME`. */
export function parseClassName(text: string): { ok: true; name: string } | { ok: false; kind: 'empty' | 'too-long'; message: string } {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, kind: 'empty', message: 'Give the class a name, such as “10B Tuesday”: the game is saved under it.' };
  if (name.length > MAX_CLASS_NAME) return { ok: false, kind: 'too-long', message: `A class name of up to ${MAX_CLASS_NAME} characters, please.` };
  return { ok: true, name };
}

/** Two names for the same class ("10b tuesday", "10B  Tuesday") share one save. */
export const sameClass = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const CLASS_SAVE_FORMAT = 1;

/** Where the class is at a decision: reading the passage up to it, discussing it, or voting. */
export const CLASS_PHASES = ['read', 'discuss', 'vote'] as const;
export type ClassPhase = (typeof CLASS_PHASES)[number];
/** More counts than any decision has options, and longer than any count typed: not ours. */
const MAX_PLACE_COUNTS = 9;
const MAX_COUNT_CHARS = 12;

/**
 * Where the class was on the screens between two choices, kept with its save so that a reload
 * (F5) or the next lesson comes back to the same screen: the same decision, its discussion with
 * the time it had left, the counts typed and not yet recorded. The votes themselves are saved
 * the moment they are recorded; a place only says how far past the last of them the class had got.
 */
export interface ClassPlace {
  /** How many choices the game had taken (its path's length): the place is in the turn that followed, no other. */
  choices: number;
  /** The screen of that turn (0: its first, the last vote's card). */
  step: number;
  /** At the decision (its last screen): reading, discussing or voting. */
  phase: ClassPhase;
  /**
   * Discussion time used at this decision, ms. The time the page was away (a reload, the week
   * between two lessons) is not counted: nobody saw the timer run, so the class gets the time
   * that was on it.
   */
  discussedMs: number;
  /** The counts typed into the vote panel and not yet recorded, as typed. */
  counts: string[];
}

/** How long the class has discussed, ms, from when its discussion (re)started: never below 0, never past its limit. */
export function discussed(limitMs: number, startedAt: number, now: number): number {
  return Math.min(limitMs, Math.max(0, now - startedAt));
}

/**
 * The place to open a turn at, from the place kept (or null: its first screen, as a game saved
 * before places were kept opens). A place from another turn is ignored; a step past the turn's
 * screens comes back to its last; a discussion whose time was used up, or with the timer off
 * (`discussMs` null), is at the vote; a turn with no decision to vote on is read.
 */
export function resumePlace(
  place: ClassPlace | null,
  at: { choices: number; screens: number; decision: boolean; discussMs: number | null },
): ClassPlace | null {
  if (!place || place.choices !== at.choices || at.screens < 1) return null;
  const step = Math.min(place.step, at.screens - 1);
  const atDecision = at.decision && step === at.screens - 1;
  if (!atDecision || place.phase === 'read') return { ...place, step, phase: 'read', discussedMs: 0, counts: [] };
  const limit = at.discussMs;
  const discussing = place.phase === 'discuss' && limit !== null && place.discussedMs < limit;
  return discussing
    ? { ...place, step, phase: 'discuss', discussedMs: place.discussedMs, counts: [] }
    : { ...place, step, phase: 'vote', discussedMs: limit === null ? 0 : Math.min(place.discussedMs, limit) };
}

/** A whole-class game as saved: the game itself (save.ts text) and how the class voted. */
export interface ClassSave {
  name: string;
  minutes: DiscussionMinutes;
  /** The game (engine/save.ts makeSave text). */
  game: string;
  votes: ClassVote[];
  /** The debrief has opened: the game is over. */
  finished: boolean;
  /** When it was last saved (ms since 1970), to list the saves newest first. */
  savedAt: number;
  /**
   * Where the class was after its last choice; null when not known: a save made before places
   * were kept (it still opens, at the first screen after its last vote), or one whose place is
   * damaged (the game and its votes still open; only the place is lost).
   */
  place: ClassPlace | null;
}

export function makeClassSave(s: ClassSave): string {
  return JSON.stringify({ format: CLASS_SAVE_FORMAT, ...s });
}

export type ClassSaveRead = { ok: true; save: ClassSave } | { ok: false; kind: 'damaged' | 'version'; reason: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function isVote(v: unknown): v is ClassVote {
  if (!isObj(v) || typeof v.decision !== 'string' || !Array.isArray(v.options) || !v.options.every((o) => typeof o === 'string')) return false;
  const n = v.options.length;
  return isCount(v.chosen) && v.chosen < n && Number.isInteger(v.historical) && (v.historical as number) >= -1 && (v.historical as number) < n &&
    typeof v.tie === 'boolean' && (v.votes === null || (Array.isArray(v.votes) && v.votes.length === n && v.votes.every(isCount)));
}

function isPlace(v: unknown): v is ClassPlace {
  return isObj(v) && isCount(v.choices) && isCount(v.step) && CLASS_PHASES.some((p) => p === v.phase) &&
    typeof v.discussedMs === 'number' && Number.isFinite(v.discussedMs) && v.discussedMs >= 0 &&
    Array.isArray(v.counts) && v.counts.length <= MAX_PLACE_COUNTS &&
    v.counts.every((c) => typeof c === 'string' && c.length <= MAX_COUNT_CHARS);
}

/** A whole-class save read back from the browser's storage (untrusted), or why it cannot be. */
export function readClassSave(text: string): ClassSaveRead {
  const damaged = { ok: false, kind: 'damaged', reason: 'The class’s saved game is damaged and cannot be read.' } as const;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return damaged;
  }
  if (!isObj(raw)) return damaged;
  if (raw.format !== CLASS_SAVE_FORMAT) {
    return { ok: false, kind: 'version', reason: 'The class’s saved game was made by a different version of Thaw.' };
  }
  const name = typeof raw.name === 'string' ? parseClassName(raw.name) : null;
  const minutes = DISCUSSION_MINUTES.find((m) => m === raw.minutes);
  if (!name?.ok || minutes === undefined || typeof raw.game !== 'string' || !Array.isArray(raw.votes) || !raw.votes.every(isVote) ||
    typeof raw.finished !== 'boolean' || typeof raw.savedAt !== 'number') return damaged;
  const place = isPlace(raw.place) ? raw.place : null;
  return { ok: true, save: { name: name.name, minutes, game: raw.game, votes: raw.votes, finished: raw.finished, savedAt: raw.savedAt, place } };
}

/** The names of the saved classes, read from their list (untrusted): anything else is dropped. */
export function readClassList(text: string | null): string[] {
  if (text === null) return [];
  try {
    const raw = JSON.parse(text) as unknown;
    if (!Array.isArray(raw)) return [];
    const names = raw.flatMap((n) => {
      const read = typeof n === 'string' ? parseClassName(n) : null;
      return read?.ok ? [read.name] : [];
    });
    return names.filter((n, i) => names.findIndex((m) => sameClass(m, n)) === i);
  } catch {
    return [];
  }
}
