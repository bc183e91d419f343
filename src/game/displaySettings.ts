// The player's display settings (src/ui/display.ts), remembered between visits; read
// defensively, since anything can sit in the browser's storage.
import { DEFAULT_DISPLAY, type DisplaySettings, FONTS, TEXT_SIZES } from '../ui/display';
import type { KeyValueStore } from './storage';

const KEY = 'thaw.display';

const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  list.includes(v as T) ? (v as T) : fallback;

export function loadDisplay(store: KeyValueStore): DisplaySettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A corrupt value means the defaults.
  }
  return {
    textSize: oneOf(TEXT_SIZES, raw.textSize, DEFAULT_DISPLAY.textSize),
    highContrast: raw.highContrast === true,
    font: oneOf(FONTS, raw.font, DEFAULT_DISPLAY.font),
    reducedMotion: typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : null,
  };
}

export function saveDisplay(store: KeyValueStore, s: DisplaySettings): void {
  store.set(KEY, JSON.stringify(s));
}
