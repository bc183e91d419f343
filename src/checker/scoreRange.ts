// The exact range of final scores over every way through a walked story, without keeping the
// score in the walk's state key. The walk gives a graph: states, and for each choice an edge
// with what scoring reads from it (a decision's kind and whether it was what really happened,
// a counterfactual ending and its date). From the ends backwards, each state gets the set of
// scoring outcomes of the rest of the game, as count tuples; the final score is not additive
// (shares over totals, weights renormalised), so it is computed only at the start, with the
// game's own `finalScore`, for every tuple the start can reach. Cycles are solved by iterating
// to a fixed point; if counts could grow without bound there, the range is marked approximate.
import { type ScoreCounts, finalScore, survivalByDate } from '../engine/scoring';
import type { StoryMeta } from '../engine/meta';
import type { DecisionKind } from '../engine/tags';

export interface EdgeFacts {
  decision: { kind: DecisionKind; historical: boolean } | null;
  /** The first counterfactual ending on this edge: its date, and decisions made before it on the edge. */
  fall: { date: string | null; afterDecisions: number } | null;
}

export interface ScorePoint {
  final: number;
  rank: string | null;
  /** Choice numbers (from 0) that lead to it. */
  path: number[];
}

export interface ScoreRangeResult {
  min: ScorePoint;
  max: ScorePoint;
  /** False when part of the graph was not walked, or a cycle let the counts grow without bound. */
  exact: boolean;
}

// A tuple packs (actMatched, actTotal, predMatched, predTotal, decisions, fall) in one number.
const B = 128;
const FIELDS = 5;
const SCALE = B ** FIELDS;
/** Above this many outcomes in one state, a cycle is taken to grow without bound. */
const MAX_OUTCOMES = 50_000;

type Fall = { survival: number } | { after: number };

export class ScoreGraph {
  private readonly finished: boolean[] = [];
  /** Per state: [target, edge id, choice] triples, flattened. */
  private readonly out: number[][] = [];
  private readonly falls: Fall[] = [];
  private readonly fallIds = new Map<string, number>();
  private readonly edgeIds = new Map<string, number>();
  private readonly edgeTable: { code: number; fall: number }[] = [];
  private rootEdge = -1;
  private overflow = false;

  constructor(private readonly meta: StoryMeta) {}

  addNode(finished: boolean): number {
    this.finished.push(finished);
    this.out.push([]);
    return this.finished.length - 1;
  }

  addEdge(from: number, to: number, facts: EdgeFacts, choice: number): void {
    this.out[from].push(to, this.edgeId(facts), choice);
  }

  /** What the first turn shows before any choice (an ending can come first). */
  setStart(facts: EdgeFacts): void {
    this.rootEdge = this.edgeId(facts);
  }

  private fallId(f: Fall): number {
    const k = 'survival' in f ? `s${f.survival}` : `a${f.after}`;
    let id = this.fallIds.get(k);
    if (id === undefined) {
      id = this.falls.length;
      this.falls.push(f);
      this.fallIds.set(k, id);
    }
    return id;
  }

  private edgeId(facts: EdgeFacts): number {
    const d = facts.decision;
    const code = !d ? 0 : (d.kind === 'act' ? 1 : 3) + (d.historical ? 1 : 0);
    let fall = -1;
    if (facts.fall) {
      const s = survivalByDate(facts.fall.date, this.meta);
      fall = this.fallId(s === null ? { after: facts.fall.afterDecisions } : { survival: s });
    }
    const k = `${code}:${fall}`;
    let id = this.edgeIds.get(k);
    if (id === undefined) {
      id = this.edgeTable.length;
      this.edgeTable.push({ code, fall });
      this.edgeIds.set(k, id);
    }
    return id;
  }

  /** The outcome of an edge followed by the rest of the game `t`. */
  private combine(edge: number, t: number): number {
    const { code, fall } = this.edgeTable[edge];
    let f = Math.floor(t / SCALE) - 1;
    let rest = t % SCALE;
    const c: number[] = [];
    for (let i = 0; i < FIELDS; i++) {
      c.push(rest % B);
      rest = Math.floor(rest / B);
    }
    if (code !== 0) {
      if (code <= 2) {
        c[1]++;
        if (code === 2) c[0]++;
      } else {
        c[3]++;
        if (code === 4) c[2]++;
      }
      c[4]++;
      if (c.some((x) => x >= B)) this.overflow = true;
      if (f >= 0) {
        const later = this.falls[f];
        if ('after' in later) f = this.fallId({ after: later.after + 1 });
      }
    }
    if (fall >= 0) f = fall;
    let packed = f + 1;
    for (let i = FIELDS - 1; i >= 0; i--) packed = packed * B + Math.min(c[i], B - 1);
    return packed;
  }

