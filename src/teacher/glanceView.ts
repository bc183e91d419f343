// The class at a glance, at the top of the results: how many students, the average and
// median score, and the three decisions the class found hardest, each named by its heading
// (what was decided), as the debrief names it. Several classes: each at a glance on its own.
import type { Glance } from '../engine/class/stats';
import { el } from '../ui/element';
import { type ClassGroup, perClass } from './classGroups';

const pct = (f: number) => `${Math.round(f * 100)}%`;

export interface GlanceView {
  root: HTMLElement;
  show(classes: readonly ClassGroup<Glance>[]): void;
}

/** @param labelId the class's heading when there are several classes: the list's heading goes a level below it */
function glance(g: Glance, labelId: string | null): HTMLElement[] {
  const figure = (label: string, value: string) => el('div', { class: 'figure' }, el('dt', {}, label), el('dd', {}, value));
  return [
    el('dl', { class: 'figures' },
      figure('Students', String(g.students)),
      figure('Average score', (g.average ?? 0).toFixed(0)),
      figure('Median score', (g.median ?? 0).toFixed(0))),
    el(labelId === null ? 'h3' : 'h4', {}, 'The decisions the class found hardest'),
    el('ol', { class: 'hardest' }, ...g.hardest.map((d) =>
      el('li', {}, d.chapter ? el('span', { class: 'when' }, `${[d.chapter, d.date].filter(Boolean).join(', ')}: `) : null,
        `${d.heading} `, el('span', { class: 'hint' }, `(${pct(d.matched)} chose what really happened)`)))),
  ];
}

export function glanceView(): GlanceView {
  const body = el('div', { class: 'glance' });
  const root = el('section', { class: 'card results glance-card', 'aria-labelledby': 'glance-h' },
    el('h2', { id: 'glance-h' }, 'The class at a glance'), body);
  return {
    root,
    show(classes) {
      const shown = classes.filter((c) => c.results.students > 0);
      body.replaceChildren(...(shown.length === 0 ? [el('p', { class: 'empty' }, 'No students yet.')] : perClass(shown, 'glance', glance)));
    },
  };
}
