// Plays every reachable state of a story once, through the game's own engine, and records
// what the conventions checker needs: each decision as the player sees it, every tag shown,
// endings, dead ends, the knots entered, problems ink reported, and the range of final scores.
// Depth-first over ink's states at each choice point; states are merged by `stateKey`, and the
// score range is combined over the resulting graph (`ScoreGraph`).
import { type ChoicePointState, StoryProbe } from '../engine/probe';
import type { Problem, RawLine, Turn } from '../engine/story';
import { parseLineTags } from '../engine/tags';
import type { CountLiveness, InkJsonFacts } from './inkJson';
import { ScoreGraph, type ScorePoint } from './scoreRange';
import { liveStateKey, stateKey } from './stateKey';

/** Far longer than any game; deeper paths are not followed and the walk is incomplete. */
export const DEFAULT_MAX_DEPTH = 10_000;

export interface WalkOptions {
  /** Stop after this many distinct states and say the walk is incomplete. */
  maxStates: number;
  /** Stop after this many seconds and say the walk is incomplete (no limit if left out). */
  maxSeconds?: number;
  /**
   * Milliseconds now, for the time limit (default `performance.now`). Tests pass a clock that
   * counts calls, so that the limit is reached after a known amount of work on any machine.
   */
  now?: () => number;
  /**
   * Follow no path longer than this many choices (default `DEFAULT_MAX_DEPTH`): a story whose
   * counter can grow for ever would otherwise keep a deeper and deeper trail of states.
   */
  maxDepth?: number;
  facts: InkJsonFacts;
  /** Knot and stitch paths to report as reached or not (ink must count their visits). */
  track: readonly string[];
  /** Which visit counts the story can still read, from where (left out of the key otherwise). */
  liveness: CountLiveness;
}

export interface SeenDecision {
  id: string;
  /** The story's date when the decision is asked (its last `# date:`). */
  date: string | null;
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
  /** Ink ran out of content: it stopped without reaching `-> END` or `-> DONE`. */
  ranOut: boolean;
}

export interface SeenEnding {
  kind: string;
  text: string;
  /** The ending tells what really happened (`# reveal` lines). */
  tellsHistory: boolean;
  /** Choice numbers (from 0) that lead to it. */
  path: number[];
}

export type ScoreExtreme = ScorePoint;

export interface WalkResult {
  states: number;
  complete: boolean;
  /** Which limit cut the walk short, if one did ("depth": paths longer than it were not followed). */
  stoppedBy: 'states' | 'time' | 'depth' | null;
  /** States at the end of a path as long as `maxDepth` allows, whose choices were not followed. */
  tooDeep: number;
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
  /** Exact unless the walk was cut short or a loop let the counts grow without bound. */
  score: { min: ScoreExtreme; max: ScoreExtreme; exact: boolean } | null;
  usesDecisions: boolean;
}

/**
 * What the walk waits for in the turn a decision leads to: its "what really happened" card,
 * which the engine takes from that turn only (story.ts, `TakenDecision`).
 */
interface Pending {
  decision: string;
  option: string;
  sawReveal: boolean;
}

/** The choices that lead to a state, as a chain back to the start (a deep walk shares them). */
interface PathLink {
  up: PathLink | null;
  choice: number;
  depth: number;
}

function choicesOf(link: PathLink | null): number[] {
  const out: number[] = [];
  for (let l = link; l; l = l.up) out.push(l.choice);
  return out.reverse();
}

interface Frame {
  node: number;
  at: ChoicePointState;
  path: PathLink | null;
  next: number;
  /** An ending was reached since the last decision. */
  ended: boolean;
}


