// The decision log: plain data, everything scoring and the debrief need, and nothing else.
import type { DecisionKind, Effect, EndingKind } from './tags';

export interface Reveal {
  paragraphs: string[];
  source: string | null;
  terms: string[];
}

export interface DecisionRecord {
  id: string;
  kind: DecisionKind;
  /** For a prediction, whose move the player predicted. */
  rival: string | null;
  prompt: string;
  date: string | null;
  chapter: string | null;
  chosenText: string;
  /** The actor the chosen option is aligned with. */
  actor: string | null;
  /** Whether the player's choice is what really happened: never after a time-out. */
  historical: boolean;
  /**
   * The time limit ran out: the player chose nothing, and the story went down the option its
   * writer marks for a time-out (`chosenText`; `actor` and `reading` are then null). Absent in
   * logs saved before time-outs were recorded.
   */
  timedOut?: boolean;
  historicalText: string | null;
  effects: Effect[];
  /**
   * The historians' reading the chosen option supports (`# reading:`), or null. Absent in logs
   * saved before readings existed.
   */
  reading?: string | null;
  /** The passage of the historians' notes behind `reading` (see ChoiceTags.passage). */
  passage?: string | null;
  /** What was decided, in a few words ("Arrest Beria?"), from `# heading:`; absent in older logs. */
  heading?: string | null;
  /** Power bases after this choice's effects. */
  power: Record<string, number>;
  /** The "what really happened" text the story gave after this decision. */
  reveal: Reveal | null;
}

/** Which decision it was, in a few words: its `# heading:` ("Arrest Beria?"), or its question in logs saved before headings. */
export const decisionHeading = (d: Pick<DecisionRecord, 'id' | 'prompt' | 'heading'>): string => d.heading || d.prompt || d.id;

export interface EndingRecord {
  kind: EndingKind;
  date: string | null;
  text: string;
  /** How many decisions had been made when the ending was reached. */
  afterDecisions: number;
}

/** A game limited to some chapters (see span.ts). */
export interface SpanRecord {
  /** Title of the first chapter played. */
  first: string;
  /** Title of the chapter that ends the game when it opens; null: the story's own end. */
  stopAt: string | null;
  /** The span's dates, over which survival is measured. */
  start: string | null;
  end: string | null;
}

export interface GameRecord {
  /** Every choice index taken, in order, decisions or not: replaying it rebuilds the game. */
  path: number[];
  decisions: DecisionRecord[];
  endings: EndingRecord[];
  /** Only in a game limited to some chapters: the choices before them are not in `path`. */
  span?: SpanRecord;
  /** Positions in `path` where the time limit ran out (absent: none). */
  timeouts?: number[];
}

export function emptyRecord(): GameRecord {
  return { path: [], decisions: [], endings: [] };
}
