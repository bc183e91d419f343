// The story runner: wraps an inkjs Story (never subclasses it) and turns ink's line-by-line
// output into turns the game can show: passages, "what really happened" cards, endings,
// and the choices with their tags. It keeps the decision log and applies effects.
import { Story } from 'inkjs';
import { storyHash } from './hash';
import { type StoryMeta, parseStoryMeta } from './meta';
import { type DecisionRecord, type GameRecord, type Reveal, type SpanRecord, emptyRecord } from './record';
import { historicalIndex } from './span';
import {
  type ChoiceTags, type DecisionKind, type EndingKind, type LineTags, type Moods, type Stake,
  parseChoiceTags, parseLineTags,
} from './tags';

export interface SceneContext {
  date: string | null;
  place: string | null;
  present: string[];
  chapter: string | null;
  scene: string | null;
}

export type SegmentKind = 'passage' | 'reveal' | 'ending';

export interface Segment {
  kind: SegmentKind;
  paragraphs: string[];
  context: SceneContext;
  /** The chapter this segment opens, if it opens one. */
  opensChapter: string | null;
  source: string | null;
  terms: string[];
  ending: EndingKind | null;
  /** `# mood:` tags on its lines: how the people in the room look while it is on screen. */
  moods: Moods;
  /** `# speaker:` on its lines: who speaks in it (the last named), picked out on the stage. */
  speaker: string | null;
}

export interface ChoiceView {
  index: number;
  text: string;
  tags: ChoiceTags;
  /** The choice exactly as ink gave it, untrimmed, with its tags unparsed. */
  raw: RawLine;
}

/** One line exactly as the ink runtime produced it, before the engine trims and groups it. */
export interface RawLine {
  text: string;
  tags: string[];
}

export interface DecisionView {
  id: string;
  kind: DecisionKind;
  rival: string | null;
  prompt: string;
  /** What is decided, in a few words (`# heading:`), or null. */
  heading: string | null;
  /** The power base and line this decision's outcome turns on (`# stake:`), shown before choosing. */
  stake: Stake | null;
}

/** Everything from one choice point to the next. */
export interface Turn {
  segments: Segment[];
  decision: DecisionView | null;
  choices: ChoiceView[];
  /** The story has ended: no more text and no choices. */
  finished: boolean;
  /** Every line of this turn as ink produced it: for tools that must show ink's own output. */
  lines: RawLine[];
}

/**
 * What went wrong, for callers to switch on: ink's own runtime error or warning (or its error
 * for a story that stops without `-> END` or `-> DONE`, which the checker reports as a dead
 * end), a malformed settings tag at the top of the story, a malformed tag on a line or an
 * option, an effect on a base the story never declared, a decision with no options.
 */
export type ProblemKind = 'ink-error' | 'ink-ran-out' | 'ink-warning' | 'global-tags' | 'tags' | 'undeclared-base' | 'empty-decision';

/** How ink words its error for a story that stops without `-> END` or `-> DONE`: read here only, into a kind. */
const INK_RAN_OUT = /ran out of content/;

export interface Problem {
  kind: ProblemKind;
  /** For a person: what is wrong. */
  message: string;
  /** Where ink was when it happened, or the tags that were malformed. */
  where: string;
}

export interface Checkpoint {
  inkState: string;
  /**
   * The log before the turn. When `revealDue`, its last decision is the one just taken, with
   * `reveal: null`: its card is in the turn this checkpoint replays, and it enters the game's log
   * with it (see `TakenDecision`).
   */
  record: GameRecord;
  context: SceneContext;
  /**
   * The choice that led here was a decision. Absent in saves made before it existed: there a
   * last decision with no card is taken to be the one just taken, which is how those games
   * filled it in.
   */
  revealDue?: boolean;
}

/**
 * A decision just taken, all of its record but the "what really happened" card, which is the
 * `# reveal` lines of the turn its choice leads to: the record enters the log whole once that
 * turn has been read, and is never changed after.
 */
export type TakenDecision = Omit<DecisionRecord, 'reveal'>;

export type ProblemHandler = (p: Problem) => void;

export interface GameStoryOptions {
  /** Told of ink runtime errors and warnings and of malformed tags. */
  onProblem?: ProblemHandler;
  /** A checkpoint to resume from (see `checkpointNow`), already validated. */
  from?: Checkpoint;
  /**
   * Keep a checkpoint at every choice (the default). A tool that never calls `checkpointNow`
   * can turn this off to save serialising ink's state on every `choose`.
   */
  checkpoints?: boolean;
}

/**
 * Far longer than a turn of a real story takes on the slowest machine. Ink given a damaged
 * state (a save edited by hand) can loop for ever inside one line; past this, the turn stops
 * with an error instead of freezing the page.
 */
