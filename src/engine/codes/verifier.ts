// The verifier: replays a result code's choices through the teacher's copy of the story.
//
//   verifyResultCode(code, compiled, expectedClassCode?)
//                                             → { ok: true, result } | { ok: false, reason }
//       result: VerifiedResult (name, class code, times, attempt, extra time, choices, and the
//       score, log and options the replay found); a refusal has a `kind` to switch on and a
//       `reason` for a teacher. Keeps one parsed story per compiled text (see ResultVerifier) so that many
//       codes verify quickly; use a ResultVerifier directly to control that yourself.
import type { GameRecord } from '../record';
import { type Score, scoreGame } from '../scoring';
import { type Chapter, type ChapterSpan, playChapters, spanRecord, wholeStory } from '../span';
import { type ChoicePointState, StoryProbe } from '../probe';
import { GameStory } from '../story';
import { timeoutOption } from '../modes';
import { classData, readableClassCode, readClassCode } from './classCode';
import { gameFingerprint } from './fingerprint';
import { decodeResult, MAX_OPTIONS, type OfferedDecision, type ResultCheck, refuse } from './resultCode';

interface Replay {
  score: Score;
  record: GameRecord;
  offered: OfferedDecision[];
}

/** Make a cached replay read-only: it is handed to every caller whose code has the same path. */
function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

/**
 * A choice point some code's replay has passed: ink's state there, the decision log so far
 * and what was offered so far. Only ever made by playing the story, so resuming from it is
 * the same as replaying its choices again.
 */
interface ReplayNode {
  at: ChoicePointState;
  /** The log at this point; its objects are shared with the nodes below and never changed. */
  record: GameRecord;
  offered: OfferedDecision[];
  depth: number;
  parent: ReplayNode | null;
  /** By option index, and whether time ran out there (see `branch`). */
  children: Map<number, ReplayNode>;
  /** When a code last passed here; never more recent than the parent's. */
  used: number;
}

/** A replay tree's key for a choice: the option, and whether the time limit ran out. */
const branch = (index: number, timedOut: boolean) => index + (timedOut ? MAX_OPTIONS : 0);

/**
 * Verifies result codes against one compiled story. It parses the story once and replays each
 * code's choices through it from the start (or the start of the class's chapters). Codes of one
 * class share their first choices, so it keeps the story's state at the choice points codes
 * have passed, in a tree by choices made: a code is replayed from the furthest point it shares
 * with an earlier code, every choice after it played by the story. Each code adds at most one
 * point to the tree (the one after the shared ones), so the tree grows where codes agree; the
 * least recently used points go when it is full. It also remembers the last few hundred
 * results, so the same choices (a code pasted twice) are replayed once.
 * Results are frozen: treat them as read-only.
 */
export class ResultVerifier {
  private game: StoryProbe;
  /** gameFingerprint of the story it checks against: the fingerprint its class codes must carry. */
  readonly fingerprint: number;
  private readonly replays = new Map<string, Replay | string>();
  private static readonly REMEMBERED = 500;
  /** Choice points kept by default, beyond the starts: a few megabytes at most. */
  static readonly MAX_POINTS = 2000;
  private readonly maxPoints: number;
  /** Where the whole story starts (key "") and where a class's span of chapters starts ("6-7"). */
  private readonly roots = new Map<string, ReplayNode>();
  private points = 0;
  private clock = 0;
  private chapterList: Chapter[] | null = null;

  /** @param options.points how many choice points to keep (tests use a few, to see them go) */
  constructor(
    readonly compiled: string,
    options: { points?: number } = {},
  ) {
    this.maxPoints = Math.max(4, options.points ?? ResultVerifier.MAX_POINTS);
    // No checkpoints: the verifier never saves, and snapshotting every choice is slow.
    this.game = this.freshGame();
    this.fingerprint = gameFingerprint(this.game.hash);
    this.roots.set('', this.node(null, []));
  }

  private freshGame(): StoryProbe {
    return new StoryProbe(this.compiled, { checkpoints: false });
  }

  verify(code: string, expectedClassCode?: string): ResultCheck {
    const decoded = decodeResult(code);
    if ('ok' in decoded) return decoded;
    if (decoded.fingerprint !== this.fingerprint) {
      return refuse(
        'other-story',
        'This result code was made with a different version of the story or of its scoring, so its choices cannot be checked against this one: make sure the class and this page use the same copy of Thaw.',
      );
    }
    if (expectedClassCode !== undefined) {
      const expected = readClassCode(expectedClassCode);
      if (!expected.ok) return refuse('bad-class', `The class code to check against is not valid: ${expected.reason}`);
      const same = classData(expected.settings).every((s, i) => s === decoded.classData[i]);
      if (!same) {
        return refuse('other-class', `This result code is from another class (class code ${decoded.classCode}), not from ${readableClassCode(expectedClassCode)}.`);
      }
    }
    const replay = this.replay(decoded.path, decoded.timeouts, { from: decoded.settings.fromChapter, to: decoded.settings.toChapter });
    if (typeof replay === 'string') return refuse('altered', replay);
    const { name, classCode, seconds, startedAt, attempt, extraTime, path, settings: rules } = decoded;
    return { ok: true, result: { name, classCode, seconds, startedAt, attempt, extraTime, rules, path, ...replay } };
  }

  /** How many choice points are kept now, beyond the starts. */
  get pointsKept(): number {
    return this.points;
  }

