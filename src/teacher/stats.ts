// What the class chose at each decision, to start a discussion: "62% chose 'Denounce Beria…'".
// Pure: built from the verified results' replays, not from anything the codes claim.
import type { VerifiedResult } from '../engine/codes/resultCode';

export interface OptionStat {
  text: string;
  historical: boolean;
  count: number;
  /** count / reached: the share of the students who reached this decision. */
  share: number;
}

export interface DecisionStat {
  id: string;
  prompt: string;
  /** Where the decision falls in the story, for a heading: "The Death of Stalin, 5 March 1953". */
  chapter: string | null;
  date: string | null;
  /** How many students reached this decision (a leader who fell early never sees the later ones). */
  reached: number;
  options: OptionStat[];
}

interface Tally {
  id: string;
  prompt: string;
  chapter: string | null;
  date: string | null;
  reached: number;
  options: Map<string, { historical: boolean; count: number }>;
  /** Sum of the decision's position in each game, to order decisions as the story does. */
  positions: number;
}

export function decisionStats(results: readonly VerifiedResult[]): DecisionStat[] {
  const tallies = new Map<string, Tally>();
  for (const r of results) {
    r.offered.forEach((d, position) => {
      let t = tallies.get(d.id);
      if (!t) {
        // The replay logged the decisions in the order it offered them.
        const logged = r.record.decisions[position];
        t = {
          id: d.id, prompt: d.prompt, chapter: logged?.chapter ?? null, date: logged?.date ?? null,
          reached: 0, options: new Map(), positions: 0,
        };
        tallies.set(d.id, t);
      }
      t.reached += 1;
      t.positions += position;
      // Options are told apart by their text: the same decision may offer fewer options in some games.
      for (const o of d.options) if (!t.options.has(o.text)) t.options.set(o.text, { historical: o.historical, count: 0 });
      const chosen = t.options.get(d.options[d.chosen].text);
      if (chosen) chosen.count += 1;
    });
  }
  return [...tallies.values()]
    .sort((a, b) => a.positions / a.reached - b.positions / b.reached)
    .map((t) => ({
      id: t.id,
      prompt: t.prompt,
      chapter: t.chapter,
      date: t.date,
      reached: t.reached,
      options: [...t.options].map(([text, o]) => ({ text, historical: o.historical, count: o.count, share: o.count / t.reached })),
    }));
}
