// The debrief, computed once from the game and the story's data: everything the debrief screen
// and its printout show, as plain values. The view only lays it out. Pure: no DOM, no files.
import { type Card, cardOf } from './card';
import type { TimelineEvent } from './chronology';
import { parseDate } from './dates';
import type { ExamQuestion } from './exam';
import { type Glossary, type TermMet, termsMet } from './glossary';
import { type Historian, type HistoriansFile, type Passage, leadingReadings, readingSupport } from './historians';
import { type StoryMeta, labelOf } from './meta';
import { type DecisionRecord, decisionHeading, type GameRecord } from './record';
import { type Score, WEIGHTS } from './scoring';
import { type ClassVote, type SplitView, splitView, votesByDecision } from './wholeClass';

export interface DebriefInput {
  meta: StoryMeta;
  record: GameRecord;
  score: Score;
  glossary: Glossary | null;
  historians: HistoriansFile | null;
  exam: readonly ExamQuestion[] | null;
  timeline: readonly TimelineEvent[] | null;
  /** Who played: the name and class code of a competition; null in a lesson game. */
  student: { name: string | null; classCode: string | null };
  /** "Chapters 6–7: …" when the game covered only some chapters. */
  span: string | null;
  /** A whole class played (engine/wholeClass.ts): its name and how it voted on each decision. */
  wholeClass?: { name: string; votes: readonly ClassVote[] } | null;
}

export interface DebriefRow {
  id: string;
  /** What was decided ("Arrest Beria?"): the decision's heading, or its question in older logs. */
  heading: string;
  kind: 'act' | 'predict';
  /** For a prediction: whose move it was ("Malenkov"). */
  rival: string | null;
  /** "26 June 1953 · Beria's Spring". */
  when: string;
  chosen: string;
  matched: boolean;
  /** "As it happened" / "Not what happened", or for a prediction "You read Malenkov right" / "...wrong". */
  verdict: string;
  /** Whose line the chosen option followed, in words that never contradict the verdict; null for a prediction. */
  alignment: string | null;
  /** What really happened, when the player chose otherwise. */
  historicalText: string | null;
  /** The full card; null if the story gave none. */
  card: Card | null;
  /** A whole class's game: how the class split on this decision; otherwise null. */
  split: SplitView | null;
}

export interface ScorePart {
  label: string;
  /** "7 of 14 decisions matched", or why the part was left out. */
  detail: string;
  /** 0–1, or null when there was nothing to judge (the part is left out). */
  value: number | null;
  /** The stated weight, in points of 100. */
  weight: number;
  /** value × weight, or null when left out. */
  points: number | null;
}

export interface ScoreArithmetic {
  parts: ScorePart[];
  /** The weights of the parts counted (100 when all are). */
  counted: number;
  /** Sum of the points. */
  points: number;
  /** points / counted × 100, rounded: the final score. */
  final: number;
  rank: string | null;
  /** The sum written out, e.g. "(25.0 + 18.0 + 20.0) ÷ 100 × 100 = 63". */
  sum: string;
}

export interface EvidenceItem {
  decision: string;
  heading: string;
  /** Null when the decision was not in this game (a game on chosen chapters). */
  chosen: string | null;
  matched: boolean | null;
  /** The card's "What really happened", or null if not played. */
  happened: string | null;
}

export interface ExamView {
  question: string;
  for: { case: string; evidence: EvidenceItem[] };
  against: { case: string; evidence: EvidenceItem[] };
}

export interface ReadingView {
  id: string;
  label: string;
  summary: string | null;
  historians: Omit<Historian, 'teacherNote'>[];
  /** The player's choices this reading explains, with the passage that says so. */
  decisions: { heading: string; when: string; chosen: string; passage: Passage | null }[];
  share: number;
  /** "4 of 9 (44%)". */
  measure: string;
}

export interface DebateView {
  question: string;
  prompt: string;
  readings: ReadingView[];
  /** The reading ids with the largest share; more than one is a tie; none when no choice carried a reading. */
  leading: string[];
  /** How many of the player's choices carry any reading. */
  tagged: number;
  /** One sentence: the result, ties reported as ties. */
  verdict: string;
}

