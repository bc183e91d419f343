// The player's standing in each power base: label, number and bar, so colour never carries
// the meaning alone; a change since the last choice is shown in words ("up 5").
import type { StoryMeta } from '../engine/meta';
import { el } from './element';

export function standingPanel(
  meta: Pick<StoryMeta, 'bases' | 'power'>,
  power: Record<string, number>,
  before: Record<string, number> | null,
): HTMLElement {
  const { min, max } = meta.power;
  const items = meta.bases
    .filter((b) => power[b.id] !== undefined)
    .map((b) => {
      const value = power[b.id];
      const delta = before && before[b.id] !== undefined ? value - before[b.id] : 0;
      const change = delta > 0 ? `up ${delta}` : delta < 0 ? `down ${-delta}` : '';
      return el(
        'li',
        { class: `meter${delta > 0 ? ' rose' : delta < 0 ? ' fell' : ''}`, 'data-base': b.id },
        el('span', { class: 'meter-label' }, b.label),
        el('span', { class: 'meter-value' }, `${value}`, el('span', { class: 'visually-hidden' }, ` out of ${max}`)),
        change ? el('span', { class: 'meter-change' }, delta > 0 ? `▲ ${delta}` : `▼ ${-delta}`) : null,
        change ? el('span', { class: 'visually-hidden' }, `, ${change}`) : null,
        el('span', { class: 'meter-bar', 'aria-hidden': 'true' }, el('span', { style: `width:${(100 * (value - min)) / (max - min)}%` })),
      );
    });
  return el('aside', { class: 'standing', 'aria-labelledby': 'standing-h' },
    el('h2', { id: 'standing-h' }, 'Your standing'),
    el('ul', {}, ...items));
}
