// What the class chose at each decision, to start a discussion ("62% chose 'Denounce
// Beria…'"), and the class at a glance. Built from the verified results' replays, not from
// anything the codes claim. Time-outs are counted, never named: who had a time-out is for the
// teacher's detail view only.
import type { VerifiedResult } from '../codes/resultCode';
import { decisionHeading } from '../record';

export interface OptionStat {
  text: string;
  historical: boolean;
  count: number;
  /** count / reached: the share of the students who reached this decision. */
  share: number;
}

export interface DecisionStat {
  id: string;
  /** Which decision it was ("Arrest Beria?"), as the debrief names it: the teacher's name for it. */
  heading: string;
  /** The question as students read it ("What do you do?"), often the same at several decisions. */
  prompt: string;
  /** Where the decision falls in the story, for a heading: "The Death of Stalin, 5 March 1953". */
  chapter: string | null;
  date: string | null;
  /** How many students reached this decision (a leader who fell early never sees the later ones). */
  reached: number;
  /** How many of them ran out of time here (not counted under any option). */
  timedOut: number;
  /** The share of those who reached it who chose what really happened. */
  matched: number;
  options: OptionStat[];
}

type Tally = Omit<DecisionStat, 'matched' | 'options'> & {
  options: Map<string, { historical: boolean; count: number }>;
  /** Sum of the decision's position in each game, to order decisions as the story does. */
  positions: number;
};

export function decisionStats(results: readonly VerifiedResult[]): DecisionStat[] {
  const tallies = new Map<string, Tally>();
  for (const r of results) {
    r.offered.forEach((d, position) => {
      let t = tallies.get(d.id);
      if (!t) {
        // The replay logged the decisions in the order it offered them.
        const logged = r.record.decisions[position];
        t = {
          id: d.id, heading: logged ? decisionHeading(logged) : d.prompt || d.id, prompt: d.prompt, chapter: logged?.chapter ?? null, date: logged?.date ?? null,
          reached: 0, timedOut: 0, options: new Map(), positions: 0,
        };
        tallies.set(d.id, t);
      }
      t.reached += 1;
      t.positions += position;
      // Options are told apart by their text: the same decision may offer fewer options in some games.
      for (const o of d.options) if (!t.options.has(o.text)) t.options.set(o.text, { historical: o.historical, count: 0 });
      if (d.timedOut) {
        // The story went down the writer's time-out option, but the student chose nothing.
        t.timedOut += 1;
        return;
      }
      const chosen = t.options.get(d.options[d.chosen].text);
      if (chosen) chosen.count += 1;
    });
  }
  return [...tallies.values()]
    .sort((a, b) => a.positions / a.reached - b.positions / b.reached)
    .map((t) => {
      const options = [...t.options].map(([text, o]) => ({ text, historical: o.historical, count: o.count, share: o.count / t.reached }));
      const matched = options.filter((o) => o.historical).reduce((s, o) => s + o.count, 0) / t.reached;
      return { id: t.id, heading: t.heading, prompt: t.prompt, chapter: t.chapter, date: t.date, reached: t.reached, timedOut: t.timedOut, matched, options };
    });
}

export interface Glance {
  students: number;
  /** Of the ranked games; null with no students. */
  average: number | null;
  median: number | null;
  /** The decisions fewest students matched history at (at most three), hardest first. */
  hardest: DecisionStat[];
}

export const HARDEST_SHOWN = 3;

/** @param scores the ranked games' final scores; @param stats decisionStats of the same games */
export function classGlance(scores: readonly number[], stats: readonly DecisionStat[]): Glance {
  const sorted = [...scores].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return {
    students: n,
    average: n === 0 ? null : sorted.reduce((s, v) => s + v, 0) / n,
    median: n === 0 ? null : n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    // Stable sort: equally hard decisions stay in story order.
    hardest: [...stats].sort((a, b) => a.matched - b.matched).slice(0, HARDEST_SHOWN),
  };
}
