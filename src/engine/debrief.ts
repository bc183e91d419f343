// The debrief, computed once from the game and the story's data: everything the debrief screen
// and its printout show, as plain values. The view only lays it out. Pure: no DOM, no files.
import { approachOf } from './approach';
import { type Card, cardOf } from './card';
import type { TimelineEvent } from './chronology';
import { parseDate } from './dates';
import type { ExamQuestion } from './exam';
import { type Glossary, type TermMet, termsMet } from './glossary';
import { type Historian, type HistoriansFile, type Passage, leadingReadings, readingSupport } from './historians';
import { type StoryMeta, labelOf } from './meta';
import { type DecisionRecord, decisionHeading, type GameRecord } from './record';
import { type Score, WEIGHTS, survivalMeasure } from './scoring';
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
  /** "Chapters 6–7: …. What came before went as it really did." when the game covered only some chapters (engine/span.ts spanNote). */
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
  /** Whose approach the chosen option followed (approach.ts), in words that never contradict the verdict; null for a prediction. */
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
  /** The product as printed ("5 ÷ 17 × 50 = 14.71"), or null when left out. */
  working: string | null;
}

export interface ScoreArithmetic {
  parts: ScorePart[];
  /** The weights of the parts counted (100 when all are). */
  counted: number;
  /** Sum of the points as printed. */
  points: number;
  /** The engine's final score (scoring.ts), which points / counted × 100 rounds to. */
  final: number;
  rank: string | null;
  /** The sum written out, e.g. "(25.00 + 18.00 + 20.00) ÷ 100 × 100 = 63" or "(…) ÷ 70 × 100 = 49.59, which rounds to 50". */
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

/** Whose game a debrief is about, and so who it speaks to: one player ("you"), or a whole class on one screen. */
export type Audience = 'player' | 'class';

/**
 * The debrief's words for whoever played, each as it stands on the page: a student reads "Your
 * score", a class on the projector (and on its printout) "The class's score". The character's
 * name is the story's (`# player:`), never this file's.
 */
export interface DebriefWords {
  /** "You" / "The class": a sentence's subject. */
  subject: string;
  /** "Your" / "The class's": first in a heading or sentence. */
  whose: string;
  /** "your" / "the class's": inside a sentence. */
  whoseInside: string;
  /** "Your Khrushchev" / "The class's Khrushchev"; "You" / "The class" when the story names no player. */
  character: string;
  score: string;
  /** The score table's column of what was achieved. */
  result: string;
  decisions: string;
  /** The decisions table's column of what was chosen. */
  choice: string;
  /** Before a prediction's rival: "Read your rival" / "Read the rival". */
  readRival: string;
  power: string;
  terms: string;
  /** Exam practice: what the evidence is. */
  examIntro: string;
  /** Before an option chosen, in the exam's evidence: "You chose" / "The class chose". */
  chose: string;
  /** Inside a sentence: "you chose" / "the class chose" (the historians' debate). */
  choseInside: string;
  /** The historians' debate: the heading over the measure of the choices. */
  support: string;
  /** A reading that explains none of the choices. */
  noneChosen: string;
}

export function debriefWords(audience: Audience, meta: StoryMeta): DebriefWords {
  const c = audience === 'class';
  const subject = c ? 'The class' : 'You';
  const whose = c ? "The class's" : 'Your';
  const whoseInside = c ? "the class's" : 'your';
  return {
    subject, whose, whoseInside,
    character: meta.player ? `${whose} ${meta.player.label}` : subject,
    score: `${whose} score`,
    result: `${whose} result`,
    decisions: `${whose} decisions and what really happened`,
    choice: `${whose} choice`,
    readRival: c ? 'Read the rival' : 'Read your rival',
    power: `${whose} power bases through the game`,
    terms: c ? 'Key terms the class met' : 'Key terms you met',
    examIntro: `Questions in the style of the A-level paper, with the evidence from ${c ? "the class's" : 'your own'} game.`,
    chose: `${subject} chose`,
    choseInside: `${c ? 'the class' : 'you'} chose`,
    support: `The reading ${whoseInside} choices support`,
    noneChosen: `none of ${whoseInside} choices`,
  };
}

export interface DebriefModel {
  student: { name: string | null; classCode: string | null };
  /** Whose game it is: one player's, or a whole class's on one screen (the name is then the class's). */
  audience: Audience;
  /** What the debrief calls them, everywhere it speaks to them. */
  words: DebriefWords;
  span: string | null;
  score: ScoreArithmetic;
  /** "Of your 17 decisions, 5 were what Khrushchev actually did. Of the other 12: 6 followed Malenkov's approach; …", or null with no act decisions. */
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

function when(d: DecisionRecord): string {
  return [d.date, d.chapter].filter(Boolean).join(' · ');
}

function row(d: DecisionRecord, meta: StoryMeta, words: DebriefWords, vote: ClassVote | null = null): DebriefRow {
  const rival = d.kind === 'predict' ? labelOf(meta.cast, d.rival) : null;
  const verdict = d.kind === 'predict'
    ? `${words.subject} read ${rival} ${d.historical ? 'right' : 'wrong'}`
    : d.historical ? 'As it happened' : 'Not what happened';
  // The player's own character's approach beside "not what happened" says it was not what they did (approach.ts).
  const approach = d.kind === 'act' ? approachOf(d.actor, meta.player?.id ?? null, d.historical, meta) : null;
  const alignment = approach && approach.charAt(0).toUpperCase() + approach.slice(1);
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

/**
 * Whose approach the decisions to act followed (DESIGN.md's leader profile), in counts that agree
 * with "N of M decisions matched": what the player's character actually did is the decisions
 * matched, whatever option's actor; each other decision is named by its option's approach
 * (approach.ts), the character's own approach saying it was not what they did; a time-out is
 * nobody's. Null with no decision to act on.
 */
function profileOf(record: GameRecord, meta: StoryMeta, whose: string): string | null {
  const acts = record.decisions.filter((d) => d.kind === 'act');
  if (acts.length === 0) return null;
  const did = acts.filter((d) => d.historical).length;
  const others = new Map<string, number>();
  for (const d of acts.filter((a) => !a.historical)) {
    const what = d.timedOut ? 'ran out of time' : d.actor ? `followed ${approachOf(d.actor, meta.player?.id ?? null, false, meta)}` : 'followed no one\'s approach in particular';
    others.set(what, (others.get(what) ?? 0) + 1);
  }
  const rest = [...others.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([what, n]) => `${n} ${what}`);
  const done = meta.player ? `what ${meta.player.label} actually did` : 'what really happened';
  return `Of ${whose} ${acts.length} decision${acts.length === 1 ? '' : 's'}, ${did} ${did === 1 ? 'was' : 'were'} ${done}.` +
    (rest.length > 0 ? ` Of the other ${acts.length - did}: ${rest.join('; ')}.` : '');
}

/** What a part's value is measured by, in whole numbers a student can divide: "5 of 17", "113 of 156 days"; null for a whole (1). */
type Measure = { part: number; whole: number } | null;

/**
 * The score laid out so that the stated weights visibly give it, whole game or chosen chapters,
 * in arithmetic a student can check with the printed numbers alone: each part is "matched ÷
 * total × weight" (survival: days lasted ÷ days of the span), its points rounded to `places`;
 * the printed points add up, over the weights counted, to a number that rounds to the final
 * score. The engine rounds the exact sum (scoring.ts) and the printed points are rounded, so
 * two places are used where they agree with it, and more where a sum lies near a half.
 */
export function scoreArithmetic(score: Score, survival: { detail: string; measure: Measure }, rank: string | null): ScoreArithmetic {
  const judged = (label: string, s: Score['judgement'], noun: string, weight: number) => ({
    label,
    detail: s.share === null
      ? `no ${noun} in this game: left out, and the other weights count for more`
      // "1 of 1 decision", as said aloud (a game of one chapter may have one).
      : `${s.matched} of ${s.total} ${s.total === 1 ? noun.replace(/s$/, '') : noun} matched (${pct(s.share)})`,
    value: s.share,
    weight,
    measure: s.share === null ? undefined : ({ part: s.matched, whole: s.total } as Measure),
  });
  const raw = [
    judged('Historical judgement', score.judgement, 'decisions', WEIGHTS.judgement * 100),
    judged('Reading rivals', score.reading, 'predictions', WEIGHTS.reading * 100),
    // A game of no decisions has survival 0 and nothing to divide by: 0 of 1.
    { label: 'Survival', detail: survival.detail, value: score.survival, weight: WEIGHTS.survival * 100,
      measure: survival.measure && survival.measure.whole === 0 ? { part: 0, whole: 1 } : survival.measure },
  ];
  const counted = raw.reduce((s, p) => s + (p.measure === undefined ? 0 : p.weight), 0);
  const layOut = (places: number) => {
    const unit = 10 ** places;
    // Points in units of the last place, so that the sum is exact.
    const units = raw.map((p) => (p.measure === undefined ? null : Math.round((p.measure === null ? 1 : p.measure.part / p.measure.whole) * p.weight * unit)));
    const fixed = (u: number) => (u / unit).toFixed(places);
    const parts: ScorePart[] = raw.map((p, i) => {
      const u = units[i];
      const m = p.measure;
      return {
        label: p.label, detail: p.detail, value: p.value, weight: p.weight,
        points: u === null ? null : u / unit,
        working: u === null || m === undefined ? null : `${m === null ? '100%' : `${m.part} ÷ ${m.whole}`} × ${p.weight} = ${fixed(u)}`,
      };
    });
    const sumUnits = units.reduce<number>((s, u) => s + (u ?? 0), 0);
    const total = ((sumUnits / unit) * 100) / counted;
    return { parts, points: sumUnits / unit, total: total.toFixed(places), terms: units.filter((u): u is number => u !== null).map(fixed) };
  };
  // Two places, or more where the printed total would round to another score than the engine's.
  let laid = layOut(2);
  for (let places = 3; places <= 6 && Math.round(Number(laid.total)) !== score.final; places++) laid = layOut(places);
  const whole = Number(laid.total) === score.final;
  const sum = `(${laid.terms.join(' + ')}) ÷ ${counted} × 100 = ${whole ? score.final : `${laid.total}, which rounds to ${score.final}`}`;
  return { parts: laid.parts, counted, points: laid.points, final: score.final, rank, sum };
}

function evidence(ids: readonly string[], played: ReadonlyMap<string, DebriefRow>, headings: ReadonlyMap<string, string>): EvidenceItem[] {
  return ids.map((id) => {
    const r = played.get(id);
    const happened = r?.card?.parts.find((p) => p.label === 'What really happened')?.text ?? null;
    return { decision: id, heading: r?.heading ?? headings.get(id) ?? id, chosen: r?.chosen ?? null, matched: r?.matched ?? null, happened };
  });
}

function debate(
  record: GameRecord, meta: StoryMeta, file: HistoriansFile | null, rows: ReadonlyMap<string, DebriefRow>, audience: Audience, words: DebriefWords,
): DebateView | null {
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
  const your = words.whoseInside;
  const verdict = tagged === 0
    ? `None of ${your} choices is one these historians explain, so ${your} game supports no reading in particular.`
    : leading.length === 1
      ? `${tagged} of ${your} choices are ones a historian explains. "${label(leading[0])}" explains the most: ${readings.find((r) => r.id === leading[0])?.measure}.`
      : `${tagged} of ${your} choices are ones a historian explains. ${leading.map((id) => `"${label(id)}"`).join(' and ')} tie, with ${readings.find((r) => r.id === leading[0])?.measure} each.`;
  // The story's own question, put to whoever played: a class's (`classPrompt`) is not the student's "you".
  const prompt = audience === 'class'
    ? file?.classPrompt || 'Which historian best explains the decisions the class made?'
    : file?.prompt || 'Which historian best explains the decisions you made?';
  return {
    question: file?.question ?? '',
    prompt,
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
  const audience: Audience = wc ? 'class' : 'player';
  const words = debriefWords(audience, meta);
  const rows = record.decisions.map((d, i) => row(d, meta, words, votes[i] ?? null));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const fall = record.endings.find((e) => e.kind === 'counterfactual') ?? null;
  // A span stops where the next chapter opens: its date is where survival is measured to, but
  // "lasted to 19 October 1956" alone reads as if that chapter had been played.
  const stopAt = record.span?.stopAt ?? null;
  const endDate = record.span?.end ?? meta.end ?? 'the end';
  const end = stopAt ? `${endDate}, where the next chapter, "${stopAt}", opens` : endDate;
  const you = words.character;
  const measure = survivalMeasure(record, meta);
  const way = measure && measure.whole > 0 ? ` (${measure.part} of the ${measure.whole} ${measure.unit})` : '';
  const survivalDetail = fall
    ? `${you} first fell on ${fall.date ?? 'an unknown date'}: ${pct(score.survival)} of the way${way} to ${end}. Survival counts to that first fall; carrying on as history went does not change it`
    : `${you} lasted to ${end}: ${pct(score.survival)}`;
  const profile = profileOf(record, meta, words.whoseInside);
  const headings = new Map(rows.map((r) => [r.id, r.heading]));
  for (const e of input.timeline ?? []) if (e.decision && !headings.has(e.decision)) headings.set(e.decision, e.event);
  return {
    student: wc ? { name: wc.name, classCode: null } : input.student,
    audience,
    words,
    span: input.span,
    score: scoreArithmetic(score, { detail: survivalDetail, measure }, score.rank),
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
    debate: debate(record, meta, input.historians, byId, audience, words),
  };
}
