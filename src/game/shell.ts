// What a game (src/game/play.ts) uses besides the story: the player's session, sound, the
// settings and the learning platform. The flow (src/game/flow.ts) gives it one.
import type { EffectName } from '../audio/Sound';
import type { StoryMeta } from '../engine/meta';
import type { Platform } from './platform';
import type { Session } from './session';

export interface SoundControls {
  playEffect(name: EffectName): void;
  setAmbient(bed: string | null): void;
}

export interface Shell {
  /** The story's settings (its global tags), known before the story itself has loaded. */
  meta: StoryMeta;
  session: Session;
  sound: SoundControls;
  openSettings(): void;
  /** The learning platform that launched the game, told of its progress; null: none. */
  platform: Platform | null;
}