  private counts(t: number): ScoreCounts {
    const f = Math.floor(t / SCALE) - 1;
    let rest = t % SCALE;
    const c: number[] = [];
    for (let i = 0; i < FIELDS; i++) {
      c.push(rest % B);
      rest = Math.floor(rest / B);
    }
    let survival = 1;
    if (f >= 0) {
      const fall = this.falls[f];
      survival = 'survival' in fall ? fall.survival : c[4] > 0 ? fall.after / c[4] : 0;
    }
    return { actMatched: c[0], actTotal: c[1], predMatched: c[2], predTotal: c[3], survival };
  }

  /** Outcomes of every state, ends first. `expanded[n]` is false for a state the walk did not finish. */
  private outcomes(expanded: (n: number) => boolean): { sets: Set<number>[]; exact: boolean } {
    const n = this.finished.length;
    const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
    let exact = true;
    const step = (v: number): boolean => {
      const set = sets[v];
      const before = set.size;
      if (this.finished[v]) set.add(0);
      else if (!expanded(v)) exact = false;
      const e = this.out[v];
      for (let j = 0; j < e.length; j += 3) {
        for (const t of sets[e[j]]) set.add(this.combine(e[j + 1], t));
      }
      return set.size !== before;
    };
    // Tarjan's strongly connected components, iteratively; each is finished sinks first.
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack: number[] = [];
    let counter = 0;
    for (let r = 0; r < n; r++) {
      if (index[r] >= 0) continue;
      const work: [number, number][] = [[r, 0]];
      index[r] = low[r] = counter++;
      stack.push(r);
      onStack[r] = 1;
      while (work.length > 0) {
        const top = work[work.length - 1];
        const v = top[0];
        const e = this.out[v];
        if (top[1] < e.length) {
          const w = e[top[1]];
          top[1] += 3;
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            work.push([w, 0]);
          } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const p = work[work.length - 1][0];
          low[p] = Math.min(low[p], low[v]);
        }
        if (low[v] !== index[v]) continue;
        const members: number[] = [];
        let m: number;
        do {
          m = stack.pop() as number;
          onStack[m] = 0;
          members.push(m);
        } while (m !== v);
        const cyclic = members.length > 1 || this.out[v].some((w, j) => j % 3 === 0 && w === v);
        if (!cyclic) {
          step(v);
          continue;
        }
        // A loop: go round until nothing new, or until the outcomes are clearly unbounded.
        for (let changed = true; changed; ) {
          changed = false;
          for (const x of members) if (step(x)) changed = true;
          if (this.overflow || members.some((x) => sets[x].size > MAX_OUTCOMES)) {
            exact = false;
            break;
          }
        }
      }
    }
    return { sets, exact: exact && !this.overflow };
  }

  /** The lowest and highest final score from state 0, or null if no way through ends. */
  range(expanded: (n: number) => boolean): ScoreRangeResult | null {
    if (this.finished.length === 0) return null;
    const { sets, exact } = this.outcomes(expanded);
    const start = this.rootEdge >= 0 ? this.rootEdge : this.edgeId({ decision: null, fall: null });
    type Best = { t: number; final: number; rank: string | null };
    let min: Best | null = null as Best | null;
    let max: Best | null = null as Best | null;
    for (const t0 of sets[0]) {
      const t = this.combine(start, t0);
      const s = finalScore(this.counts(t), this.meta);
      if (!min || s.final < min.final) min = { t: t0, ...s };
      if (!max || s.final > max.final) max = { t: t0, ...s };
    }
    if (!min || !max) return null;
    const point = (p: { t: number; final: number; rank: string | null }): ScorePoint => ({
      final: p.final, rank: p.rank, path: this.witness(sets, p.t),
    });
    return { min: point(min), max: point(max), exact };
  }

  /** A way through from state 0 whose outcome is `t`: the choices to replay it. */
  private witness(sets: Set<number>[], t: number): number[] {
    const path: number[] = [];
    const seen = new Set<string>();
    let v = 0;
    let need = t;
    while (!(this.finished[v] && need === 0)) {
      seen.add(`${v}:${need}`);
      const e = this.out[v];
      let moved = false;
      for (let j = 0; j < e.length && !moved; j += 3) {
        for (const t2 of sets[e[j]]) {
          if (this.combine(e[j + 1], t2) === need && !seen.has(`${e[j]}:${t2}`)) {
            path.push(e[j + 2]);
            v = e[j];
            need = t2;
            moved = true;
            break;
          }
        }
      }
      if (!moved) break;
    }
    return path;
  }
}
