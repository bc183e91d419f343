// One player's game: the story runner plus the saved game in the browser. The flow and the
// screens ask the session what to show and tell it what the player chose; it saves after every choice.
import { type ClassSettings, readableClassCode, readClassCode } from '../engine/codes/classCode';
import { gameFingerprint } from '../engine/codes/fingerprint';
import { makeResultCode } from '../engine/codes/resultCode';
import { storyHash } from '../engine/hash';
import { labelOf } from '../engine/meta';
import { competitionRules, EXTRA_TIMES, type ExtraTime, LESSON, type ModeRules, timeoutOption } from '../engine/modes';
import { type ChapterReading, chapterReadings } from '../engine/reading';
import { loadSave, makeSave } from '../engine/save';
import { type Score, scoreGame } from '../engine/scoring';
import { type ChapterSpan, spanNote, spanRecord, wholeStory } from '../engine/span';
import { GameStory, type Problem, type Turn } from '../engine/story';
import {
  type ClassPlace, type ClassVote, type DiscussionMinutes, makeClassSave, readClassList, readClassSave, recordVote, resumePlace, sameClass, splitLine, discussionMs,
} from '../engine/wholeClass';
import {
  CLASS_LIST_KEY, CLASS_ON_SCREEN_KEY, classSaveKey, type KeyValueStore, LAST_KEY, SAVE_KEY, SCREEN_KEY, type Screen,
} from './storage';

const COMPETITION_KEY = 'thaw.competition';
/** How many competition games this device has started, per class code. */
const ATTEMPTS_KEY = 'thaw.attempts';

/** A competition entry: who is playing, for which class, since when. */
export interface Competition {
  classCode: string;
  name: string;
  settings: ClassSettings;
  startedAt: number;
  /** 1 for the first game started on this device with this class code, 2, 3… */
  attempt: number;
  extraTime: ExtraTime;
  /**
   * When the choices of the decision at path position `at` appeared: a reload during a
   * decision keeps its clock running rather than starting it again.
   */
  clock?: { at: number; startedAt: number };
}

/** A whole class playing on one screen, under the name the teacher gave it. */
export interface WholeClass {
  name: string;
  minutes: DiscussionMinutes;
  /** One for each decision made so far, in order. */
  votes: ClassVote[];
  finished: boolean;
  /** Where the class was after its last choice (engine/wholeClass.ts ClassPlace), or null: the first screen after it. */
  place: ClassPlace | null;
}

/** A saved whole-class game, as "Continue saved game" lists it. */
export interface ClassSaveEntry {
  name: string;
  savedAt: number;
  decisions: number;
  finished: boolean;
  /** Why it cannot be continued, or null. */
  problem: string | null;
}

/** A finished game, kept (with its save) until the next game starts. */
export interface LastResult {
  resultCode: string | null;
}

const WHOLE_STORY: ChapterSpan = { from: null, to: null };

