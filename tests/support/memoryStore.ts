// An in-memory stand-in for localStorage, in both shapes the game reads it through: the
// game's KeyValueStore (saves, settings) and the sound's SettingsStore (localStorage's own).
import type { SettingsStore } from '../../src/audio/settings';
import type { KeyValueStore } from '../../src/game/storage';

export type MemoryStore = KeyValueStore & SettingsStore & { data: Record<string, string> };

export function memoryStore(initial: Record<string, string> = {}): MemoryStore {
  const data = { ...initial };
  const set = (key: string, value: string) => {
    data[key] = value;
  };
  return {
    data,
    get: (key) => data[key] ?? null,
    set,
    remove: (key) => {
      delete data[key];
    },
    getItem: (key) => data[key] ?? null,
    setItem: set,
  };
}
