// The teacher's guide, made from the story's own data so that it follows the story when a
// writer changes it: for each chapter its dates, reading time (engine/reading.ts, the same
// figure the chapter choosers show), what the class will decide, what really happened, questions
// for before and after the vote, the key terms with definitions and the sources; lesson plans
// for a period; and the notes on the historians that stay out of the students' debrief.
// Pure: the caller plays nothing but hands in a freshly started game.
import { approachOf } from './approach';
import { type Card, cardOf, cardSection } from './card';
import { type Glossary, type TermMet, termsMet } from './glossary';
import type { HistoriansFile } from './historians';
import { labelOf, type StoryMeta } from './meta';
import { type ChapterReading, READING_PACE, chapterReadings, spanMinutes } from './reading';
import { historicalIndex } from './span';
import type { GameStory } from './story';

export interface GuideOption {
  text: string;
  /** What really happened (`# historical`). */
  historical: boolean;
  /** Whose real action or argument it follows (`# actor:`, "Beria"), or null. */
  actor: string | null;
  /** For an option that is not what happened: whose approach it follows, in words (approach.ts), or null. */
  approach: string | null;
}

export interface GuideDecision {
  id: string;
  heading: string;
  kind: 'act' | 'predict';
  /** For a prediction: whose move ("Malenkov"). */
  rival: string | null;
  date: string | null;
  prompt: string;
  options: GuideOption[];
  card: Card | null;
  /** The card's "What really happened", alone. */
  happened: string | null;
  terms: TermMet[];
  source: string | null;
  /** Questions for the class before the vote, and after it, made from the decision's own data. */
  before: string[];
  after: string[];
}

export interface GuideChapter {
  number: number;
  title: string;
  /** The chapter's first date, and the last date its own passages give (null: the same day as `from`). */
  from: string | null;
  to: string | null;
  words: number;
  minutes: number;
  decisions: GuideDecision[];
}

export type LessonKind = 'whole-class' | 'individual' | 'competition';

/** One lesson of a plan: the chapters it covers and where its minutes go. */
export interface PlannedLesson {
  from: number;
  to: number;
  reading: number;
  /** Discussion and voting (whole class) at each decision. */
  deciding: number;
  /** Starting the game, and the debrief (or the leaderboard) at the end. */
  setup: number;
  debrief: number;
  total: number;
  /** A single chapter longer than the period: it needs a longer lesson or two. */
  over: boolean;
}

export interface LessonPlan {
  kind: LessonKind;
  title: string;
  /** How the minutes are counted, in a sentence. */
  basis: string;
  period: number;
  lessons: PlannedLesson[];
}

export interface HistorianNote {
  name: string;
  work: string;
  date: string;
  note: string;
}

export interface Guide {
  title: string;
  period: string | null;
  pace: number;
  /** Reading minutes for the whole story, at `pace`. */
  minutes: number;
  chapters: GuideChapter[];
  plans: LessonPlan[];
  notes: HistorianNote[];
}

/** Minutes a whole class spends at each decision: the discussion (the timer's default) and the count. */
export const CLASS_MINUTES_PER_DECISION = 3;
/** Minutes to start: the title and the class's name, or a class code typed in. */
export const SETUP_MINUTES = { 'whole-class': 5, individual: 5, competition: 8 } as const;
/** Minutes for the debrief at the end (the leaderboard, for a competition). */
export const DEBRIEF_MINUTES = 10;
/** The periods the plans are made for. */
export const PERIODS = [50, 60] as const;

/** Far more choices than any story has: a guard against a story that loops. */
const MAX_STEPS = 1000;

