// Plays every reachable state of a story once, through the game's own engine, and records
// what the conventions checker needs: each decision as the player sees it, every tag shown,
// endings, dead ends, the knots entered, problems ink reported, and the range of final scores.
// Depth-first over ink checkpoints; states are merged by `stateKey`.
import { scoreGame } from '../engine/scoring';
import { type Checkpoint, GameStory, type Problem, type RawLine, type Turn } from '../engine/story';
import { parseLineTags } from '../engine/tags';
import type { InkJsonFacts } from './inkJson';
import { stateKey } from './stateKey';

export interface WalkOptions {
  /** Stop after this many distinct states and say the walk is incomplete. */
  maxStates: number;
  facts: InkJsonFacts;
  /** Knot and stitch paths to report as reached or not (ink must count their visits). */
  track: readonly string[];
  /** Counts added only for tracking: left out of the state key. */
  ignoredCounts: Set<string>;
}

export interface SeenDecision {
  id: string;
  question: RawLine;
  options: RawLine[];
}

/** A decision whose "what really happened" never came, or came without a source. */
export interface RevealGap {
  decision: string;
  option: string;
  missing: 'reveal' | 'source';
}

export interface Finish {
  /** The last line of text before the story stopped. */
  lastText: string;
  /** Choice numbers (from 0) that lead there: replaying them shows it. */
  path: number[];
  /** The game stopped without an ending tag since the last decision. */
  deadEnd: boolean;
}

export interface SeenEnding {
  kind: string;
  text: string;
  /** The ending tells what really happened (`# reveal` lines). */
  tellsHistory: boolean;
}

export interface ScoreExtreme {
  final: number;
  rank: string | null;
  path: number[];
}

export interface WalkResult {
  states: number;
  complete: boolean;
  /** Ink's own errors and warnings, and the engine's, as reported while playing. */
  problems: Problem[];
  decisions: Map<string, SeenDecision[]>;
  /** Every distinct tag on a line of text, and every distinct tag on an option. */
  lineTags: Set<string>;
  optionTags: Map<string, string>;
  endings: Map<string, SeenEnding>;
  finishes: Map<string, Finish>;
  revealGaps: RevealGap[];
  reached: Set<string>;
  score: { min: ScoreExtreme; max: ScoreExtreme } | null;
  usesDecisions: boolean;
}

/** What the walk still waits for after a decision: its "what really happened". */
interface Pending {
  decision: string;
  option: string;
  sawReveal: boolean;
}

interface Frame {
  cp: Checkpoint;
  path: number[];
  choices: number;
  next: number;
  decision: string | null;
  choiceTexts: string[];
  pending: Pending | null;
}