export class Session {
  private game: GameStory | null = null;
  /** A story parsed and played to its first choices ahead of time, for the next new game (see `prepare`). */
  private spare: GameStory | null = null;
  private chapterList: ChapterReading[] | null = null;
  private fingerprintValue: number | null = null;
  /** Null in lesson mode. */
  competition: Competition | null = null;
  /** A whole class on one screen; null for one player's game. */
  wholeClass: WholeClass | null = null;
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
    // A finished game's save is kept for its debrief, not to be continued.
    if (saved === null || this.hasLastResult()) return null;
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
    this.wholeClass = null;
    this.store.remove(COMPETITION_KEY);
    return this.start(span);
  }

  /**
   * A competition game with the teacher's settings; the name, class code, start time, attempt
   * and extra time travel in the result code.
   */
  newCompetition(classCode: string, name: string, settings: ClassSettings, extraTime: ExtraTime = 0, now = Date.now()): Turn {
    const attempts = this.attempts();
    const key = readableClassCode(classCode);
    attempts[key] = (attempts[key] ?? 0) + 1;
    this.store.set(ATTEMPTS_KEY, JSON.stringify(attempts));
    this.wholeClass = null;
    // Kept as the teacher wrote it (groups, capitals, 0 not O), not as the student typed it: the
    // debrief and its printout show it.
    this.competition = { classCode: key, name, settings, startedAt: now, attempt: attempts[key], extraTime };
    this.store.set(COMPETITION_KEY, JSON.stringify(this.competition));
    return this.start({ from: settings.fromChapter, to: settings.toChapter });
  }

  /** Games started per class code; a damaged record counts from nothing again. */
  private attempts(): Record<string, number> {
    try {
      const raw = JSON.parse(this.store.get(ATTEMPTS_KEY) ?? '{}') as unknown;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
      return Object.fromEntries(Object.entries(raw).filter(([, n]) => Number.isInteger(n) && (n as number) > 0)) as Record<string, number>;
    } catch {
      return {};
    }
  }

  /** This copy's story and scoring rules, as a class code carries them (codes/fingerprint.ts). */
  fingerprint(): number {
    this.fingerprintValue ??= gameFingerprint(storyHash(this.compiled));
    return this.fingerprintValue;
  }

  /** What the game in progress shows and allows (modes.ts). */
  rules(): ModeRules {
    const c = this.competition;
    return c ? competitionRules(c.settings, c.extraTime) : LESSON;
  }

  /**
   * When the current decision's time started: now, the first time its choices appear; the
   * same moment after a reload. Only a timed competition has one.
   */
  decisionStarted(now = Date.now()): number {
    const c = this.competition;
    if (!c) return now;
    const at = this.current.log.path.length;
    if (c.clock?.at !== at) {
      c.clock = { at, startedAt: now };
      this.store.set(COMPETITION_KEY, JSON.stringify(c));
    }
    return c.clock.startedAt;
  }

  /** Whether the current decision's time has already started (its choices were on screen). */
  decisionUnderway(): boolean {
    return this.competition?.clock?.at === this.current.log.path.length;
  }

  /** The time limit ran out: the story goes down the writer's time-out option, recorded as such. */
  timeOut(): Turn {
    return this.choose(timeoutOption(this.current.turn), true);
  }

  /** Where the player is, so that a reload returns there. */
  at(screen: Screen): void {
    this.store.set(SCREEN_KEY, screen);
    if (this.wholeClass && (screen === 'class' || screen === 'class-debrief')) this.store.set(CLASS_ON_SCREEN_KEY, this.wholeClass.name);
  }

  /**
   * A whole class on one screen, saved under its name and nowhere else: the student's lesson
   * and its last result, and other classes' games, stay as they are.
   */
  newClassGame(name: string, minutes: DiscussionMinutes, span: ChapterSpan = WHOLE_STORY): Turn {
    this.competition = null;
    this.wholeClass = { name, minutes, votes: [], finished: false, place: null };
    return this.start(span);
  }

  /** The saved classes, most recently saved first; one that cannot be read says why. */
  classSaves(): ClassSaveEntry[] {
    return readClassList(this.store.get(CLASS_LIST_KEY)).flatMap((name) => {
      const text = this.store.get(classSaveKey(name));
      if (text === null) return [];
      const read = readClassSave(text);
      return [read.ok
        ? { name: read.save.name, savedAt: read.save.savedAt, decisions: read.save.votes.length, finished: read.save.finished, problem: null }
        : { name, savedAt: 0, decisions: 0, finished: false, problem: read.reason }];
    }).sort((a, b) => b.savedAt - a.savedAt);
  }

  /** The game saved under a class's name (however it is written), or null. */
  classSaved(name: string): ClassSaveEntry | null {
    return this.classSaves().find((c) => sameClass(c.name, name)) ?? null;
  }

  /** Whether a class of this name has a game under way (a new game under its name would replace it). */
  classUnderway(name: string): boolean {
    const c = this.classSaved(name);
    return c !== null && !c.finished && c.problem === null;
  }

  /**
   * Open a class's saved game (to play on, or for its debrief when it has finished), or say
   * why it cannot be: then nothing is changed, and the save stays for another version of Thaw.
   */
  openClass(name: string): { ok: true; finished: boolean } | { ok: false; reason: string } {
    const text = this.store.get(classSaveKey(name));
    if (text === null) return { ok: false, reason: `There is no saved game for ${name}.` };
    const read = readClassSave(text);
    if (!read.ok) return { ok: false, reason: read.reason };
    const loaded = loadSave(read.save.game, this.compiled, this.onProblem);
    if (!loaded.ok) return { ok: false, reason: loaded.reason };
    this.game = loaded.game;
    this.competition = null;
    const { name: saved, minutes, votes, finished, place } = read.save;
    this.wholeClass = { name: saved, minutes, votes, finished, place };
    this.at(finished ? 'class-debrief' : 'class');
    return { ok: true, finished };
  }

  /** The class whose game was on screen when the page closed, if any. */
  classOnScreen(): string | null {
    return this.store.get(CLASS_ON_SCREEN_KEY);
  }

  /**
   * The class voted at the current decision: `votes`, the hands for each option (null when the
   * teacher pressed the option chosen); `pick`, the teacher's option (with no count, or to break
   * a tie). Null when that is not a vote (engine/wholeClass.ts recordVote); otherwise the game
   * follows the class's choice (`chosen`, the option's index) and is saved.
   */
  classVote(votes: readonly number[] | null, pick: number | null): { turn: Turn; chosen: number } | null {
    const wc = this.wholeClass;
    const turn = this.current.turn;
    if (!wc || !turn.decision) return null;
    const vote = recordVote({
      decision: turn.decision.id, options: turn.choices.map((c) => c.text), historical: turn.choices.findIndex((c) => c.tags.historical),
    }, votes, pick);
    if (!vote) return null;
    const next = this.current.choose(vote.chosen);
    wc.votes.push(vote);
    // The turn after a vote opens at its first screen, the vote's card.
    wc.place = null;
    this.save();
    return { turn: next, chosen: vote.chosen };
  }

  /**
   * Where the class is now on the screens after its last choice: kept with its save (at once:
   * a reload may come at any moment), so that F5 comes back to the same screen.
   */
  keepPlace(place: Omit<ClassPlace, 'choices'>): void {
    const wc = this.wholeClass;
    if (!wc || wc.finished) return;
    wc.place = { ...place, choices: this.current.log.path.length };
    this.save();
  }

  /**
   * Where to open the turn the game is at (its `screens`, and whether it ends in a vote): the
   * place kept, if it is in this turn (engine/wholeClass.ts resumePlace), or null: its first screen.
   */
  classPlace(screens: number, decision: boolean): ClassPlace | null {
    const wc = this.wholeClass;
    if (!wc || !this.game) return null;
    return resumePlace(wc.place, { choices: this.game.log.path.length, screens, decision, discussMs: discussionMs(wc.minutes) });
  }

  /** The last decision's split beside what really happened ("19 of 28 chose …: so did Khrushchev."). */
  lastSplit(): string | null {
    const vote = this.wholeClass?.votes.at(-1);
    const d = this.current.log.decisions.at(-1);
    return vote && d && vote.decision === d.id ? splitLine(vote, d, this.current.meta) : null;
  }

  /**
   * Parse the story and play it to its first choices now (while the player reads the title),
   * so that the next new game starts at once: that is over half a second on a slow laptop.
   */
  prepare(): void {
    if (this.game) return; // too late: a game has started without it
    this.spare ??= new GameStory(this.compiled, { onProblem: this.onProblem });
  }

  private start(span: ChapterSpan): Turn {
    // The last result is kept until now: a new game replaces it (a class's game is not the student's).
    if (!this.wholeClass) this.store.remove(LAST_KEY);
    this.at(this.wholeClass ? 'class' : 'play');
    this.game = this.spare ?? new GameStory(this.compiled, { onProblem: this.onProblem });
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
      this.wholeClass = null;
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

  /**
   * The story's chapters with their reading time, found once (by playing what really
   * happened) when first asked.
   */
  chapters(): ChapterReading[] {
    this.chapterList ??= chapterReadings(new GameStory(this.compiled, { onProblem: this.onProblem }));
    return this.chapterList;
  }

  /** "Chapters 6–7: …" when the game covers only some chapters, else null. */
  spanText(): string | null {
    const span = this.current.log.span;
    return spanNote(span, this.chapters());
  }

  /** Resume the saved game; if it cannot be used, say why, forget it and start afresh. */
  continueGame(): Turn {
    // A finished game's save is its debrief's, not a game to continue.
    const saved = this.hasLastResult() ? null : this.store.get(SAVE_KEY);
    const result = saved === null ? null : loadSave(saved, this.compiled, this.onProblem);
    if (result?.ok) {
      this.game = result.game;
      this.wholeClass = null;
      this.competition = this.savedCompetition();
      this.at('play');
      return this.game.turn;
    }
    this.notice = `${result && !result.ok ? result.reason : 'There is no saved game.'} A new game has started.`;
    if (saved !== null) this.store.remove(SAVE_KEY);
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

  choose(index: number, timedOut = false): Turn {
    const turn = this.current.choose(index, timedOut);
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
    const log = this.current.log;
    return makeResultCode({
      storyHash: this.current.hash, classCode: c.classCode, name: c.name, path: log.path, timeouts: log.timeouts,
      seconds: Math.max(0, Math.round((now - c.startedAt) / 1000)), startedAt: c.startedAt, attempt: c.attempt, extraTime: c.extraTime,
    });
  }

  /**
   * The game has ended and its debrief opens: its result (and its save, for the debrief) are
   * kept until the next game starts, and a reload returns to the debrief. Finishing again (a
   * reload) keeps the first result code, time and all.
   */
  finish(now = Date.now()): LastResult {
    const wc = this.wholeClass;
    if (wc) {
      // A class's game keeps no result code, and leaves the student's last result alone.
      wc.finished = true;
      this.save();
      this.at('class-debrief');
      return { resultCode: null };
    }
    let last = this.lastResult();
    if (!last) {
      last = { resultCode: this.resultCode(now) };
      this.store.set(LAST_KEY, JSON.stringify(last));
    }
    this.at('debrief');
    return last;
  }

  hasLastResult(): boolean {
    return this.lastResult() !== null;
  }

  /**
   * Open the last finished game (for its debrief): its result code, or null if there is none
   * or it can no longer be read (then it is forgotten, and the title says why).
   */
  openLastResult(): LastResult | null {
    const last = this.lastResult();
    const saved = this.store.get(SAVE_KEY);
    const loaded = last && saved !== null ? loadSave(saved, this.compiled, this.onProblem) : null;
    if (!last || !loaded?.ok) {
      const why = loaded && !loaded.ok ? loaded.reason : 'its game is missing.';
      if (last) this.notice = `Your last result could not be shown: ${why}`;
      this.store.remove(LAST_KEY);
      return null;
    }
    this.game = loaded.game;
    this.wholeClass = null;
    this.competition = this.savedCompetition();
    this.at('debrief');
    return last;
  }

  private lastResult(): LastResult | null {
    try {
      const raw = JSON.parse(this.store.get(LAST_KEY) ?? 'null') as Partial<LastResult> | null;
      if (!raw || !(raw.resultCode === null || typeof raw.resultCode === 'string')) return null;
      return { resultCode: raw.resultCode };
    } catch {
      return null;
    }
  }

  /** The competition a saved game belongs to; a damaged record means a lesson game. */
  private savedCompetition(): Competition | null {
    try {
      const raw = JSON.parse(this.store.get(COMPETITION_KEY) ?? 'null') as Partial<Competition> | null;
      if (!raw || typeof raw.name !== 'string' || typeof raw.classCode !== 'string' || typeof raw.startedAt !== 'number') return null;
      const read = readClassCode(raw.classCode);
      if (!read.ok) return null;
      const attempt = Number.isInteger(raw.attempt) && (raw.attempt as number) > 0 ? (raw.attempt as number) : 1;
      const extraTime = EXTRA_TIMES.find((e) => e === raw.extraTime) ?? 0;
      const clock = raw.clock && Number.isInteger(raw.clock.at) && typeof raw.clock.startedAt === 'number' ? raw.clock : undefined;
      return { classCode: readableClassCode(raw.classCode), name: raw.name, settings: read.settings, startedAt: raw.startedAt, attempt, extraTime, clock };
    } catch {
      return null;
    }
  }

  private save(now = Date.now()): void {
    const wc = this.wholeClass;
    if (!wc) {
      this.store.set(SAVE_KEY, makeSave(this.current));
      return;
    }
    this.store.set(classSaveKey(wc.name), makeClassSave({ ...wc, game: makeSave(this.current), savedAt: now }));
    const names = readClassList(this.store.get(CLASS_LIST_KEY));
    if (!names.some((n) => sameClass(n, wc.name))) this.store.set(CLASS_LIST_KEY, JSON.stringify([...names, wc.name]));
  }
}
