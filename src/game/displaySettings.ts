// How the game looks for this player: text size, contrast, font, motion. Remembered between
// visits; read defensively, since anything can sit in the browser's storage.
import type { KeyValueStore } from './storage';

export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export const FONTS = ['standard', 'dyslexic', 'hyperlegible'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type ReadingFont = (typeof FONTS)[number];

export interface DisplaySettings {
  textSize: TextSize;
  highContrast: boolean;
  font: ReadingFont;
  /** null: follow the system's "reduce motion" setting. */
  reducedMotion: boolean | null;
}

export const DEFAULT_DISPLAY: DisplaySettings = { textSize: 'normal', highContrast: false, font: 'standard', reducedMotion: null };

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

export function systemPrefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Whether motion is reduced now: the player's choice, else the system's. */
export function motionReduced(s: DisplaySettings): boolean {
  return s.reducedMotion ?? systemPrefersReducedMotion();
}

/** The settings become attributes on <html>, which the style sheet reads. */
export function applyDisplay(s: DisplaySettings, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = s.textSize;
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
  root.dataset.font = s.font;
  root.dataset.motion = motionReduced(s) ? 'reduce' : 'full';
}