export interface DebriefModel {
  student: { name: string | null; classCode: string | null };
  /** Whose game it is: one player's, or a whole class's on one screen (the name is then the class's). */
  audience: 'player' | 'class';
  span: string | null;
  score: ScoreArithmetic;
  /** "You governed 60% like Khrushchev, ...", or null with no act decisions. */
  profile: string | null;
  /** The first counterfactual fall, or null when the player's Khrushchev survived. */
  fall: { date: string | null } | null;
  rows: DebriefRow[];
  terms: TermMet[];
  timeline: (TimelineEvent & { played: boolean })[];
  /** The years the story covers ("1953–1964", from `# start:` and `# end:`), or null. */
  period: string | null;
  exam: ExamView[];
  debate: DebateView | null;
}

const pct = (f: number) => `${Math.round(f * 100)}%`;
const one = (n: number) => n.toFixed(1);

function when(d: DecisionRecord): string {
  return [d.date, d.chapter].filter(Boolean).join(' · ');
}

function row(d: DecisionRecord, meta: StoryMeta, vote: ClassVote | null = null): DebriefRow {
  const rival = d.kind === 'predict' ? labelOf(meta.cast, d.rival) : null;
  const verdict = d.kind === 'predict'
    ? `${vote ? 'The class' : 'You'} read ${rival} ${d.historical ? 'right' : 'wrong'}`
    : d.historical ? 'As it happened' : 'Not what happened';
  let alignment: string | null = null;
  if (d.kind === 'act' && d.actor) {
    const who = labelOf(meta.cast, d.actor);
    // The player's own character beside "not what happened" would contradict it ("Khrushchev's
    // line", yet not what happened): say what it was.
    alignment = d.historical ? `What ${who} did` : d.actor === meta.player?.id ? `An option ${who} considered but did not take` : `The line of ${who}`;
  }
  return {
    id: d.id,
    heading: decisionHeading(d),
    kind: d.kind,
    rival,
    when: when(d),
    // A time-out is the story's choice, not the student's: say so, whatever the option was.
    chosen: d.timedOut ? `Time ran out (the story went on: ${d.chosenText})` : d.chosenText,
    matched: d.historical,
    verdict,
    alignment,
    historicalText: d.historical ? null : d.historicalText,
    card: d.reveal ? cardOf(d.reveal.paragraphs, d.reveal.terms, d.reveal.source) : null,
    split: vote ? splitView(vote, d, meta) : null,
  };
}

/** The score laid out so that the stated weights visibly give it, whole game or chosen chapters. */
export function scoreArithmetic(score: Score, survivalDetail: string, rank: string | null): ScoreArithmetic {
  const share = (label: string, s: Score['judgement'], noun: string, weight: number): ScorePart => ({
    label,
    detail: s.share === null
      ? `no ${noun} in this game: left out, and the other weights count for more`
      // "1 of 1 decision", as said aloud (a game of one chapter may have one).
      : `${s.matched} of ${s.total} ${s.total === 1 ? noun.replace(/s$/, '') : noun} matched (${pct(s.share)})`,
    value: s.share,
    weight,
    points: s.share === null ? null : s.share * weight,
  });
  const parts: ScorePart[] = [
    share('Historical judgement', score.judgement, 'decisions', WEIGHTS.judgement * 100),
    share('Reading rivals', score.reading, 'predictions', WEIGHTS.reading * 100),
    { label: 'Survival', detail: survivalDetail, value: score.survival, weight: WEIGHTS.survival * 100, points: score.survival * WEIGHTS.survival * 100 },
  ];
  const used = parts.filter((p) => p.points !== null);
  const counted = used.reduce((s, p) => s + p.weight, 0);
  const points = used.reduce((s, p) => s + (p.points ?? 0), 0);
  const final = Math.round((points / counted) * 100);
  const sum = `(${used.map((p) => one(p.points ?? 0)).join(' + ')}) ÷ ${counted} × 100 = ${final}`;
  return { parts, counted, points, final, rank, sum };
}

function evidence(ids: readonly string[], played: ReadonlyMap<string, DebriefRow>, headings: ReadonlyMap<string, string>): EvidenceItem[] {
  return ids.map((id) => {
    const r = played.get(id);
    const happened = r?.card?.parts.find((p) => p.label === 'What really happened')?.text ?? null;
    return { decision: id, heading: r?.heading ?? headings.get(id) ?? id, chosen: r?.chosen ?? null, matched: r?.matched ?? null, happened };
  });
}