function questions(d: Omit<GuideDecision, 'before' | 'after'>, meta: StoryMeta): { before: string[]; after: string[] } {
  const player = meta.player?.label ?? 'the leader';
  const real = d.options.find((o) => o.historical)?.text.replace(/\.$/, '') ?? null;
  const others = [...new Set(d.options.filter((o) => !o.historical && o.actor && o.actor !== meta.player?.label).map((o) => o.actor))];
  const why = d.card ? cardSection(d.card, 'Why') : '';
  const term = d.terms[0]?.term ?? null;
  if (d.kind === 'predict') {
    return {
      before: [
        `What does ${d.rival} want at this moment, and what does ${d.rival} fear?`,
        `Which option fits what ${d.rival} has done so far in the story? Which would surprise you?`,
      ],
      after: [
        real ? `What ${d.rival} really did: “${real}”. What did the class get right or wrong about ${d.rival}, and why?` : `What did ${d.rival} really do, and why?`,
        ...(term ? [`What does “${term}” mean, and how does this moment show it?`] : []),
      ],
    };
  }
  return {
    before: [
      `${d.prompt} What would each option gain ${player}, and what would it risk?`,
      ...(meta.bases.length > 0 ? [`Which of the power bases (${meta.bases.map((b) => b.label).join(', ')}) does ${player} need most here?`] : []),
    ],
    after: [
      real ? `What ${player} really did: “${real}”. ${why ? 'Using the card, explain why.' : 'Why?'}` : `What did ${player} really do, and why?`,
      ...(others.length > 0 ? [`The other options follow the line of ${others.join(' and ')}. Could either have worked in this situation?`] : []),
      ...(term ? [`What does “${term}” mean, and how does this decision show it?`] : []),
    ],
  };
}

/**
 * The fewest lessons that hold the chapters in order (a lesson of several chapters never runs
 * over; a chapter longer than a lesson has one to itself), and among those the most even: filling
 * each lesson in turn gave "50 minutes, then 19".
 */
function evenLessons(count: number, lessonOf: (from: number, to: number) => PlannedLesson): PlannedLesson[] {
  const fits = (l: PlannedLesson) => !l.over || l.from === l.to;
  let fewest = 0;
  for (let from = 1; from <= count; fewest += 1) {
    let to = from;
    while (to < count && fits(lessonOf(from, to + 1))) to += 1;
    from = to + 1;
  }
  // The split of chapters from..count into k lessons with the least sum of squared lengths.
  const memo = new Map<string, { cost: number; lessons: PlannedLesson[] } | null>();
  const best = (from: number, k: number): { cost: number; lessons: PlannedLesson[] } | null => {
    const key = `${from}:${k}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let found: { cost: number; lessons: PlannedLesson[] } | null = null;
    for (let to = from; to <= count - (k - 1); to++) {
      const lesson = lessonOf(from, to);
      if (!fits(lesson)) break;
      const rest = k === 1 ? (to === count ? { cost: 0, lessons: [] } : null) : best(to + 1, k - 1);
      if (rest && (!found || lesson.total ** 2 + rest.cost < found.cost)) {
        found = { cost: lesson.total ** 2 + rest.cost, lessons: [lesson, ...rest.lessons] };
      }
    }
    memo.set(key, found);
    return found;
  };
  return best(1, fewest)?.lessons ?? [];
}

/** Split the story into lessons of at most `period` minutes, chapter by chapter, in order. */
function plan(kind: LessonKind, period: number, chapters: readonly GuideChapter[], readings: readonly ChapterReading[], pace: number): LessonPlan {
  const lessonOf = (from: number, to: number): PlannedLesson => {
    const reading = spanMinutes(readings, { from, to }, pace);
    const decisions = chapters.slice(from - 1, to).reduce((n, c) => n + c.decisions.length, 0);
    const deciding = kind === 'whole-class' ? decisions * CLASS_MINUTES_PER_DECISION : 0;
    const setup = SETUP_MINUTES[kind];
    const total = reading + deciding + setup + DEBRIEF_MINUTES;
    return { from, to, reading, deciding, setup, debrief: DEBRIEF_MINUTES, total, over: total > period };
  };
  const lessons = evenLessons(chapters.length, lessonOf);
  const titles: Record<LessonKind, string> = {
    'whole-class': 'A whole-class lesson on one screen',
    individual: 'An individual lesson (each student plays)',
    competition: 'A class competition',
  };
  const basis: Record<LessonKind, string> = {
    'whole-class': `Reading at ${pace} words a minute, ${CLASS_MINUTES_PER_DECISION} minutes at each decision to discuss and count hands, ${SETUP_MINUTES['whole-class']} minutes to start and ${DEBRIEF_MINUTES} for the class's debrief.`,
    individual: `Reading at ${pace} words a minute (students choose as they read), ${SETUP_MINUTES.individual} minutes to start and ${DEBRIEF_MINUTES} for the debrief.`,
    competition: `Reading at ${pace} words a minute, ${SETUP_MINUTES.competition} minutes to hand out the class code and start, and ${DEBRIEF_MINUTES} to collect the result codes and show the leaderboard.`,
  };
  return { kind, title: titles[kind], basis: basis[kind], period, lessons };
}

