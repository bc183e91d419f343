// An in-memory stand-in for localStorage, shared by the audio tests.
import type { SettingsStore } from '../../src/audio/settings';

export function memoryStore(initial: Record<string, string> = {}): SettingsStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}