export function walkStory(json: string, opts: WalkOptions): WalkResult {
  const problems = new Map<string, Problem>();
  const result: WalkResult = {
    states: 0, complete: true, problems: [], decisions: new Map(), lineTags: new Set(), optionTags: new Map(),
    endings: new Map(), finishes: new Map(), revealGaps: [], reached: new Set(), score: null, usesDecisions: false,
  };
  const gaps = new Map<string, RevealGap>();
  const onProblem = (p: Problem) => {
    problems.set(`${p.message}\u0000${p.where}`, p);
  };
  const game = new GameStory(json, onProblem);

  // A fixed seed: shuffles and RANDOM() play out the same way on every run of the checker.
  const start = game.checkpointNow();
  const ink = JSON.parse(start.inkState) as { storySeed: number; previousRandom: number };
  ink.storySeed = 0;
  ink.previousRandom = 0;
  start.inkState = JSON.stringify(ink);

  const seen = new Set<string>();
  const unreached = new Set(opts.track);
  const ctx = { facts: opts.facts, ignoredCounts: opts.ignoredCounts };

  const gap = (p: Pending) => {
    const g: RevealGap = { decision: p.decision, option: p.option, missing: p.sawReveal ? 'source' : 'reveal' };
    gaps.set(`${g.decision}\u0000${g.missing}`, g);
  };

  /** Record what a freshly played turn shows; returns what is still pending after it. */
  const analyse = (turn: Turn, path: number[], before: Pending | null): Pending | null => {
    let pending = before ? { ...before } : null;
    let ending: { key: string; e: SeenEnding } | null = null;
    for (const line of turn.lines) {
      for (const t of line.tags) result.lineTags.add(t.trim());
      const tags = parseLineTags(line.tags).value;
      if (tags.ending) {
        ending = { key: `${tags.ending}\u0000${line.text.trim()}`, e: { kind: tags.ending, text: line.text.trim(), tellsHistory: false } };
        result.endings.set(ending.key, ending.e);
        // A counterfactual ending straight after a decision tells what really happened itself;
        // anything else still owes the decision its card.
        if (pending && (pending.sawReveal || tags.ending === 'historical')) gap(pending);
        pending = null;
      } else if (ending && tags.reveal) {
        ending.e.tellsHistory = true;
      }
      if (pending && tags.reveal) {
        pending.sawReveal = true;
        if (tags.source) pending = null;
      }
    }
    // The question line, read from ink's own output: the engine drops a decision with no options.
    const question = [...turn.lines].reverse().find((l) => parseLineTags(l.tags).value.decision !== null);
    if (question) {
      result.usesDecisions = true;
      const id = parseLineTags(question.tags).value.decision as string;
      const seenHere: SeenDecision = { id, question, options: turn.choices.map((c) => c.raw) };
      const list = result.decisions.get(id) ?? [];
      const sig = JSON.stringify(seenHere);
      if (!list.some((d) => JSON.stringify(d) === sig)) list.push(seenHere);
      result.decisions.set(id, list);
    }
    for (const c of turn.choices) for (const t of c.raw.tags) result.optionTags.set(t.trim(), c.text);
    if (pending && (turn.decision || turn.finished)) {
      gap(pending);
      pending = null;
    }
    for (const p of unreached) {
      if (game.visitCount(p) > 0) {
        unreached.delete(p);
        result.reached.add(p);
      }
    }
    if (turn.finished) {
      const log = game.log;
      const last = log.endings.at(-1);
      const lastText = [...turn.lines].reverse().find((l) => l.text.trim())?.text.trim() ?? '';
      const deadEnd = !last || last.afterDecisions !== log.decisions.length;
      const fkey = deadEnd ? `dead\u0000${lastText}` : `end\u0000${last?.text ?? ''}`;
      if (!result.finishes.has(fkey)) result.finishes.set(fkey, { lastText, path, deadEnd });
      const score = scoreGame(log, game.meta);
      const here = { final: score.final, rank: score.rank, path };
      if (!result.score) result.score = { min: here, max: here };
      else if (score.final < result.score.min.final) result.score.min = here;
      else if (score.final > result.score.max.final) result.score.max = here;
    }
    return pending;
  };

  const frameFor = (cp: Checkpoint, turn: Turn, path: number[], pending: Pending | null): Frame => ({
    cp, path, choices: turn.choices.length, next: 0, decision: turn.decision?.id ?? null,
    choiceTexts: turn.choices.map((c) => c.text), pending,
  });

  const root = game.restore(start);
  seen.add(stateKey(start, ctx, null));
  result.states = 1;
  const stack: Frame[] = [frameFor(start, root, [], analyse(root, [], null))];
  let at: Frame | null = stack[0];

  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    if (f.next >= f.choices) {
      stack.pop();
      continue;
    }
    const i = f.next++;
    if (at !== f) game.restore(f.cp);
    const turn = game.choose(i);
    at = null;
    const cp = game.checkpointNow();
    const before: Pending | null = f.decision ? { decision: f.decision, option: f.choiceTexts[i], sawReveal: false } : f.pending;
    const key = stateKey(cp, ctx, before ? [before.decision, before.sawReveal] : null);
    if (seen.has(key)) continue;
    if (seen.size >= opts.maxStates) {
      result.complete = false;
      break;
    }
    seen.add(key);
    result.states++;
    const path = [...f.path, i];
    const child = frameFor(cp, turn, path, analyse(turn, path, before));
    stack.push(child);
    at = child;
  }

  result.problems = [...problems.values()];
  result.revealGaps = [...gaps.values()];
  return result;
}