/**
 * The guide. `fresh` and `forReading` must be freshly started games of the story: the first is
 * played along what really happened to read each decision, the second by chapterReadings.
 */
export function buildGuide(input: {
  fresh: GameStory;
  forReading: GameStory;
  glossary: Glossary | null;
  historians: HistoriansFile | null;
  pace?: number;
}): Guide {
  const { fresh: game, glossary, historians } = input;
  const pace = input.pace ?? READING_PACE;
  const meta = game.meta;
  const readings = chapterReadings(input.forReading, pace);
  const offered = new Map<string, GuideOption[]>();
  // The last date each chapter's own passages give, as history went: the next chapter's opening
  // date would say "5 March 1953 to March 1953" of a chapter that runs to 14 March.
  const lastDate = new Map<string, string>();
  const dated = () => {
    for (const seg of game.turn.segments) if (seg.context.chapter && seg.context.date) lastDate.set(seg.context.chapter, seg.context.date);
  };
  for (let step = 0; step < MAX_STEPS && !game.turn.finished; step++) {
    dated();
    const { decision, choices } = game.turn;
    if (decision) {
      // Whose move it is: the player's, or for a prediction the rival's.
      const decider = decision.kind === 'predict' ? decision.rival : meta.player?.id ?? null;
      offered.set(decision.id, choices.map((c) => ({
        text: c.text, historical: c.tags.historical, actor: c.tags.actor ? labelOf(meta.cast, c.tags.actor) : null,
        approach: c.tags.historical ? null : approachOf(c.tags.actor, decider, false, meta),
      })));
    }
    game.choose(historicalIndex(game.turn));
  }
  dated();
  const chapters: GuideChapter[] = readings.map((r, i) => {
    const to = lastDate.get(r.title) ?? null;
    return { number: i + 1, title: r.title, from: r.date, to: to === r.date ? null : to, words: r.words, minutes: r.minutes, decisions: [] };
  });
  for (const d of game.log.decisions) {
    const chapter = chapters.find((c) => c.title === d.chapter) ?? chapters.at(-1);
    if (!chapter) continue;
    const card = d.reveal ? cardOf(d.reveal.paragraphs, d.reveal.terms, d.reveal.source) : null;
    const base = {
      id: d.id, heading: d.heading || d.prompt, kind: d.kind, rival: d.kind === 'predict' ? labelOf(meta.cast, d.rival) : null,
      date: d.date, prompt: d.prompt, options: offered.get(d.id) ?? [], card,
      happened: card ? cardSection(card, 'What really happened') || null : null,
      terms: termsMet(d.reveal?.terms ?? [], glossary), source: d.reveal?.source ?? null,
    };
    chapter.decisions.push({ ...base, ...questions(base, meta) });
  }
  const notes = historians
    ? Object.values(historians.readings).flatMap((r) => r.historians.flatMap((h) => (h.teacherNote ? [{ name: h.name, work: h.work, date: h.date, note: h.teacherNote }] : [])))
    : [];
  const years = [meta.start, meta.end].map((d) => d?.match(/\d{4}/)?.[0] ?? null);
  return {
    title: meta.title ?? 'The story',
    period: years[0] && years[1] ? (years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`) : null,
    pace,
    minutes: spanMinutes(readings, { from: null, to: null }, pace),
    chapters,
    plans: (['whole-class', 'individual', 'competition'] as const).flatMap((kind) => PERIODS.map((p) => plan(kind, p, chapters, readings, pace))),
    notes,
  };
}
