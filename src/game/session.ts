// One player's game: the story runner plus the saved game in the browser. Scenes ask the
// session what to show and tell it what the player chose; it saves after every choice.
import { type ClassSettings, readClassCode } from '../engine/codes/classCode';
import { makeResultCode } from '../engine/codes/resultCode';
import { storyHash } from '../engine/hash';
import { labelOf } from '../engine/meta';
import { loadSave, makeSave } from '../engine/save';
import { type Score, scoreGame } from '../engine/scoring';
import { type Chapter, type ChapterSpan, describeSpan, playChapters, spanRecord, wholeStory } from '../engine/span';
import { GameStory, type Problem, type Turn } from '../engine/story';
import { type KeyValueStore, SAVE_KEY } from './storage';

const COMPETITION_KEY = 'thaw.competition';

/** A competition entry: who is playing, for which class, since when. */
export interface Competition {
  classCode: string;
  name: string;
  settings: ClassSettings;
  startedAt: number;
}

const WHOLE_STORY: ChapterSpan = { from: null, to: null };

export class Session {
  private game: GameStory | null = null;
  /** A story parsed and played to its first choices ahead of time, for the next new game (see `prepare`). */
  private spare: GameStory | null = null;
  private chapterList: Chapter[] | null = null;
  /** Null in lesson mode. */
  competition: Competition | null = null;
  /** Told to the player once, e.g. why a saved game could not be continued. */
  notice: string | null = null;

  constructor(
    private readonly compiled: string,
    private readonly store: KeyValueStore,
    private readonly onProblem: (p: Problem) => void = (p) => console.warn(`${p.message} (${p.where})`),
  ) {}

  /** null: no saved game; 'ok': it can be continued; otherwise why it cannot. */
  inspectSave(): null | 'ok' | string {
    const saved = this.store.get(SAVE_KEY);
    if (saved === null) return null;
    const result = loadSave(saved, this.compiled);
    return result.ok ? 'ok' : result.reason;
  }

  takeNotice(): string | null {
    const n = this.notice;
    this.notice = null;
    return n;
  }

  /** A lesson game: "what really happened" after every decision, no clock; all chapters or some. */
  newGame(span: ChapterSpan = WHOLE_STORY): Turn {
    this.competition = null;
    this.store.remove(COMPETITION_KEY);
    return this.start(span);
  }

  /** A competition game with the teacher's settings; the name and class code travel in the result code. */
  newCompetition(classCode: string, name: string, settings: ClassSettings): Turn {
    this.competition = { classCode, name, settings, startedAt: Date.now() };
    this.store.set(COMPETITION_KEY, JSON.stringify(this.competition));
    return this.start({ from: settings.fromChapter, to: settings.toChapter });
  }

  /**
   * Parse the story and play it to its first choices now (while the player reads the title),
   * so that the next new game starts at once: that is over half a second on a slow laptop.
   */
  prepare(): void {
    if (this.game) return; // too late: a game has started without it
    this.spare ??= new GameStory(this.compiled, this.onProblem);
  }

  private start(span: ChapterSpan): Turn {
    this.game = this.spare ?? new GameStory(this.compiled, this.onProblem);
    this.spare = null;
    // The chapter list costs a whole playthrough: only a span of chapters needs it.
    const limited = wholeStory(span) ? null : spanRecord(span, this.chapters(), this.game.meta);
    if (limited) this.game.beginSpan(limited);
    this.save();
    return this.game.turn;
  }

  /**
   * Rebuild a game from its choices alone (a learning platform keeps only those) and save it,
   * so that "Continue" resumes it. False, with nothing kept, when the choices do not fit the story.
   */
  replay(span: ChapterSpan, path: readonly number[], competition: Competition | null): boolean {
    try {
      this.competition = competition;
      this.start(span);
      for (const index of path) this.current.choose(index);
    } catch {
      this.game = null;
      this.competition = null;
      this.store.remove(SAVE_KEY);
      return false;
    }
    if (competition) this.store.set(COMPETITION_KEY, JSON.stringify(competition));
    this.save();
    return true;
  }

  /** The story's chapters, found once (by playing what really happened) when first asked. */
  chapters(): Chapter[] {
    this.chapterList ??= playChapters(new GameStory(this.compiled, this.onProblem));
    return this.chapterList;
  }

  /** "Chapters 6–7: …" when the game covers only some chapters, else null. */
  spanText(): string | null {
    const span = this.current.log.span;
    return span ? describeSpan(span, this.chapters()) : null;
  }

  /** Resume the saved game; if it cannot be used, say why, forget it and start afresh. */
  continueGame(): Turn {
    const saved = this.store.get(SAVE_KEY);
    const result = saved === null ? null : loadSave(saved, this.compiled, this.onProblem);
    if (result?.ok) {
      this.game = result.game;
      this.competition = this.savedCompetition();
      return this.game.turn;
    }
    this.notice = `${result?.reason ?? 'There is no saved game.'} A new game has started.`;
    this.store.remove(SAVE_KEY);
    return this.newGame();
  }

  /** The fingerprint of the story this session plays (engine/hash.ts). */
  get storyHash(): string {
    return storyHash(this.compiled);
  }

  get current(): GameStory {
    if (!this.game) throw new Error('No game has been started.');
    return this.game;
  }

  choose(index: number): Turn {
    const turn = this.current.choose(index);
    this.save();
    return turn;
  }

  score(): Score {
    return scoreGame(this.current.log, this.current.meta);
  }

  castName(id: string | null): string {
    return labelOf(this.current.meta.cast, id);
  }

  /** The result code of a finished competition game, or null in lesson mode. */
  resultCode(now = Date.now()): string | null {
    const c = this.competition;
    if (!c) return null;
    return makeResultCode({
      storyHash: this.current.hash, classCode: c.classCode, name: c.name,
      path: this.current.log.path, seconds: Math.round((now - c.startedAt) / 1000),
    });
  }

  /** A finished game is not resumed: the next visit starts afresh. */
  finish(): void {
    this.store.remove(SAVE_KEY);
    this.store.remove(COMPETITION_KEY);
  }

  /** The competition a saved game belongs to; a damaged record means a lesson game. */
  private savedCompetition(): Competition | null {
    try {
      const raw = JSON.parse(this.store.get(COMPETITION_KEY) ?? 'null') as Partial<Competition> | null;
      if (!raw || typeof raw.name !== 'string' || typeof raw.classCode !== 'string' || typeof raw.startedAt !== 'number') return null;
      const read = readClassCode(raw.classCode);
      return read.ok ? { classCode: raw.classCode, name: raw.name, settings: read.settings, startedAt: raw.startedAt } : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    this.store.set(SAVE_KEY, makeSave(this.current));
  }
}