  /** The story's chapters, in order (found once, when a class code first names a span). */
  get chapters(): Chapter[] {
    this.chapterList ??= playChapters(new GameStory(this.compiled));
    return this.chapterList;
  }

  /** The choice point a class's game starts from: the story's start, or its first chapter's. */
  private startOf(span: ChapterSpan): { key: string; root: ReplayNode } {
    const whole = this.roots.get('') as ReplayNode;
    const limited = wholeStory(span) ? null : spanRecord(span, this.chapters, this.game.meta);
    if (!limited) return { key: '', root: whole };
    const key = `${span.from ?? ''}-${span.to ?? ''}`;
    let root = this.roots.get(key);
    if (!root) {
      this.game.resumeAt(whole.at, whole.record);
      this.game.beginSpan(limited);
      root = this.node(null, []);
      this.roots.set(key, root);
    }
    return { key, root };
  }

  private replay(path: readonly number[], timeouts: readonly number[], span: ChapterSpan): Replay | string {
    const { key: spanKey, root } = this.startOf(span);
    const key = `${spanKey}:${path.join('')}:${timeouts.join(',')}`;
    const known = this.replays.get(key);
    if (known !== undefined) return known;
    const outcome = this.play(path, new Set(timeouts), root);
    if (this.replays.size >= ResultVerifier.REMEMBERED) this.replays.delete(this.replays.keys().next().value as string);
    this.replays.set(key, typeof outcome === 'string' ? outcome : deepFreeze(outcome));
    return outcome;
  }

  /** The game's state now, as a point of the tree (a root when `parent` is null). */
  private node(parent: ReplayNode | null, offered: OfferedDecision[]): ReplayNode {
    const log = this.game.log;
    let record = log;
    if (parent) {
      // A log only grows (a decision enters it whole, with its card): the parent's decisions
      // and endings are shared, not copied.
      record = {
        ...log,
        decisions: [...parent.record.decisions, ...log.decisions.slice(parent.record.decisions.length)],
        endings: [...parent.record.endings, ...log.endings.slice(parent.record.endings.length)],
      };
    }
    return {
      at: this.game.choicePointState(), record, offered: [...offered],
      depth: parent ? parent.depth + 1 : 0, parent, children: new Map(), used: this.clock,
    };
  }

  private play(path: readonly number[], timeouts: ReadonlySet<number>, root: ReplayNode): Replay | string {
    const game = this.game;
    this.clock += 1;
    // The furthest choice point an earlier code has passed on the way.
    let from = root;
    from.used = this.clock;
    while (from.depth < path.length) {
      const next = from.children.get(branch(path[from.depth], timeouts.has(from.depth)));
      if (!next) break;
      from = next;
      from.used = this.clock;
    }
    const offered = [...from.offered];
    let grown = false;
    try {
      game.resumeAt(from.at, from.record);
      for (let step = from.depth; step < path.length; step++) {
        const index = path[step];
        const turn = game.turn;
        if (turn.finished) {
          return `This result code has choices after the end of the game (the game ends after choice ${step}): it was altered or made by hand.`;
        }
        if (index >= turn.choices.length) {
          return `This result code has a choice the story never offers (option ${index + 1} at choice ${step + 1}, where there are ${turn.choices.length}): it was altered or made by hand.`;
        }
        const timedOut = timeouts.has(step);
        if (timedOut && (!turn.decision || index !== timeoutOption(turn))) {
          return `This result code has a time-out at choice ${step + 1} that the game would not have made there: it was altered or made by hand.`;
        }
        if (turn.decision) {
          offered.push({
            id: turn.decision.id,
            prompt: turn.decision.prompt,
            options: turn.choices.map((c) => ({ text: c.text, historical: c.tags.historical })),
            chosen: index,
            timedOut,
          });
        }
        game.choose(index, timedOut);
        if (!grown && !game.turn.finished) {
          grown = true;
          from.children.set(branch(index, timedOut), this.node(from, offered));
          if (++this.points > this.maxPoints) this.prune();
        }
      }
    } catch {
      // Ink may be left mid-line: the next code starts on a new copy of the story.
      this.game = this.freshGame();
      return 'The story could not replay the choices in this result code: it was altered or made by hand.';
    }
    if (!game.turn.finished) {
      return `This result code stops after ${path.length} choices, before the end of the game: it was cut short, altered or made by hand.`;
    }
    const record = game.log;
    return { score: scoreGame(record, game.meta), record, offered };
  }

  /** Forget the least recently used quarter of the choice points, deepest first. */
  private prune(): void {
    const all: ReplayNode[] = [];
    const visit = (n: ReplayNode) => {
      for (const c of n.children.values()) {
        all.push(c);
        visit(c);
      }
    };
    for (const r of this.roots.values()) visit(r);
    // A point is never used more recently than its parent: its whole subtree goes before it.
    all.sort((a, b) => a.used - b.used || b.depth - a.depth);
    const drop = all.length - Math.floor((this.maxPoints * 3) / 4);
    for (const n of all.slice(0, drop)) {
      for (const [i, c] of n.parent?.children ?? []) if (c === n) n.parent?.children.delete(i);
    }
    this.points = all.length - Math.max(0, drop);
  }
}

let lastVerifier: ResultVerifier | null = null;

export function verifyResultCode(code: string, compiled: string, expectedClassCode?: string): ResultCheck {
  if (lastVerifier?.compiled !== compiled) lastVerifier = new ResultVerifier(compiled);
  return lastVerifier.verify(code, expectedClassCode);
}
