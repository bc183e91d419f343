// One howler sound wrapped so that nothing it does can stop the game: it is made
// on first use (no download before it is needed), every howler call is caught,
// a file that fails to load is given up for the session, and each failure is
// reported once. Callers just get nothing back when sound is unavailable.
import { Howl, type HowlOptions } from 'howler';
import type { WarnOnce } from './warnOnce';

export type SoundOptions = Omit<HowlOptions, 'onloaderror' | 'onplayerror'> & {
  /** Start again once audio is unblocked if a play was refused: right for a bed, not for a stale click. */
  readonly resumeAfterUnlock?: boolean;
};

export class GuardedHowl {
  private howl: Howl | null = null;
  private broken = false;

  constructor(
    private readonly name: string,
    private readonly options: SoundOptions,
    private readonly warn: WarnOnce,
  ) {}

  /** Start the download now, so the first play is not late by a round trip. */
  preload(): void {
    this.get();
  }

  /** Run `action` on the sound; `fallback` when the sound is unavailable or howler throws. */
  use<T>(action: (howl: Howl) => T, fallback: T): T {
    const howl = this.get();
    if (!howl) return fallback;
    try {
      return action(howl);
    } catch (error) {
      this.warn(this.name, `sound "${this.name}" failed; the game goes on without it.`, error);
      return fallback;
    }
  }

  private get(): Howl | null {
    if (this.broken) return null;
    if (this.howl) return this.howl;
    try {
      const { resumeAfterUnlock = false, ...options } = this.options;
      const howl: Howl = new Howl({
        ...options,
        onloaderror: (_id, error) => this.giveUp('could not be loaded', error),
        onplayerror: (id, error) => {
          this.warn(this.name, `sound "${this.name}" could not be played yet.`, error);
          if (!resumeAfterUnlock) return;
          // Usually the browser's autoplay block: howler fires 'unlock' once a
          // gesture has unblocked audio, and the sound can try again then.
          try {
            howl.once('unlock', () => howl.play(id));
          } catch {
            // The sound stays silent; the warning above has said why.
          }
        },
      });
      this.howl = howl;
    } catch (error) {
      this.giveUp('could not be created', error);
    }
    return this.howl;
  }

  private giveUp(what: string, error: unknown): void {
    this.broken = true;
    this.howl = null;
    this.warn(this.name, `sound "${this.name}" ${what}; the game goes on without it.`, error);
  }
}
