// What every scene may use besides the story: the player's session, sound, and the settings.
import type { EffectName, Era } from '../audio/Sound';
import type { Session } from './session';

export interface SoundControls {
  playEffect(name: EffectName): void;
  setAmbient(era: Era | null): void;
}

export interface Shell {
  session: Session;
  sound: SoundControls;
  openSettings(): void;
}
