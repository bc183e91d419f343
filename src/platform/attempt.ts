// One launch of the game by a learning platform (SCORM 1.2): what the game reads from the
// platform when it starts, and what it tells the platform as the student plays. The clock is
// handed in, so the times it reports are tested without waiting.
import { type Progress, type ProgressRead, encodeProgress, parseProgress, storyMark } from './progress';
import { type LmsProblem, type ScormApi, ScormLink, interactionValues, personName, scormTimespan } from './scorm';

export interface AttemptStart {
  /** The learner's name as a person writes it ("Jane Doe"), or null if the platform gave none. */
  learner: string | null;
  /** On a resume (cmi.core.entry "resume"), the progress the platform kept; otherwise null. */
  resume: ProgressRead | null;
}

/** The decision just taken, for cmi.interactions. */
export interface Decided {
  decisionId: string;
  chosen: number;
  historical: number | null;
}

export class ScormAttempt {
  private readonly link: ScormLink;
  private readonly launchedAt: number;
  private nextInteraction = 0;
  private offeredAt: number | null = null;
  private gameStartedAt: number;
  private secondsBefore = 0;
  /** After the score went in (or the platform was left), the platform hears nothing more. */
  private closed = false;

  constructor(
    api: ScormApi,
    onProblem: (p: LmsProblem) => void,
    private readonly clock: () => number,
    private readonly storyHash: string,
  ) {
    this.link = new ScormLink(api, onProblem);
    this.launchedAt = clock();
    this.gameStartedAt = this.launchedAt;
  }

  /** LMSInitialize, and read what the platform knows: the learner, and the game to resume. */
  start(): AttemptStart {
    this.link.initialize();
    const status = this.link.get('cmi.core.lesson_status');
    // A first launch: the platform shows "not attempted" until the content says otherwise.
    if (status === 'not attempted' || status === '') {
      this.link.set('cmi.core.lesson_status', 'incomplete');
      this.link.commit();
    }
    const count = Number(this.link.get('cmi.interactions._count') ?? '0');
    this.nextInteraction = Number.isInteger(count) && count > 0 ? count : 0;
    const name = this.link.get('cmi.core.student_name');
    const resuming = this.link.get('cmi.core.entry') === 'resume';
    const suspended = resuming ? this.link.get('cmi.core.suspend_data') : null;
    return {
      learner: name === null ? null : personName(name),
      resume: suspended === null ? null : parseProgress(suspended, this.storyHash),
    };
  }

  /** A game starts (new, or resumed after `seconds` already played): its clock starts now. */
  gameStarted(seconds = 0): void {
    this.gameStartedAt = this.clock();
    this.secondsBefore = seconds;
    this.offeredAt = null;
  }

  /** Seconds played in the current game, over every visit. */
  gameSeconds(): number {
    return this.secondsBefore + Math.round((this.clock() - this.gameStartedAt) / 1000);
  }

  /** A decision's options are on screen: its latency runs from now. */
  offered(): void {
    this.offeredAt = this.clock();
  }

  /** After every choice: the progress so far, the decision (if it was one), and a commit. */
  chose(progress: Omit<Progress, 'story' | 'seconds'>, decided: Decided | null): void {
    if (this.closed) return;
    const now = this.clock();
    if (decided) {
      const latencyMs = this.offeredAt === null ? 0 : now - this.offeredAt;
      for (const [element, value] of interactionValues({ index: this.nextInteraction, latencyMs, ...decided })) {
        this.link.set(element, value, true);
      }
      this.nextInteraction += 1;
    }
    this.offeredAt = null;
    this.link.set('cmi.core.suspend_data', encodeProgress({ ...progress, story: storyMark(this.storyHash), seconds: this.gameSeconds() }));
    this.link.set('cmi.core.exit', 'suspend');
    this.link.commit();
  }

  /** The game is over: its final score (0–100) goes in, completed, and the platform is told we are done. */
  completed(score: number): void {
    if (this.closed) return;
    this.link.set('cmi.core.score.min', '0');
    this.link.set('cmi.core.score.max', '100');
    this.link.set('cmi.core.score.raw', String(Math.round(score)));
    // No mastery score: the teacher grades, so the game says completed, never passed or failed.
    this.link.set('cmi.core.lesson_status', 'completed');
    this.link.set('cmi.core.suspend_data', '');
    this.link.set('cmi.core.exit', '');
    this.close();
  }

  /** The page is going away mid-game: the platform keeps the game for the next visit. */
  leave(): void {
    if (this.closed) return;
    this.link.set('cmi.core.exit', 'suspend');
    this.close();
  }

  /** True once the score has gone in or the page has been left. */
  get done(): boolean {
    return this.closed;
  }

  private close(): void {
    this.closed = true;
    this.link.set('cmi.core.session_time', scormTimespan(this.clock() - this.launchedAt));
    this.link.commit();
    this.link.finish();
  }
}
