// The settings, as a native modal dialog (focus stays inside, Escape closes it). Every change
// applies at once and is remembered; nothing here needs a "Save" button.
import {
  type DisplaySettings, FONTS, type ReadingFont, TEXT_SIZES, type TextSize, motionReduced,
} from './display';
import { button, el } from './element';

export interface SettingsActions {
  display(): DisplaySettings;
  setDisplay(s: DisplaySettings): void;
  volume(): number;
  setVolume(v: number): void;
  muted(): boolean;
  setMuted(m: boolean): void;
}

const SIZE_LABEL: Record<TextSize, string> = { normal: 'Normal', large: 'Large', largest: 'Largest' };
const FONT_LABEL: Record<ReadingFont, string> = {
  standard: 'Standard (PT Serif)',
  dyslexic: 'Dyslexia-friendly (OpenDyslexic)',
  hyperlegible: 'Hyperlegible (Atkinson Hyperlegible)',
};

function radios<T extends string>(legend: string, name: string, values: readonly T[], labels: Record<T, string>, current: T, onPick: (v: T) => void): HTMLElement {
  return el('fieldset', {}, el('legend', {}, legend),
    ...values.map((v) => {
      const input = el('input', { type: 'radio', name, value: v, checked: v === current });
      input.addEventListener('change', () => input.checked && onPick(v));
      return el('label', { class: 'option' }, input, ` ${labels[v]}`);
    }));
}

function checkbox(label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', checked });
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { class: 'option' }, input, ` ${label}`);
}

export function openSettings(a: SettingsActions): void {
  const update = (patch: Partial<DisplaySettings>) => a.setDisplay({ ...a.display(), ...patch });
  const d = a.display();
  const volume = el('input', { type: 'range', min: 0, max: 100, step: 5, value: Math.round(a.volume() * 100), id: 'volume' });
  const volumeText = el('output', { for: 'volume' }, `${volume.value}%`);
  volume.addEventListener('input', () => {
    volumeText.textContent = `${volume.value}%`;
    a.setVolume(Number(volume.value) / 100);
  });
  const dialog = el('dialog', { class: 'settings', 'aria-labelledby': 'settings-h' });
  const close = () => dialog.close();
  dialog.append(
    el('h2', { id: 'settings-h' }, 'Settings'),
    radios('Text size', 'text-size', TEXT_SIZES, SIZE_LABEL, d.textSize, (textSize) => update({ textSize })),
    radios('Reading font', 'font', FONTS, FONT_LABEL, d.font, (font) => update({ font })),
    el('fieldset', {}, el('legend', {}, 'Display'),
      checkbox('High contrast', d.highContrast, (highContrast) => update({ highContrast })),
      checkbox('Reduce motion', motionReduced(d), (reducedMotion) => update({ reducedMotion }))),
    el('fieldset', {}, el('legend', {}, 'Sound'),
      el('label', { class: 'option', for: 'volume' }, 'Volume '), volume, ' ', volumeText,
      checkbox('Mute all sound', a.muted(), (m) => a.setMuted(m))),
    el('div', { class: 'actions' }, button('Done', close, { class: 'primary' })),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
