// The walk's idea of "the same state". Ink's saved state differs on every path (turn numbers,
// thread ids, counts nobody reads), so two paths would never meet. The key keeps only what
// can change what happens next, or the final score:
//   - where ink is (call stack, threads, pending choices) and its temporaries,
//   - the variables the story reads, and the visit counts ink keeps (ink counts only what is
//     read, once-only choices and sequences), turn counts as "turns ago",
//   - the decision log's score counters and the first counterfactual ending,
//   - whatever the walk itself still has to check (an unanswered "what really happened").
import { storyHash } from '../engine/hash';
import type { Checkpoint } from '../engine/story';
import type { InkJsonFacts } from './inkJson';

type Obj = Record<string, unknown>;

interface SavedThread {
  callstack: unknown[];
  threadIndex?: number;
  previousContentObject?: string;
}

interface SavedChoice {
  text: string;
  targetPath: string;
  originalChoicePath: string;
  originalThreadIndex: number;
  tags?: string[];
}

interface SavedFlow {
  callstack: { threads: SavedThread[] };
  choiceThreads?: Record<string, SavedThread>;
  currentChoices?: SavedChoice[];
}

interface SavedState {
  flows: Record<string, SavedFlow>;
  currentFlowName: string;
  variablesState: Obj;
  evalStack: unknown[];
  visitCounts: Record<string, number>;
  turnIndices: Record<string, number>;
  turnIdx: number;
  storySeed: number;
  previousRandom: number;
}

export interface KeyContext {
  facts: InkJsonFacts;
  /** Counts the checker added for its own tracking: not part of the story's state. */
  ignoredCounts: Set<string>;
}

const thread = (t: SavedThread | undefined) => (t ? [t.callstack, t.previousContentObject ?? null] : null);

function flowKey(f: SavedFlow): unknown {
  const threads = f.callstack.threads;
  const byIndex = new Map(threads.map((t) => [t.threadIndex, t]));
  return [
    threads.map(thread),
    (f.currentChoices ?? []).map((c) => [
      c.text, c.targetPath, c.originalChoicePath, c.tags ?? [],
      thread(f.choiceThreads?.[c.originalThreadIndex] ?? byIndex.get(c.originalThreadIndex)),
    ]),
  ];
}

function pick<T>(o: Record<string, T>, keep: (k: string) => boolean, map: (v: T) => unknown = (v) => v): [string, unknown][] {
  return Object.keys(o).filter(keep).sort().map((k) => [k, map(o[k])]);
}

/** The part of the decision log that scoring reads. */
function scoreCounters(cp: Checkpoint): unknown {
  const d = cp.record.decisions;
  const count = (kind: string, historical?: boolean) =>
    d.filter((x) => x.kind === kind && (historical === undefined || x.historical === historical)).length;
  const fall = cp.record.endings.find((e) => e.kind === 'counterfactual');
  const last = cp.record.endings.at(-1);
  return [
    count('act'), count('act', true), count('predict'), count('predict', true),
    fall ? [fall.date, fall.afterDecisions] : null,
    // "In an ending": an ending was reached and no decision made since.
    last ? last.afterDecisions === d.length : false,
    cp.context.date,
  ];
}

/** A short fingerprint of everything about a checkpoint that can change the rest of the game. */
export function stateKey(cp: Checkpoint, ctx: KeyContext, walkState: unknown): string {
  const s = JSON.parse(cp.inkState) as SavedState;
  const key = [
    pick(s.flows, () => true, flowKey),
    s.currentFlowName,
    pick(s.variablesState, (k) => ctx.facts.readVariables.has(k)),
    s.evalStack,
    pick(s.visitCounts, (k) => !ctx.ignoredCounts.has(k)),
    pick(s.turnIndices, () => true, (v) => s.turnIdx - v),
    ctx.facts.readsTurnNumber ? s.turnIdx : null,
    s.storySeed,
    s.previousRandom,
    scoreCounters(cp),
    walkState,
  ];
  const text = JSON.stringify(key);
  // Two independent 53-bit hashes: the walk keeps millions of keys, not their text.
  return storyHash(text) + storyHash(`${text.length}:${text}`);
}
