/**
 * Sound for Thaw: ambient beds (the story's `# music:` tags say which, when) and a few short effects, on howler.
 * Plain DOM-side module, no Phaser. Import the functions from here:
 *
 *   unlock()                Call from the first click or key press (or use
 *                           unlockOnFirstGesture() once at start-up). Browsers
 *                           block audio until a gesture; nothing is downloaded
 *                           or played before this, so the title screen stays fast.
 *   unlockOnFirstGesture(target = document)
 *                           Listens for the first pointerdown / keydown / touchend /
 *                           click on `target` and calls unlock() from inside it.
 *   playEffect(name)        'typewriter' | 'stamp' | 'murmur' | 'gavel' | 'click'.
 *                           Ignored before unlock and while muted.
 *   setAmbient(bed | null)  A bed named in assets/sound/loops.json, or null for
 *                           silence: cross-fades from the current bed. May be called
 *                           before unlock; the bed then starts at unlock. A name with
 *                           no bed is warned about once and is silence.
 *   setVolume(0..1)         Master volume, clamped; remembered (localStorage).
 *   setMuted(boolean)       Master mute; remembered.
 *   getVolume(), isMuted()  The current settings, e.g. for a settings panel.
 *
 * Sound is a garnish: every call is safe whatever happens underneath. A file
 * that is blocked, missing or undecodable, a browser without audio, or a
 * storage that throws only produce one console.warn per sound, and the calls
 * go on working silently.
 *
 * createSoundPlayer() makes an independent player (tests, or a second page).
 */
import { Howler } from 'howler';
import { type BedFile, bedFiles, EFFECTS, type EffectName, effectFiles } from './catalog';
import { GuardedHowl } from './GuardedHowl';
import {
  type AudioSettings,
  browserSettingsStore,
  clampVolume,
  loadSettings,
  type SettingsStore,
  saveSettings,
} from './settings';
import { createWarnOnce } from './warnOnce';

export type { EffectName } from './catalog';

/** Beds sit under the game, well below the effects. */
const AMBIENT_LEVEL = 0.45;
const CROSSFADE_MS = 1800;
/** Per-effect level: the murmur is a backdrop, the click must not startle. */
const EFFECT_LEVEL: Readonly<Record<EffectName, number>> = {
  typewriter: 0.7,
  stamp: 0.9,
  murmur: 0.6,
  gavel: 0.9,
  click: 0.4,
};
const LOOP = 'loop';

export interface SoundPlayer {
  unlock(): void;
  unlockOnFirstGesture(target?: EventTarget): void;
  playEffect(name: EffectName): void;
  setAmbient(bed: string | null): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  getVolume(): number;
  isMuted(): boolean;
  /** Remember the settings here from now on; null: for this visit only (a learning platform's page). */
  keepSettingsIn(store: SettingsStore | null): void;
}

