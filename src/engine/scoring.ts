// The score is a pure function of the decision log and the story's own meta-data:
// the same choices always give the same score.
import { dayNumber, parseDate } from './dates';
import type { StoryMeta } from './meta';
import type { GameRecord } from './record';

export interface Share {
  matched: number;
  total: number;
  /** matched / total, or null when there was nothing to judge. */
  share: number | null;
}


export interface Score {
  /** Act decisions that match what really happened. */
  judgement: Share;
  /** Predictions that match what the rival really did. */
  reading: Share;
  /** How far through the story's span the player's leader lasted, 0–1. */
  survival: number;
  /** 0–100. */
  final: number;
  rank: string | null;
}

export const WEIGHTS = { judgement: 0.5, reading: 0.3, survival: 0.2 } as const;

/**
 * Raise this whenever the same decision log would score differently, or the same choices and
 * time-outs would play differently (modes.ts): class codes carry it (codes/fingerprint.ts), so
 * a copy of the game with other rules is told so before a competition starts.
 * 2: survival ends at the first fall; a time-out never matches history.
 * 3: an exact half always rounds up (57.5 had given 57 where floating point summed it to 57.49999…).
 */
export const RULES_VERSION = 3;

function share(matched: number, total: number): Share {
  return { matched, total, share: total > 0 ? matched / total : null };
}

/**
 * How far through a span (the story's, or a span of chapters) a fall on `date` comes, in days:
 * `days` of the span's `of`, clamped to the span; null when the story's span or the date cannot
 * be read (survival is then measured in decisions: see `survivalMeasure`).
 */
export function survivalDays(date: string | null, span: { start: string | null; end: string | null }): { days: number; of: number } | null {
  const [start, end, at] = [span.start, span.end, date].map((d) => (d ? parseDate(d) : null));
  if (start && end && at && dayNumber(end) > dayNumber(start)) {
    const of = dayNumber(end) - dayNumber(start);
    return { days: Math.min(of, Math.max(0, dayNumber(at) - dayNumber(start))), of };
  }
  return null;
}

/** `survivalDays` as a share, 0–1; null when it cannot be measured in days. */
export function survivalByDate(date: string | null, span: { start: string | null; end: string | null }): number | null {
  const d = survivalDays(date, span);
  return d ? d.days / d.of : null;
}

/**
 * Survival as the whole numbers it is measured by, so that the debrief can show them: the days
 * of the span to the first fall, or (dates unreadable) the decisions before it. Null when the
 * player's leader never fell: survival is then 1.
 */
export interface SurvivalMeasure {
  part: number;
  /** 0 only for a game with no decisions: survival is then 0. */
  whole: number;
  unit: 'days' | 'decisions';
}

export function survivalMeasure(record: GameRecord, meta: StoryMeta): SurvivalMeasure | null {
  const fall = record.endings.find((e) => e.kind === 'counterfactual');
  if (!fall) return null;
  const d = survivalDays(fall.date, record.span ?? meta);
  return d ? { part: d.days, whole: d.of, unit: 'days' } : { part: fall.afterDecisions, whole: record.decisions.length, unit: 'decisions' };
}

function survivalOf(record: GameRecord, meta: StoryMeta): number {
  const m = survivalMeasure(record, meta);
  return m === null ? 1 : m.whole > 0 ? m.part / m.whole : 0;
}


/** The counts a final score is made of: everything `scoreGame` reads from the log. */
export interface ScoreCounts {
  actMatched: number;
  actTotal: number;
  predMatched: number;
  predTotal: number;
  /** 0–1, as in `Score.survival`. */
  survival: number;
}

/**
 * The final score and rank from the counts alone. Not additive: shares are over totals, and the
 * weights are renormalised over the parts there was something to judge.
 */
export function finalScore(c: ScoreCounts, meta: StoryMeta): { final: number; rank: string | null } {
  const parts: [number, number | null][] = [
    [WEIGHTS.judgement, share(c.actMatched, c.actTotal).share],
    [WEIGHTS.reading, share(c.predMatched, c.predTotal).share],
    [WEIGHTS.survival, c.survival],
  ];
  const counted = parts.filter((p): p is [number, number] => p[1] !== null);
  const weight = counted.reduce((s, [w]) => s + w, 0);
  // A half rounds up. The weighted sum is made in floating point, where an exact half can land
  // just below it (0.5 × 6/8 + 0.2 × 1 gives 57.49999999999999, not 57.5) and Math.round would
  // then round it down, unlike other halves: the debrief's printed arithmetic could not give
  // such a score. The nudge puts it back on the half; it is far below any true distance from a
  // half (at least 1 / (2 × weight × product of the shares' denominators), about 1e-8 for a story
  // of 22 decisions over 4,000 days), so no other score moves.
  const final = Math.round((100 * counted.reduce((s, [w, v]) => s + w * v, 0)) / weight + 1e-9);
  const rank = meta.ranks.find((r) => final >= r.min)?.title ?? null;
  return { final, rank };
}

export function scoreGame(record: GameRecord, meta: StoryMeta): Score {
  const acts = record.decisions.filter((d) => d.kind === 'act');
  const predictions = record.decisions.filter((d) => d.kind === 'predict');
  const judgement = share(acts.filter((d) => d.historical).length, acts.length);
  const reading = share(predictions.filter((d) => d.historical).length, predictions.length);
  const survival = survivalOf(record, meta);
  const { final, rank } = finalScore(
    { actMatched: judgement.matched, actTotal: judgement.total, predMatched: reading.matched, predTotal: reading.total, survival },
    meta,
  );
  return { judgement, reading, survival, final, rank };
}
