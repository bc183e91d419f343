// The walk's idea of "the same state". Ink's saved state differs on every path (turn numbers,
// thread ids, counts nobody reads again), so two paths would never meet. The key keeps only
// what can change the text, choices, tags and endings still to come:
//   - where ink is (call stack, threads, the choices on offer) and its temporaries,
//   - the variables and the visit counts the story can still read from where it is (see
//     `countLiveness`: not those only the game writes, nor those read only earlier), and
//     their turn counts as "turns ago"; the turn number itself only if the story reads it,
//   - the scene (date, place, chapter...) the engine carries into the next lines,
//   - whatever the walk itself still has to check (an unanswered "what really happened").
// The score is not in the key: the walk keeps a graph and combines the scores from the ends.
import type { Story } from 'inkjs';
import { storyHash } from '../engine/hash';
import type { SceneContext } from '../engine/story';
import type { CountLiveness, InkJsonFacts } from './inkJson';

type Obj = Record<string, unknown>;

interface SavedFrame {
  cPath?: string;
  temp?: Obj;
}

interface SavedThread {
  callstack: SavedFrame[];
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
  liveness: CountLiveness;
}

/** Temporaries nobody reads again are left out: ink keeps them on the call stack after a divert. */
const liveTemps = (temps: Obj | undefined, vars: ReadonlySet<string>) =>
  temps ? Object.keys(temps).filter((k) => vars.has(k)).sort().map((k) => [k, temps[k]]) : [];

function flowKey(f: SavedFlow, vars: ReadonlySet<string>): unknown {
  const thread = (t: SavedThread | undefined) =>
    t ? [t.callstack.map((fr) => ({ ...fr, temp: liveTemps(fr.temp, vars) })), t.previousContentObject ?? null] : null;
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

/** Every container ink can go on from: each frame of each thread, and each choice's target. */
function positions(s: SavedState): Set<string> {
  const out = new Set<string>();
  const addThread = (t: SavedThread) => {
    for (const fr of t.callstack) if (typeof fr.cPath === 'string') out.add(fr.cPath);
  };
  for (const f of Object.values(s.flows)) {
    for (const t of f.callstack.threads) addThread(t);
    for (const t of Object.values(f.choiceThreads ?? {})) addThread(t);
    for (const c of f.currentChoices ?? []) out.add(c.targetPath);
  }
  return out;
}

const liveCache = new WeakMap<CountLiveness, Map<string, string[]>>();

/** The counts readable from any of these positions, sorted; cached per set of positions. */
function liveCounts(ctx: KeyContext, where: Set<string>): string[] {
  let cache = liveCache.get(ctx.liveness);
  if (!cache) {
    cache = new Map();
    liveCache.set(ctx.liveness, cache);
  }
  const id = [...where].sort().join('\u0000');
  let live = cache.get(id);
  if (!live) {
    const set = new Set<string>();
    for (const p of where) for (const c of ctx.liveness.liveFrom(p)) set.add(c);
    live = [...set].sort();
    cache.set(id, live);
  }
  return live;
}

/** A short fingerprint of everything about a state that can change the rest of the game. */
export function stateKey(inkState: string, context: SceneContext, ctx: KeyContext, walkState: unknown): string {
  const s = JSON.parse(inkState) as SavedState;
  const liveAll = liveCounts(ctx, positions(s));
  const live = liveAll.filter((p) => !p.startsWith('$'));
  const vars = new Set(liveAll.filter((p) => p.startsWith('$')).map((p) => p.slice(1)));
  const key = [
    Object.keys(s.flows).sort().map((k) => [k, flowKey(s.flows[k], vars)]),
    s.currentFlowName,
    Object.keys(s.variablesState).filter((k) => vars.has(k)).sort().map((k) => [k, s.variablesState[k]]),
    s.evalStack,
    live.map((p) => s.visitCounts[p] ?? 0),
    live.map((p) => (p in s.turnIndices ? s.turnIdx - s.turnIndices[p] : null)),
    ctx.facts.readsTurnNumber ? s.turnIdx : null,
    s.storySeed,
    s.previousRandom,
    context,
    walkState,
  ];
  const text = JSON.stringify(key);
  // Two independent 53-bit hashes: the walk keeps millions of keys, not their text.
  return storyHash(text) + storyHash(`${text.length}:${text}`);
}

type InkObj = { path: { componentsString: string } } | null;
type InkValue = { valueType?: number; toString(): string } | null;

const pointer = (p: { container: InkObj; index: number }) => (p.container ? `${p.container.path.componentsString}.${p.index}` : null);
const value = (v: unknown) => {
  if (v === null || typeof v !== 'object') return v;
  const x = v as InkValue;
  return [x?.valueType ?? null, String(x)];
};

/**
 * The same key as `stateKey`, read from ink's live state instead of its saved JSON (several
 * times faster), for a state just after a choice. Null where it does not apply (choices on
 * offer, more than one flow, a story that reads TURNS_SINCE): use `stateKey` there.
 */
export function liveStateKey(story: Story, context: SceneContext, ctx: KeyContext, walkState: unknown): string | null {
  const state = story.state;
  if (ctx.facts.readsTurnsSince || state.currentChoices.length > 0 || (state.aliveFlowNames?.length ?? 0) > 0) return null;
  const where = new Set<string>();
  for (const t of state.callStack._threads) {
    for (const e of t.callstack) if (e.currentPointer.container) where.add(e.currentPointer.container.path.componentsString);
  }
  const liveAll = liveCounts(ctx, where);
  const vars = new Set(liveAll.filter((p) => p.startsWith('$')).map((p) => p.slice(1)));
  // Thread numbers differ from path to path and say nothing of what comes next.
  const threads = state.callStack._threads.map((t) => [
    pointer(t.previousPointer),
    t.callstack.map((e) => [
      pointer(e.currentPointer), e.type, e.inExpressionEvaluation,
      [...e.temporaryVariables].filter(([k]) => vars.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, value(v)]),
    ]),
  ]);
  const key = [
    'live',
    threads,
    state.currentFlowName,
    liveAll.map((p) => (p.startsWith('$') ? [p, value(state.variablesState.$(p.slice(1)))] : [p, state.VisitCountAtPathString(p) ?? 0])),
    state.evaluationStack.map(value),
    ctx.facts.readsTurnNumber ? state.currentTurnIndex : null,
    state.storySeed,
    state.previousRandom,
    context,
    walkState,
  ];
  const text = JSON.stringify(key);
  return storyHash(text) + storyHash(`${text.length}:${text}`);
}