const STUCK_MS = 2000;
/** How long ink runs before the engine looks at the clock. */
const SLICE_MS = 50;
/** Far more choices than any story has before its last chapter: a guard against a loop. */
const MAX_SKIPPED = 1000;

function emptyContext(): SceneContext {
  return { date: null, place: null, present: [], chapter: null, scene: null };
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export class GameStory {
  readonly meta: StoryMeta;
  readonly hash: string;
  // Protected, not private: StoryProbe (probe.ts) reads and resets them for the tools.
  protected readonly ink: Story;
  protected record: GameRecord = emptyRecord();
  /** The decision just taken, until the turn it leads to has been read (see `TakenDecision`). */
  protected taken: TakenDecision | null = null;
  protected context: SceneContext = emptyContext();
  protected current: Turn;
  protected checkpoint: Checkpoint | null;
  private readonly keepCheckpoints: boolean;
  private readonly onProblem: ProblemHandler;
  /** Power on history's own path after each decision: worked out once, at the first rejoin. */
  private history: Map<string, Record<string, number>> | null = null;

  /**
   * @param compiled the compiled story (ink JSON text)
   * @param options see `GameStoryOptions`; a new game needs none
   */
  constructor(
    private readonly compiled: string,
    options: GameStoryOptions = {},
  ) {
    this.onProblem = options.onProblem ?? (() => {});
    this.keepCheckpoints = options.checkpoints ?? true;
    this.hash = storyHash(compiled);
    this.ink = new Story(compiled);
    this.ink.onError = (message, type) => {
      const kind: ProblemKind = type === 1 ? 'ink-warning' : INK_RAN_OUT.test(message) ? 'ink-ran-out' : 'ink-error';
      this.onProblem({ kind, message: `${type === 1 ? 'Warning' : 'Error'} in the story: ${message}`, where: this.where() });
    };
    const meta = parseStoryMeta(this.ink.globalTags ?? []);
    this.meta = meta.value;
    for (const m of meta.problems) this.onProblem({ kind: 'global-tags', message: m, where: 'global tags' });
    if (options.from) this.load(options.from);
    this.checkpoint = this.snapshot();
    this.current = this.advance();
  }

  /**
   * Go back to a checkpoint of this story and replay its turn, keeping the parsed story:
   * much cheaper than a new GameStory when a tool revisits many states.
   */
  restore(from: Checkpoint): Turn {
    this.load(from);
    this.checkpoint = this.snapshot();
    this.current = this.advance();
    return this.current;
  }

  private load(from: Checkpoint): void {
    this.ink.state.LoadJson(from.inkState);
    this.record = clone(from.record);
    this.context = clone(from.context);
    // The decision whose card is in the turn to replay leaves the log until that turn is read.
    this.taken = null;
    const last = this.record.decisions.at(-1);
    if (!(from.revealDue ?? last?.reveal === null)) return;
    if (last?.reveal !== null) throw new Error('The checkpoint says a decision awaits its card, but its log has none waiting.');
    this.record.decisions.pop();
    const { reveal: _none, ...taken } = last;
    this.taken = taken;
  }

  /**
   * Start at a span's first chapter: play what really happened up to it, then forget those
   * choices: the log starts there, and remembers the span. Call on a freshly started game.
   */
  beginSpan(span: SpanRecord): Turn {
    this.record.span = clone(span);
    for (let step = 0; !this.current.segments.some((s) => s.opensChapter === span.first); step++) {
      if (this.current.finished || step > MAX_SKIPPED) {
        throw new Error(`The story never reaches the chapter "${span.first}" by what really happened.`);
      }
      this.choose(historicalIndex(this.current));
    }
    this.record = { ...emptyRecord(), span: clone(span) };
    if (this.checkpoint) this.checkpoint = { ...this.checkpoint, record: clone(this.record), revealDue: false };
    return this.current;
  }

  /** The turn on screen now. */
  get turn(): Turn {
    return this.current;
  }

  get log(): GameRecord {
    return clone(this.record);
  }

  /** The state just before the current turn was produced: restoring it replays that turn exactly. */
  checkpointNow(): Checkpoint {
    if (!this.checkpoint) {
      throw new Error(this.keepCheckpoints ? 'No checkpoint since resumeAt: choose first.' : 'This GameStory keeps no checkpoints.');
    }
    return clone(this.checkpoint);
  }

  /** The value of the ink variable `name` now (a save is checked against the kinds the story declares). */
  variable(name: string): unknown {
    return this.ink.variablesState.$(name);
  }

  /** Current value of each power base the story declares. */
  power(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const b of this.meta.bases) {
      const v = this.ink.variablesState.$(b.id);
      if (typeof v === 'number') out[b.id] = v;
    }
    return out;
  }

  /**
   * Take option `index`. `timedOut`: the player chose nothing before the time limit ran out and
   * the story goes down this option (see modes.ts): recorded as such, never as a match.
   */
  choose(index: number, timedOut = false): Turn {
    this.takeChoice(index, timedOut);
    return this.playTurn();
  }

  /**
   * Records the choice and hands it to ink; `playTurn` then plays the turn it leads to. A
   * decision enters the log only then, whole, with the card that turn shows (see `TakenDecision`).
   */
  protected takeChoice(index: number, timedOut = false): void {
    const choice = this.current.choices[index];
    if (!choice) {
      throw new RangeError(`There is no choice ${index + 1} here (there are ${this.current.choices.length}).`);
    }
    const decision = this.current.decision;
    if (timedOut && !decision) throw new RangeError('Only a decision has a time limit to run out.');
    this.applyEffects(choice.tags);
    this.taken = decision ? this.takenDecision(decision, choice, timedOut) : null;
    if (timedOut) this.record.timeouts = [...(this.record.timeouts ?? []), this.record.path.length];
    this.record.path.push(index);
    this.ink.ChooseChoiceIndex(index);
    if (choice.tags.rejoin) this.rejoinHistory();
    this.checkpoint = this.keepCheckpoints ? this.snapshot() : null;
  }

  /** See `takeChoice`. */
  protected playTurn(): Turn {
    this.current = this.advance();
    return this.current;
  }

  private takenDecision(d: DecisionView, choice: ChoiceView, timedOut: boolean): TakenDecision {
    const historical = this.current.choices.find((c) => c.tags.historical) ?? null;
    const record: TakenDecision = {
      id: d.id,
      kind: d.kind,
      rival: d.rival,
      prompt: d.prompt,
      date: this.context.date,
      chapter: this.context.chapter,
      chosenText: choice.text,
      actor: choice.tags.actor,
      historical: choice.tags.historical,
      historicalText: historical?.text ?? null,
      effects: choice.tags.effects,
      reading: choice.tags.reading,
      passage: choice.tags.passage,
      heading: d.heading,
      power: this.power(),
    };
    // Nobody chose: the time-out neither matches history nor aligns the player with anyone.
    return timedOut ? { ...record, timedOut: true, historical: false, actor: null, reading: null } : record;
  }

  private applyEffects(tags: ChoiceTags): void {
    for (const e of tags.effects) {
      const now = this.ink.variablesState.$(e.base);
      if (typeof now !== 'number') {
        this.onProblem({ kind: 'undeclared-base', message: `Effect on "${e.base}", which the story does not declare as a number VAR`, where: this.where() });
        continue;
      }
      this.ink.variablesState.$(e.base, Math.min(this.meta.power.max, Math.max(this.meta.power.min, now + e.delta)));
    }
  }

  /**
   * Back on history's path after a fall: each power base is set to where history had it after
   * the last decision the player made, so the fall's low numbers do not carry on into a story
   * that has returned to what really happened.
   */
  private rejoinHistory(): void {
    const last = this.taken ?? this.record.decisions.at(-1);
    const power = last ? this.historicalPower().get(last.id) : undefined;
    if (!power) return;
    for (const [base, value] of Object.entries(power)) this.ink.variablesState.$(base, value);
  }

  private historicalPower(): Map<string, Record<string, number>> {
    if (this.history) return this.history;
    const walk = new GameStory(this.compiled, { checkpoints: false });
    const history = new Map<string, Record<string, number>>();
    // History's path never falls; if a story made it, its rejoin would start this walk again.
    for (let step = 0; step < MAX_SKIPPED && !walk.turn.finished && !walk.turn.choices.some((c) => c.tags.rejoin); step++) {
      const at = walk.turn.decision?.id;
      walk.choose(historicalIndex(walk.turn));
      if (at) history.set(at, walk.power());
    }
    this.history = history;
    return history;
  }

  /** The log keeps its shape in a checkpoint: the decision just taken is last, its card still to come. */
  private snapshot(): Checkpoint {
    const record = clone(this.record);
    if (this.taken) record.decisions.push({ ...clone(this.taken), reveal: null });
    return { inkState: this.ink.state.ToJson(), record, context: clone(this.context), revealDue: this.taken !== null };
  }

  /** How many decisions have been taken, counting the one whose turn is being read. */
  private decisionsTaken(): number {
    return this.record.decisions.length + (this.taken ? 1 : 0);
  }

  private where(): string {
    return this.ink.state.currentPathString ?? '(start)';
  }

  private parseLine(raw: readonly string[]): LineTags {
    const parsed = parseLineTags(raw);
    for (const m of parsed.problems) this.onProblem({ kind: 'tags', message: m, where: this.where() });
    return parsed.value;
  }

  /** Ink's `Continue`, in slices, so that a story stuck in a loop is stopped (see STUCK_MS). */
  private nextLine(started: number): string {
    do {
      if (Date.now() - started > STUCK_MS) {
        throw new Error(`The story is stuck in a loop at ${this.where()}: its saved state is damaged.`);
      }
      this.ink.ContinueAsync(SLICE_MS);
    } while (!this.ink.asyncContinueComplete);
    return this.ink.currentText ?? '';
  }

  /** Run ink to the next choice point or the end, grouping its lines into segments. */
  private advance(): Turn {
    const segments: Segment[] = [];
    let decision: DecisionView | null = null;
    let seg = null as Segment | null;
    const lines: RawLine[] = [];
    const span = this.record.span;
    let spanOver = false;

    const started = Date.now();
    while (this.ink.canContinue) {
      const raw = { text: this.nextLine(started), tags: [...(this.ink.currentTags ?? [])] };
      lines.push(raw);
      const text = raw.text.trim();
      const tags = this.parseLine(raw.tags);
      const opensChapter = tags.chapter && tags.chapter !== this.context.chapter ? tags.chapter : null;
      if (span && opensChapter !== null && opensChapter === span.stopAt) {
        spanOver = true;
        break;
      }
      this.updateContext(tags);

      if (tags.decision) {
        decision = { id: tags.decision, kind: tags.kind ?? 'act', rival: tags.rival, prompt: text, heading: tags.heading, stake: tags.stake };
        continue;
      }
      if (tags.ending) {
        this.record.endings.push({
          kind: tags.ending, date: this.context.date, text, afterDecisions: this.decisionsTaken(),
        });
      }
      const kind: SegmentKind = tags.ending ? 'ending' : seg?.kind === 'ending' ? 'ending' : tags.reveal ? 'reveal' : 'passage';
      const fresh = !seg || seg.kind !== kind || tags.ending !== null || opensChapter !== null || (kind === 'passage' && tags.date !== null);
      if (fresh) {
        if (!text && !opensChapter && !tags.ending) continue;
        seg = {
          kind, paragraphs: [], context: clone(this.context), opensChapter,
          source: null, terms: [], ending: tags.ending, moods: {}, speaker: null,
        };
        segments.push(seg);
      }
      const s = seg as Segment;
      if (text) s.paragraphs.push(text);
      if (tags.source) s.source = tags.source;
      s.terms.push(...tags.terms);
      Object.assign(s.moods, tags.moods);
      if (tags.speaker) s.speaker = tags.speaker;
    }

    // Read whole (a span's end stops it after the card): the decision just taken is complete.
    if (this.taken) {
      this.record.decisions.push({ ...this.taken, reveal: revealOf(segments) });
      this.taken = null;
    }
    // The first turn of a span may begin with the end of the chapter before it.
    const opening = span ? segments.findIndex((s) => s.opensChapter === span.first) : -1;
    if (opening > 0) segments.splice(0, opening);
    if (spanOver) return { segments, decision: null, choices: [], finished: true, lines };

    const choices = this.ink.currentChoices.map((c, index) => {
      const parsed = parseChoiceTags(c.tags ?? []);
      for (const m of parsed.problems) this.onProblem({ kind: 'tags', message: m, where: `choice "${c.text}"` });
      return { index, text: c.text.trim(), tags: parsed.value, raw: { text: c.text, tags: [...(c.tags ?? [])] } };
    });
    if (decision && choices.length === 0) {
      this.onProblem({ kind: 'empty-decision', message: `Decision "${decision.id}" has no options`, where: this.where() });
      decision = null;
    }
    return { segments, decision, choices, finished: choices.length === 0, lines };
  }

  private updateContext(tags: LineTags): void {
    if (tags.chapter) this.context.chapter = tags.chapter;
    if (tags.date) this.context.date = tags.date;
    if (tags.place) this.context.place = tags.place;
    if (tags.scene) this.context.scene = tags.scene;
    if (tags.present) this.context.present = tags.present;
  }
}

/** A turn's "what really happened" card: all its `# reveal` lines, the last `# source:` among them; null if none. */
function revealOf(segments: readonly Segment[]): Reveal | null {
  const cards = segments.filter((s) => s.kind === 'reveal');
  if (cards.length === 0) return null;
  return {
    paragraphs: cards.flatMap((s) => s.paragraphs),
    source: cards.reduce<string | null>((source, s) => s.source ?? source, null),
    terms: cards.flatMap((s) => s.terms),
  };
}
