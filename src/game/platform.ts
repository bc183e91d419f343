// The game launched by a learning platform (SCORM 1.2): the thin wiring between the play flow
// and src/platform, which holds the rules. Used only when the flow (src/game/flow.ts) found the platform's API;
// without one the game plays as it always has.
import { readDisplayName } from '../engine/codes';
import type { ChapterSpan } from '../engine/span';
import type { Turn } from '../engine/story';
import { ScormAttempt } from '../platform/attempt';
import { type LaunchRead, parseLaunch } from '../platform/launch';
import { LAUNCH_ELEMENT_ID } from '../platform/oneFile';
import type { ProgressRead } from '../platform/progress';
import type { LmsProblem, ScormApi } from '../platform/scorm';
import { showPlatformNotice } from '../ui/PlatformNotice';
import type { Session } from './session';
import type { PlayStart } from './title';

/** What the play flow tells the platform (src/game/play.ts). */
export interface PlatformHooks {
  /** A game started: resumed from the platform's progress, or new. */
  started(resumed: boolean): void;
  /** A decision's options are on screen. */
  offered(): void;
  /** The player chose option `index` of `before`. */
  chose(session: Session, before: Turn, index: number): void;
  /** The game is over and the debrief opens. */
  finished(session: Session): void;
}

export interface Platform extends PlatformHooks {
  /** For the title: the score goes to the platform (or has gone), and for whom. */
  titleNote(): string;
  /** A new game with the teacher's settings from the package. */
  newGame(): PlayStart;
  /** The page is going away. */
  leave(): void;
}

const PROGRESS_LOST: Record<Exclude<ProgressRead, { ok: true }>['kind'] | 'does-not-fit', string | null> = {
  empty: null,
  damaged: 'The progress your learning platform kept for this game is damaged, so a new game starts.',
  'does-not-fit': 'The progress your learning platform kept for this game is damaged, so a new game starts.',
  'other-version': 'The progress your learning platform kept was made by another version of Thaw, so a new game starts.',
  'other-story': 'The progress your learning platform kept was made with another version of the story, so a new game starts.',
};

function describeProblem(p: LmsProblem): string {
  const what = p.kind === 'refused' ? `error ${p.code}${p.description ? `, "${p.description}"` : ''}` : p.description;
  return `Your learning platform did not accept what the game sent (${p.call}: ${what}). You can play on; if your score does not appear there, tell your teacher.`;
}

/** The package's settings, from the element the one-file edition's loader put in the page. */
function readLaunch(doc: Document): LaunchRead | null {
  const text = doc.getElementById(LAUNCH_ELEMENT_ID)?.textContent ?? 'null';
  return text.trim() === 'null' ? null : parseLaunch(text);
}

/** Start the attempt: LMSInitialize, the learner, and the game to resume (replayed into `session`). */
export function openPlatform(api: ScormApi, session: Session, doc: Document, clock: () => number = Date.now): Platform {
  const attempt = new ScormAttempt(api, (p) => {
    console.warn('Thaw and the learning platform:', p);
    showPlatformNotice(describeProblem(p));
  }, clock, session.storyHash);
  const start = attempt.start();
  const launch = readLaunch(doc);
  const name = readDisplayName(start.learner ?? '');
  const learner = name.ok ? name.name : 'Student';
  const settings = launch?.ok ? launch.settings : null;
  const classCode = launch?.ok && launch.launch.mode === 'competition' ? launch.launch.classCode : null;
  // A package carries no access arrangement, and the platform counts its own attempts: no
  // extra time, and every game the first on this device as far as the result code goes.
  const competitionSince = (seconds: number) =>
    settings && classCode ? { classCode, name: learner, settings, startedAt: clock() - seconds * 1000, attempt: 1, extraTime: 0 as const } : null;

  let notice: string | null = launch && !launch.ok ? 'The settings in this package could not be read, so this is a lesson on the whole story.' : null;
  const launchSpan: ChapterSpan = launch?.ok ? launch.span : { from: null, to: null };
  // The chapters of the game in play: a resumed game keeps those it was started with.
  let span = launchSpan;
  let resumeSeconds = 0;
  const resume = start.resume;
  if (resume?.ok) {
    const { path, seconds } = resume.progress;
    if (session.replay(resume.progress.span, path, competitionSince(seconds))) {
      resumeSeconds = seconds;
      span = resume.progress.span;
    } else notice = PROGRESS_LOST['does-not-fit'];
  } else if (resume) notice = PROGRESS_LOST[resume.kind];

  // Said once, on the title, as a save that cannot be continued is.
  session.notice = notice;
  return {
    titleNote: () =>
      attempt.done
        ? 'Your score has gone to your learning platform. Another game now is for practice: it is not recorded.'
        : `Your learning platform started this game for ${start.learner ?? 'you'}: at the end your score goes to the platform, the one thing that leaves this device.`,
    newGame: () => (classCode && settings ? { competition: { classCode, name: learner, settings, extraTime: 0 as const } } : { span: launchSpan }),
    started: (resumed) => {
      if (!resumed) span = launchSpan;
      attempt.gameStarted(resumed ? resumeSeconds : 0);
    },
    offered: () => attempt.offered(),
    chose: (s, before, index) => {
      const log = s.current.log;
      const historical = before.choices.findIndex((c) => c.tags.historical);
      attempt.chose(
        { span, path: log.path },
        before.decision ? { decisionId: before.decision.id, chosen: index, historical: historical < 0 ? null : historical } : null,
      );
    },
    finished: (s) => attempt.completed(s.score().final),
    leave: () => attempt.leave(),
  };
}