export function walkStory(json: string, opts: WalkOptions): WalkResult {
  const problems = new Map<string, Problem>();
  const result: WalkResult = {
    states: 0, complete: true, stoppedBy: null, tooDeep: 0, problems: [], decisions: new Map(), lineTags: new Set(), optionTags: new Map(),
    endings: new Map(), finishes: new Map(), revealGaps: [], reached: new Set(), score: null, usesDecisions: false,
  };
  const gaps = new Map<string, RevealGap>();
  /** Ink said, while playing the current turn, that it ran out of content (a dead end). */
  let ranOut = false;
  const onProblem = (p: Problem) => {
    problems.set(`${p.message}\u0000${p.where}`, p);
    if (p.kind === 'ink-ran-out') ranOut = true;
  };
  const game = new StoryProbe(json, { onProblem, checkpoints: false });
  const graph = new ScoreGraph(game.meta);

  // A fixed seed: shuffles and RANDOM() play out the same way on every run of the checker.
  const start = game.checkpointNow();
  const ink = JSON.parse(start.inkState) as { storySeed: number; previousRandom: number };
  ink.storySeed = 0;
  ink.previousRandom = 0;
  start.inkState = JSON.stringify(ink);

  const ids = new Map<string, number>();
  const unreached = new Set(opts.track);
  const ctx = { facts: opts.facts, liveness: opts.liveness };
  const decisionSigs = new Set<string>();

  const gap = (p: Pending) => {
    const g: RevealGap = { decision: p.decision, option: p.option, missing: p.sawReveal ? 'source' : 'reveal' };
    gaps.set(`${g.decision}\u0000${g.missing}`, g);
  };

  /** Record what a freshly played turn shows; `before`: the decision whose card it must show. */
  const analyse = (turn: Turn, link: PathLink | null, before: Pending | null, ended: boolean): void => {
    let pending = before ? { ...before } : null;
    let ending: SeenEnding | null = null;
    for (const line of turn.lines) {
      for (const t of line.tags) result.lineTags.add(t.trim());
      const tags = parseLineTags(line.tags).value;
      if (tags.ending) {
        const key = `${tags.ending}\u0000${line.text.trim()}`;
        ending = result.endings.get(key) ?? { kind: tags.ending, text: line.text.trim(), tellsHistory: false, path: choicesOf(link) };
        result.endings.set(key, ending);
        // A counterfactual ending straight after a decision tells what really happened itself;
        // anything else still owes the decision its card.
        if (pending && (pending.sawReveal || tags.ending === 'historical')) gap(pending);
        pending = null;
      } else if (ending && tags.reveal) {
        ending.tellsHistory = true;
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
      const seenHere: SeenDecision = { id, date: game.dateNow, question, options: turn.choices.map((c) => c.raw) };
      const sig = JSON.stringify(seenHere);
      if (!decisionSigs.has(sig)) {
        decisionSigs.add(sig);
        const list = result.decisions.get(id) ?? [];
        list.push(seenHere);
        result.decisions.set(id, list);
      }
    }
    for (const c of turn.choices) for (const t of c.raw.tags) result.optionTags.set(t.trim(), c.text);
    // A card that comes only after a later choice is no decision's: the engine never shows it as one.
    if (pending) gap(pending);
    for (const p of unreached) {
      if (game.visitCount(p) > 0) {
        unreached.delete(p);
        result.reached.add(p);
      }
    }
    if (turn.finished) {
      const lastText = [...turn.lines].reverse().find((l) => l.text.trim())?.text.trim() ?? '';
      const fkey = `${ended ? 'end' : 'dead'}\u0000${ranOut}\u0000${lastText}`;
      if (!result.finishes.has(fkey)) result.finishes.set(fkey, { lastText, path: choicesOf(link), deadEnd: !ended, ranOut });
    }
  };

  /** The first counterfactual ending a turn shows, with the date the engine gives it. */
  const fallIn = (turn: Turn): string | null | undefined => {
    const seg = turn.segments.find((x) => x.ending === 'counterfactual');
    return seg ? seg.context.date : undefined;
  };
  const endsIn = (turn: Turn) => turn.segments.some((x) => x.ending !== null);
  /** Per state: the date of the counterfactual ending its turn shows (undefined: none). */
  const falls: (string | null | undefined)[] = [];

  // States are keyed just after a choice, before ink plays the turn it leads to: a state seen
  // before is not played again. What the walk still waits for is part of the key.
  const rootKey = stateKey(start.inkState, start.context, ctx, [null, false]);
  ranOut = false;
  const root = game.restore(start);
  const rootEnded = endsIn(root);
  const rootFall = fallIn(root);
  graph.setStart({ decision: null, fall: rootFall === undefined ? null : { date: rootFall, afterDecisions: 0 } });
  analyse(root, null, null, rootEnded);
  const rootNode = graph.addNode(root.finished);
  falls.push(rootFall);
  ids.set(rootKey, rootNode);
  const stack: Frame[] = [];
  if (!root.finished) stack.push({ node: rootNode, at: game.choicePointState(), path: null, next: 0, ended: rootEnded });
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  let current: Frame | null = stack[0] ?? null;
  const now = opts.now ?? (() => performance.now());
  const deadline = opts.maxSeconds === undefined ? Number.POSITIVE_INFINITY : now() + opts.maxSeconds * 1000;

  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    if (f.next >= f.at.turn.choices.length) {
      stack.pop();
      continue;
    }
    const i = f.next++;
    if (current !== f) game.resumeAt(f.at);
    current = null;
    const from = f.at.turn;
    game.takeChoice(i);
    const decision = from.decision ? { kind: from.decision.kind, historical: from.choices[i].tags.historical } : null;
    const before: Pending | null = from.decision ? { decision: from.decision.id, option: from.choices[i].text, sawReveal: false } : null;
    const endedBefore = decision ? false : f.ended;
    const walkState = [before?.decision ?? null, endedBefore];
    const key = liveStateKey(game.runtime, f.at.context, ctx, walkState) ?? stateKey(game.inkStateNow(), f.at.context, ctx, walkState);
    let node = ids.get(key);
    if (node === undefined) {
      if (ids.size >= opts.maxStates) {
        result.complete = false;
        result.stoppedBy = 'states';
        break;
      }
      if (ids.size % 64 === 0 && now() > deadline) {
        result.complete = false;
        result.stoppedBy = 'time';
        break;
      }
      ranOut = false;
      const turn = game.playTurn();
      const path: PathLink = { up: f.path, choice: i, depth: (f.path?.depth ?? 0) + 1 };
      const ended = endedBefore || endsIn(turn);
      analyse(turn, path, before, ended);
      node = graph.addNode(turn.finished);
      falls.push(fallIn(turn));
      ids.set(key, node);
      if (!turn.finished && path.depth >= maxDepth) {
        result.tooDeep++;
        result.complete = false;
      } else if (!turn.finished) {
        const child: Frame = { node, at: game.choicePointState(), path, next: 0, ended };
        stack.push(child);
        current = child;
      }
    }
    const fall = falls[node];
    graph.addEdge(f.node, node, { decision, fall: fall === undefined ? null : { date: fall, afterDecisions: decision ? 1 : 0 } }, i);
  }

  result.states = ids.size;
  if (result.stoppedBy === null && result.tooDeep > 0) result.stoppedBy = 'depth';
  // A cut-short walk leaves states unexplored: the range it finds is only part of the truth.
  const score = graph.range(() => result.complete);
  if (score) result.score = { min: score.min, max: score.max, exact: score.exact && result.complete };
  result.problems = [...problems.values()];
  result.revealGaps = [...gaps.values()];
  return result;
}
