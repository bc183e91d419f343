import { afterEach, describe, expect, it } from 'vitest';
import {
  browserSettingsStore,
  DEFAULT_SETTINGS,
  loadSettings,
  type SettingsStore,
  saveSettings,
} from '../../src/audio/settings';
import { memoryStore } from '../support/memoryStore';

const throwingStore: SettingsStore = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('audio settings', () => {
  it('are the defaults when nothing was saved', () => {
    expect(loadSettings(memoryStore())).toEqual(DEFAULT_SETTINGS);
  });

  it('are the defaults when there is no storage at all', () => {
    expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(null, { volume: 0.3, muted: true })).not.toThrow();
  });

  it('are the defaults when storage throws on every access', () => {
    expect(loadSettings(throwingStore)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(throwingStore, { volume: 0.3, muted: true })).not.toThrow();
  });

  it('survive a round trip under the thaw. prefix', () => {
    const store = memoryStore();
    saveSettings(store, { volume: 0.25, muted: true });
    expect(Object.keys(store.data).every((key) => key.startsWith('thaw.'))).toBe(true);
    expect(loadSettings(store)).toEqual({ volume: 0.25, muted: true });
  });

  it.each([
    ['garbage', 'yes', DEFAULT_SETTINGS],
    ['', '', DEFAULT_SETTINGS],
    ['NaN', '1', DEFAULT_SETTINGS],
    ['Infinity', 'TRUE', DEFAULT_SETTINGS],
    ['7', 'false', { volume: 1, muted: false }],
    ['-2', 'true', { volume: 0, muted: true }],
  ])('fall back or clamp for corrupt values (volume %j, muted %j)', (volume, muted, expected) => {
    const store = memoryStore({ 'thaw.audio.volume': volume, 'thaw.audio.muted': muted });
    expect(loadSettings(store)).toEqual(expected);
  });
});

describe('the browser store', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('is null where touching localStorage throws (a sandboxed iframe)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    expect(browserSettingsStore()).toBeNull();
  });

  it('is null where there is no localStorage', () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: undefined });
    expect(browserSettingsStore()).toBeNull();
  });
});
