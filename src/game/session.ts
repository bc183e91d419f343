// One player's game: the story runner plus the saved game in the browser. Scenes ask the
// session what to show and tell it what the player chose; it saves after every choice.
import { labelOf } from '../engine/meta';
import { loadSave, makeSave } from '../engine/save';
import { type Score, scoreGame } from '../engine/scoring';
import { GameStory, type Problem, type Turn } from '../engine/story';
import type { KeyValueStore } from './storage';

const SAVE_KEY = 'thaw.save';

export class Session {
  private game: GameStory | null = null;
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

  newGame(): Turn {
    this.game = new GameStory(this.compiled, this.onProblem);
    this.save();
    return this.game.turn;
  }

  /** Resume the saved game; if it cannot be used, say why, forget it and start afresh. */
  continueGame(): Turn {
    const saved = this.store.get(SAVE_KEY);
    const result = saved === null ? null : loadSave(saved, this.compiled, this.onProblem);
    if (result?.ok) {
      this.game = result.game;
      return this.game.turn;
    }
    this.notice = `${result?.reason ?? 'There is no saved game.'} A new game has started.`;
    this.store.remove(SAVE_KEY);
    return this.newGame();
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

  /** A finished game is not resumed: the next visit starts afresh. */
  finish(): void {
    this.store.remove(SAVE_KEY);
  }

  private save(): void {
    this.store.set(SAVE_KEY, makeSave(this.current));
  }
}
