// The player's sound settings, remembered in localStorage between lessons.
// Read defensively: a value may be missing, corrupt (hand-edited, an older
// format), or storage may be blocked altogether (private windows, a learning
// platform's sandboxed iframe), where even touching `localStorage` throws.

export interface AudioSettings {
  /** 0..1, applied to every sound. */
  readonly volume: number;
  readonly muted: boolean;
}

export const DEFAULT_SETTINGS: AudioSettings = { volume: 0.8, muted: false };

const VOLUME_KEY = 'thaw.audio.volume';
const MUTED_KEY = 'thaw.audio.muted';

/** The part of the Web Storage API used here, so tests can hand in a fake or `null`. */
export type SettingsStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's localStorage, or null where it is missing or blocked. */
export function browserSettingsStore(): SettingsStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Into 0..1; anything not a finite number (NaN from a corrupt value) is the default. */
export function clampVolume(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : DEFAULT_SETTINGS.volume;
}

export function loadSettings(store: SettingsStore | null): AudioSettings {
  const muted = read(store, MUTED_KEY);
  return {
    volume: clampVolume(Number.parseFloat(read(store, VOLUME_KEY) ?? '')),
    muted: muted === 'true' ? true : muted === 'false' ? false : DEFAULT_SETTINGS.muted,
  };
}

/** Best effort: a store that refuses to write (full, blocked) just means the setting lasts this visit only. */
export function saveSettings(store: SettingsStore | null, settings: AudioSettings): void {
  try {
    store?.setItem(VOLUME_KEY, String(settings.volume));
    store?.setItem(MUTED_KEY, String(settings.muted));
  } catch {
    // Nothing to do: the settings still apply in memory.
  }
}

function read(store: SettingsStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
