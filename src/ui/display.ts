// How the game looks for this player: text size, contrast, font, motion. The settings become
// attributes on <html>, which the style sheet reads; src/game/displaySettings.ts remembers them.
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
