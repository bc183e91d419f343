// A game on screen: the play view (HTML) wired to the player's session, to sound and to the
// learning platform. The flow (src/game/flow.ts) makes one for each game and tells the stage
// what it reports: where the story is, who is in the room, and that the game is over.
import { musicAt } from '../engine/meta';
import { discussionMs } from '../engine/wholeClass';
import type { StageState } from '../engine/stage';
import type { SceneContext, Turn } from '../engine/story';
import { PlayView } from '../ui/PlayView';
import type { Session } from './session';
import type { Shell } from './shell';
import type { PlayStart } from './title';

/** What a game tells the flow. */
export interface PlayScenery {
  /** The story moved to another place: show its backdrop. */
  sceneChanged(ctx: SceneContext): void;
  /** The room changed: who is there, how they look, what lies on the table. */
  staged(stage: StageState): void;
  /** The player asked for the debrief. */
  finished(): void;
}

export class PlayRun {
  private readonly view: PlayView;

  constructor(shell: Shell, start: PlayStart, scenery: PlayScenery) {
    const { session: s, sound, platform } = shell;
    const c = start.competition;
    const w = start.wholeClass;
    const first = w ? this.classStart(s, w) : start.resume ? s.continueGame() : c ? s.newCompetition(c.classCode, c.name, c.settings, c.extraTime) : s.newGame(start.span);
    platform?.started(start.resume === true);
    const rules = s.rules();
    // A class that asked for quiet plays without effects or ambient sound.
    if (rules.soundOff) sound.setAmbient(null);
    this.view = new PlayView(
      {
        meta: s.current.meta,
        power: () => s.current.power(),
        choose: (i) => {
          const before = s.current.turn;
          const turn = s.choose(i);
          platform?.chose(s, before, i);
          return turn;
        },
        offered: () => platform?.offered(),
        finished: () => {
          platform?.finished(s);
          scenery.finished();
        },
        sceneChanged: (ctx) => {
          scenery.sceneChanged(ctx);
          if (ctx.date && !rules.soundOff) sound.setAmbient(musicAt(s.current.meta, ctx.date));
        },
        staged: (stage) => scenery.staged(stage),
        effect: (name) => {
          if (!rules.soundOff) sound.playEffect(name);
        },
        openSettings: () => shell.openSettings(),
        rules,
        decisionStarted: () => s.decisionStarted(),
        decisionUnderway: () => s.decisionUnderway(),
        timeOut: () => {
          const before = s.current.turn;
          const turn = s.timeOut();
          platform?.chose(s, before, s.current.log.path.at(-1) ?? 0);
          return turn;
        },
        now: () => Date.now(),
        classroom: s.wholeClass ? {
          name: s.wholeClass.name,
          discussMs: discussionMs(s.wholeClass.minutes),
          vote: (votes, pick) => s.classVote(votes, pick),
          lastSplit: () => s.lastSplit(),
          resumeAt: (screens, decision) => s.classPlace(screens, decision),
          keep: (place) => s.keepPlace(place),
        } : undefined,
      },
      first,
    );
  }

  /** A whole class's game: a new one, or its save (which the title or the reload has checked opens). */
  private classStart(s: Session, w: NonNullable<PlayStart['wholeClass']>): Turn {
    if ('name' in w) return s.newClassGame(w.name, w.minutes, w.span);
    const opened = s.openClass(w.resume);
    if (!opened.ok) throw new Error(opened.reason);
    return s.current.turn;
  }

  destroy(): void {
    this.view.destroy();
  }
}
