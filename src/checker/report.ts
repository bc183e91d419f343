// The checker's findings as plain data, and as text for a person at a terminal.
import type { Location } from './sources';

export interface Finding extends Location {
  message: string;
}

export interface DecisionSummary extends Location {
  id: string;
  kind: 'act' | 'predict';
  rival: string | null;
  /** How many options the player is offered (the most seen, if conditions vary it). */
  options: number;
  /** How many of them are marked `# historical`. */
  historical: number;
}

export interface EndingSummary extends Location {
  /** "historical" or "counterfactual"; null in a story without ending tags. */
  kind: string | null;
  text: string;
  /** Choice numbers from 1 that lead there, as story:play takes them. */
  path: number[];
}

export interface WalkSummary {
  /** Distinct states played. */
  states: number;
  /** Distinct ways the story ends (tagged endings, or where it stops). */
  endings: number;
  deadEnds: number;
  /** False when the walk stopped at its state or time limit: later states were not checked. */
  complete: boolean;
  limit: number;
  /**
   * Which limit stopped the walk ("states" or "time"), or "depth" when it finished but did not
   * follow paths longer than its depth limit; null when it was complete (or never started).
   */
  stoppedBy: 'states' | 'time' | 'depth' | null;
  /** The time limit in seconds, or null for none. */
  maxSeconds: number | null;
}

export interface ScoreRange {
  min: number;
  max: number;
  minRank: string | null;
  maxRank: string | null;
  /** The true lowest and highest: false if the walk was cut short or a loop made counts unbounded. */
  exact: boolean;
}

export interface CheckReport {
  file: string;
  /** Whether the story uses Thaw's tag conventions (decisions, bases or cast). */
  conventions: boolean;
  errors: Finding[];
  warnings: Finding[];
  decisions: DecisionSummary[];
  walk: WalkSummary;
  endings: EndingSummary[];
  deadEnds: EndingSummary[];
  unreachedKnots: (Location & { knot: string })[];
  score: ScoreRange | null;
}

const at = (l: Location) => (l.file ? `${l.file}${l.line ? `:${l.line}` : ''}: ` : '');

export function formatReport(r: CheckReport): string {
  const out: string[] = [];
  for (const e of r.errors) out.push(`error: ${at(e)}${e.message}`);
  for (const w of r.warnings) out.push(`warning: ${at(w)}${w.message}`);
  if (out.length) out.push('');
  const w = r.walk;
  const stopped =
    w.stoppedBy === 'time' ? `stopped at the time limit of ${w.maxSeconds} s`
    : w.stoppedBy === 'depth' ? 'some paths too long to follow'
    : `stopped at the limit of ${w.limit}`;
  const how = w.complete ? 'complete' : w.stoppedBy ? `${stopped}: incomplete` : 'not walked';
  out.push(`${r.file}: ${r.decisions.length} decisions, ${w.states} states walked (${how})`);
  out.push(`  endings reached: ${w.endings}${r.endings.map((e) => `\n    ${e.kind ? `[${e.kind}] ` : ''}${e.text || '(no text)'}  ${at(e).slice(0, -2)}`).join('')}`);
  out.push(`  dead ends: ${w.deadEnds}${r.deadEnds.map((e) => `\n    after "${e.text}" (play ${e.path.join(' ')})`).join('')}`);
  if (r.unreachedKnots.length) out.push(`  never reached: ${r.unreachedKnots.map((k) => k.knot).join(', ')}`);
  if (r.score) {
    const s = r.score;
    out.push(`  final scores: ${s.min} (${s.minRank ?? 'no rank'}) to ${s.max} (${s.maxRank ?? 'no rank'})${s.exact ? '' : ' (approximate: not every path was scored)'}`);
  }
  out.push(`${r.errors.length} error(s), ${r.warnings.length} warning(s)`);
  return `${out.join('\n')}\n`;
}
