// What each way of playing shows and allows: a lesson, or a class competition under the
// teacher's settings (its class code). The views ask here and draw what they are told.
//
// - A lesson shows everything at once: each choice's outcome and "what really happened".
// - A competition whose class holds feedback back shows neither until the debrief: nothing on
//   screen tells whether a choice matched history. A class that shows feedback sees both.
// - A competition may put a time limit on each decision. It starts when the choices appear,
//   stretched by any extra time (an access arrangement). When it runs out the story goes down
//   the option its writer marks `# timeout`, or else the first that is not what really happened:
//   never a random one, and never scored as a match (story.ts records "Time ran out").
import type { Turn } from './story';

/** What a class code says about how its class plays (codes/classCode.ts ClassSettings has it). */
export interface ClassRules {
  secondsPerDecision: number | null;
  holdFeedback: boolean;
  fromChapter: number | null;
  toChapter: number | null;
  soundOff: boolean;
}

/** Extra time for access arrangements, in percent of the class's time limit. */
export type ExtraTime = 0 | 25 | 50;
export const EXTRA_TIMES: readonly ExtraTime[] = [0, 25, 50];

/**
 * Extra time stretches a time limit, so only a class with one offers it. A class with no limit
 * has nothing to stretch: none is offered, and none is recorded (a result code written before
 * this rule may carry some; it is read as none).
 */
export const offersExtraTime = (rules: Pick<ClassRules, 'secondsPerDecision'>): boolean => rules.secondsPerDecision !== null;
export const extraTimeFor = (rules: Pick<ClassRules, 'secondsPerDecision'>, extraTime: ExtraTime): ExtraTime => (offersExtraTime(rules) ? extraTime : 0);

export interface ModeRules {
  mode: 'lesson' | 'competition';
  /** "What really happened" after each decision (else it waits for the debrief). */
  showCards: boolean;
  /** The lines a choice leads to before its card, which say whether it matched history. */
  showOutcomes: boolean;
  /** Time for each decision in milliseconds, extra time included; null: no limit. */
  decisionMs: number | null;
  /** The class asked for no sound (a quiet room). */
  soundOff: boolean;
}

export const LESSON: ModeRules = { mode: 'lesson', showCards: true, showOutcomes: true, decisionMs: null, soundOff: false };

export function competitionRules(settings: ClassRules, extraTime: ExtraTime = 0): ModeRules {
  const limit = settings.secondsPerDecision;
  return {
    mode: 'competition',
    showCards: !settings.holdFeedback,
    showOutcomes: !settings.holdFeedback,
    decisionMs: limit === null ? null : Math.round(limit * 1000 * (1 + extraTime / 100)),
    soundOff: settings.soundOff,
  };
}

/**
 * A turn as the rules let the player see it. `afterDecision`: the turn follows a decision's
 * choice, so its passage before the "what really happened" card is that choice's outcome
 * (story/README.md: the outcome comes first, then the card).
 */
export function visibleTurn(turn: Turn, rules: ModeRules, afterDecision: boolean): Turn {
  let segments = turn.segments;
  if (!rules.showOutcomes && afterDecision) {
    const card = segments.findIndex((s) => s.kind === 'reveal');
    if (card > 0) segments = segments.filter((s, i) => i >= card || s.kind !== 'passage' || s.opensChapter !== null);
  }
  if (!rules.showCards) segments = segments.filter((s) => s.kind !== 'reveal');
  return segments === turn.segments ? turn : { ...turn, segments };
}

/**
 * The option a decision's time-out follows: the one its writer tagged `# timeout`, else the
 * first that is not what really happened, else the first.
 */
export function timeoutOption(turn: Turn): number {
  const tagged = turn.choices.findIndex((c) => c.tags.timeout);
  if (tagged >= 0) return tagged;
  return Math.max(0, turn.choices.findIndex((c) => !c.tags.historical));
}

/** Seconds left of `limitMs` started at `startedAt`, at `now` (whole seconds, rounded up). */
export function secondsLeft(limitMs: number, startedAt: number, now: number): number {
  return Math.max(0, Math.ceil((limitMs - Math.max(0, now - startedAt)) / 1000));
}

/**
 * What a screen reader should be told as the seconds left go from `before` to `after` (one
 * tick, or several if the page was asleep): at half time, 30 and 10 seconds, and the end; never
 * every second. Null: nothing to say now.
 */
export function countdownNews(limitMs: number, before: number, after: number): string | null {
  if (after >= before) return null;
  if (after === 0) return 'Time ran out.';
  const total = Math.ceil(limitMs / 1000);
  const points = [Math.floor(total / 2), 30, 10].filter((p) => p > 0 && p < total);
  const passed = points.filter((p) => after <= p && p < before);
  if (passed.length === 0) return null;
  return `${after} seconds left to choose.`;
}

type ChapterSpanRules = Pick<ClassRules, 'fromChapter' | 'toChapter'>;

/** "The whole story.", "Only chapter 2, …." or "From chapter 6, … to the end.": the same for students and teachers. */
function chaptersSentence(s: ChapterSpanRules, chapterTitle: (n: number) => string | null): string {
  const chapter = (n: number) => {
    const title = chapterTitle(n);
    return title ? `chapter ${n}, ${title}` : `chapter ${n}`;
  };
  if (s.fromChapter === null && s.toChapter === null) return 'The whole story.';
  if (s.fromChapter !== null && s.fromChapter === s.toChapter) return `Only ${chapter(s.fromChapter)}.`;
  return `From ${s.fromChapter === null ? 'the start' : chapter(s.fromChapter)} to ${s.toChapter === null ? 'the end' : chapter(s.toChapter)}.`;
}

/** The class's settings in sentences, for the student's Competition screen. */
export function describeClass(s: ClassRules, chapterTitle: (n: number) => string | null = () => null): string[] {
  return [
    s.secondsPerDecision === null ? 'No time limit.' : `${s.secondsPerDecision} seconds for each decision, from when its choices appear.`,
    s.holdFeedback
      ? 'What really happened, and whether your choices matched it, stays hidden until the end.'
      : 'What really happened is shown after each decision.',
    chaptersSentence(s, chapterTitle),
    ...(s.soundOff ? ['Sound is off.'] : []),
  ];
}

/**
 * The class's settings in sentences, for the teacher: under a new class code, and heading
 * each class's results (so that results played under different rules are told apart).
 */
export function describeClassForTeacher(
  s: Omit<ClassRules, 'soundOff'> & { soundOff?: boolean },
  chapterTitle: (n: number) => string | null = () => null,
): string[] {
  return [
    s.secondsPerDecision === null ? 'No time limit.' : `${s.secondsPerDecision} seconds for each decision.`,
    s.holdFeedback ? '"What really happened" is held back until the debrief.' : '"What really happened" is shown after each decision.',
    chaptersSentence(s, chapterTitle),
    ...(s.soundOff ? ['Sound is off.'] : []),
  ];
}