function debate(record: GameRecord, meta: StoryMeta, file: HistoriansFile | null, rows: ReadonlyMap<string, DebriefRow>): DebateView | null {
  if (meta.readings.length === 0) return null;
  const support = readingSupport(record.decisions, meta.readings);
  const tagged = support.reduce((s, r) => s + r.decisions.length, 0);
  const leading = leadingReadings(support).map((s) => s.reading.id);
  const readings: ReadingView[] = support.map((s) => {
    const text = file?.readings[s.reading.id];
    return {
      id: s.reading.id,
      label: s.reading.label,
      summary: text?.summary ?? null,
      historians: (text?.historians ?? []).map(({ teacherNote: _, ...h }) => h),
      decisions: s.decisions.map((d) => ({
        heading: rows.get(d.id)?.heading ?? d.id, when: when(d), chosen: d.chosenText,
        passage: (d.passage && file?.passages[d.passage]) || null,
      })),
      share: s.share,
      measure: `${s.decisions.length} of ${tagged}${tagged > 0 ? ` (${pct(s.share)})` : ''}`,
    };
  });
  const label = (id: string) => readings.find((r) => r.id === id)?.label ?? id;
  const verdict = tagged === 0
    ? 'None of your choices is one these historians explain, so your game supports no reading in particular.'
    : leading.length === 1
      ? `${tagged} of your choices are ones a historian explains. "${label(leading[0])}" explains the most: ${readings.find((r) => r.id === leading[0])?.measure}.`
      : `${tagged} of your choices are ones a historian explains. ${leading.map((id) => `"${label(id)}"`).join(' and ')} tie, with ${readings.find((r) => r.id === leading[0])?.measure} each.`;
  return {
    question: file?.question ?? '',
    prompt: file?.prompt || 'Which historian best explains the decisions you made?',
    readings, leading, tagged, verdict,
  };
}

function period(meta: StoryMeta): string | null {
  const from = meta.start ? parseDate(meta.start)?.year : undefined;
  const to = meta.end ? parseDate(meta.end)?.year : undefined;
  return from && to ? (from === to ? String(from) : `${from}–${to}`) : null;
}

export function buildDebrief(input: DebriefInput): DebriefModel {
  const { meta, record, score } = input;
  const wc = input.wholeClass ?? null;
  const votes = wc ? votesByDecision(record.decisions, wc.votes) : [];
  const rows = record.decisions.map((d, i) => row(d, meta, votes[i] ?? null));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const fall = record.endings.find((e) => e.kind === 'counterfactual') ?? null;
  // A span stops where the next chapter opens: its date is where survival is measured to, but
  // "lasted to 19 October 1956" alone reads as if that chapter had been played.
  const stopAt = record.span?.stopAt ?? null;
  const endDate = record.span?.end ?? meta.end ?? 'the end';
  const end = stopAt ? `${endDate}, where the next chapter, "${stopAt}", opens` : endDate;
  const you = wc ? (meta.player ? `The class's ${meta.player.label}` : 'The class') : meta.player ? `Your ${meta.player.label}` : 'You';
  const survivalDetail = fall
    ? `${you} first fell on ${fall.date ?? 'an unknown date'}: ${pct(score.survival)} of the way to ${end}. Survival counts to that first fall; carrying on as history went does not change it`
    : `${you} lasted to ${end}: ${pct(score.survival)}`;
  const acts = score.profile;
  const profile = acts.length > 0
    ? `${wc ? "The class's" : 'Your'} decisions followed ${acts.map((p) => `${labelOf(meta.cast, p.actor)}'s line ${pct(p.share)} of the time`).join(', ')}.`
    : null;
  const headings = new Map(rows.map((r) => [r.id, r.heading]));
  for (const e of input.timeline ?? []) if (e.decision && !headings.has(e.decision)) headings.set(e.decision, e.event);
  return {
    student: wc ? { name: wc.name, classCode: null } : input.student,
    audience: wc ? 'class' : 'player',
    span: input.span,
    score: scoreArithmetic(score, survivalDetail, score.rank),
    profile,
    fall: fall ? { date: fall.date } : null,
    rows,
    terms: termsMet(record.decisions.flatMap((d) => d.reveal?.terms ?? []), input.glossary),
    timeline: (input.timeline ?? []).map((e) => ({ ...e, played: e.decision !== null && byId.has(e.decision) })),
    period: period(meta),
    exam: (input.exam ?? []).map((q) => ({
      question: q.question,
      for: { case: q.for.case, evidence: evidence(q.for.decisions, byId, headings) },
      against: { case: q.against.case, evidence: evidence(q.against.decisions, byId, headings) },
    })),
    debate: debate(record, meta, input.historians, byId),
  };
}