export function createSoundPlayer(initialStore: SettingsStore | null = browserSettingsStore()): SoundPlayer {
  let store = initialStore;
  const warn = createWarnOnce();
  let settings: AudioSettings = loadSettings(store);
  let unlocked = false;

  const effects = new Map<EffectName, GuardedHowl>(
    EFFECTS.map((name) => [
      name,
      new GuardedHowl(
        name,
        { src: [effectFiles[name].url], format: [effectFiles[name].format], volume: EFFECT_LEVEL[name] },
        warn,
      ),
    ]),
  );
  const beds = new Map<string, GuardedHowl>();
  const bed = (era: string): GuardedHowl => {
    let found = beds.get(era);
    if (!found) {
      const { url, format, loopStartMs, loopMs } = bedFiles.get(era) as BedFile;
      // The bed loops on a sprite: only the window that is seamless by construction.
      found = new GuardedHowl(
        `ambient-${era}`,
        { src: [url], format: [format], sprite: { [LOOP]: [loopStartMs, loopMs, true] }, resumeAfterUnlock: true },
        warn,
      );
      beds.set(era, found);
    }
    return found;
  };

  /** The era asked for, and the bed actually sounding (its era and howler id). */
  let wantedEra: string | null = null;
  let playing: { era: string; id: number } | null = null;

  /** Howler's global calls can create an AudioContext: only after unlock, and never throwing. */
  const applySettings = (): void => {
    if (!unlocked) return;
    try {
      Howler.volume(settings.volume);
      Howler.mute(settings.muted);
    } catch (error) {
      warn('settings', 'could not apply the volume.', error);
    }
  };

  const crossfade = (): void => {
    if (!unlocked || playing?.era === wantedEra) return;
    if (playing) {
      const { era, id } = playing;
      bed(era).use((howl) => {
        howl.fade(AMBIENT_LEVEL, 0, CROSSFADE_MS, id);
        // A timer rather than howler's 'fade' event: it also fires if the fade never started.
        setTimeout(() => bed(era).use((h) => h.stop(id), undefined), CROSSFADE_MS + 100);
      }, undefined);
      playing = null;
    }
    if (wantedEra !== null) {
      const era = wantedEra;
      const id = bed(era).use((howl) => {
        const started = howl.play(LOOP);
        howl.volume(0, started);
        howl.fade(0, AMBIENT_LEVEL, CROSSFADE_MS, started);
        return started;
      }, null);
      if (id !== null) playing = { era, id };
    }
  };

  const player: SoundPlayer = {
    unlock() {
      if (unlocked) return;
      unlocked = true;
      // The first Howl made here creates howler's AudioContext inside the gesture,
      // and howler's own auto-unlock then covers browsers (iOS Safari) that want
      // a further touch; resuming here covers the rest.
      crossfade();
      for (const effect of effects.values()) effect.preload();
      applySettings();
      try {
        const context = Howler.ctx;
        if (context?.state === 'suspended') context.resume().catch(() => undefined);
      } catch (error) {
        warn('context', 'could not start the audio context.', error);
      }
    },

    unlockOnFirstGesture(target = globalThis.document) {
      if (!target) return;
      // A click alone counts too: a screen reader in browse mode presses a button with a click
      // and no pointer or key event, and the first chapter's gavel must not be lost to it.
      const events = ['pointerdown', 'keydown', 'touchend', 'click'];
      const onGesture = (): void => {
        for (const type of events) target.removeEventListener(type, onGesture, true);
        player.unlock();
      };
      for (const type of events) target.addEventListener(type, onGesture, true);
    },

    playEffect(name) {
      if (!unlocked || settings.muted) return;
      effects.get(name)?.use((howl) => howl.play(), undefined);
    },

    setAmbient(name) {
      if (name !== null && !bedFiles.has(name)) {
        warn(`bed-${name}`, `there is no ambient bed "${name}" (assets/sound/loops.json): playing none.`);
        wantedEra = null;
      } else wantedEra = name;
      crossfade();
    },

    setVolume(volume) {
      settings = { ...settings, volume: clampVolume(volume) };
      saveSettings(store, settings);
      applySettings();
    },

    setMuted(muted) {
      settings = { ...settings, muted };
      saveSettings(store, settings);
      applySettings();
    },

    getVolume: () => settings.volume,
    isMuted: () => settings.muted,
    keepSettingsIn(next) {
      store = next;
    },
  };
  return player;
}

const shared = createSoundPlayer();

export const unlock = (): void => shared.unlock();
export const unlockOnFirstGesture = (target?: EventTarget): void => shared.unlockOnFirstGesture(target);
export const playEffect = (name: EffectName): void => shared.playEffect(name);
export const setAmbient = (bed: string | null): void => shared.setAmbient(bed);
export const setVolume = (volume: number): void => shared.setVolume(volume);
export const setMuted = (muted: boolean): void => shared.setMuted(muted);
export const getVolume = (): number => shared.getVolume();
export const isMuted = (): boolean => shared.isMuted();
export const keepSettingsIn = (store: SettingsStore | null): void => shared.keepSettingsIn(store);
