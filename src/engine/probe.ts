// The story as the tools see it: the story checker walks every state, and the result-code
// verifier replays thousands of games through one parsed story. They jump between choice
// points and read ink's state directly, which a game never does, so that lives here, apart
// from the runner the game uses (story.ts).
import type { Story } from 'inkjs';
import { type GameRecord, emptyRecord } from './record';
import { GameStory, type SceneContext, type Turn, clone } from './story';

/**
 * Where ink stands at a choice point, after its turn was played, with that turn. Resuming it
 * does not replay the turn.
 */
export interface ChoicePointState {
  inkState: string;
  context: SceneContext;
  turn: Turn;
}

export class StoryProbe extends GameStory {
  /**
   * Where ink stands now, at the current turn's choices (or its end): for `resumeAt`.
   * The decision log is not part of it.
   */
  choicePointState(): ChoicePointState {
    return { inkState: this.ink.state.ToJson(), context: clone(this.context), turn: this.current };
  }

  /**
   * Go back to a `choicePointState` without replaying its turn. The decision log starts empty
   * again, or as `record` (the `log` taken at that same choice point): a tool using this keeps
   * its own account of the decisions. `checkpointNow` is not available until the next `choose`.
   */
  resumeAt(at: ChoicePointState, record?: GameRecord): Turn {
    this.ink.state.LoadJson(at.inkState);
    this.context = clone(at.context);
    this.record = record ? clone(record) : emptyRecord();
    // A choice point comes after its turn was read: no decision is waiting for its card there.
    this.taken = null;
    this.checkpoint = null;
    this.current = at.turn;
    return this.current;
  }

  /** The date the story has reached (the last `# date:`), for tools that do not take a whole `choicePointState`. */
  get dateNow(): string | null {
    return this.context.date;
  }

  /** How often ink has entered the knot or stitch at `path` (counted only where ink counts it). */
  visitCount(path: string): number {
    return this.ink.state.VisitCountAtPathString(path) ?? 0;
  }

  /**
   * `choose` in two steps: `takeChoice` records the choice and hands it to ink; `playTurn` then
   * plays the turn it leads to. In between, `inkStateNow` shows ink's state; a decision taken is
   * not in `log` until `playTurn` has read its card.
   */
  override takeChoice(index: number, timedOut = false): void {
    super.takeChoice(index, timedOut);
  }

  override playTurn(): Turn {
    return super.playTurn();
  }

  /** Ink itself, for the checker's state key: never change it. */
  get runtime(): Story {
    return this.ink;
  }

  /** Ink's saved state as it is now (see `takeChoice`). */
  inkStateNow(): string {
    return this.ink.state.ToJson();
  }
}
