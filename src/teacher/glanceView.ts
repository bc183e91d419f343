// The class at a glance, at the top of the results: how many students, the average and
// median score, and the three decisions the class found hardest.
import type { Glance } from '../engine/class/stats';
import { el } from '../ui/element';

const pct = (f: number) => `${Math.round(f * 100)}%`;

export interface GlanceView {
  root: HTMLElement;
  show(glance: Glance): void;
}

export function glanceView(): GlanceView {
  const body = el('div', { class: 'glance' });
  const root = el('section', { class: 'card results glance-card', 'aria-labelledby': 'glance-h' },
    el('h2', { id: 'glance-h' }, 'The class at a glance'), body);
  return {
    root,
    show(g) {
      if (g.students === 0) {
        body.replaceChildren(el('p', { class: 'empty' }, 'No students yet.'));
        return;
      }
      const figure = (label: string, value: string) => el('div', { class: 'figure' }, el('dt', {}, label), el('dd', {}, value));
      body.replaceChildren(
        el('dl', { class: 'figures' },
          figure('Students', String(g.students)),
          figure('Average score', (g.average ?? 0).toFixed(0)),
          figure('Median score', (g.median ?? 0).toFixed(0))),
        el('h3', {}, 'The decisions the class found hardest'),
        el('ol', { class: 'hardest' }, ...g.hardest.map((d) =>
          el('li', {}, d.chapter ? el('span', { class: 'when' }, `${[d.chapter, d.date].filter(Boolean).join(', ')}: `) : null,
            `${d.prompt || d.id} `, el('span', { class: 'hint' }, `(${pct(d.matched)} chose what really happened)`)))));
    },
  };
}
