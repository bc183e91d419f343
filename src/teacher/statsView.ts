// What the class chose at each decision, as bars that are also plain sentences.
import { el } from '../ui/element';
import type { DecisionStat } from '../engine/class/stats';

const pct = (f: number) => `${Math.round(f * 100)}%`;

function decisionBlock(d: DecisionStat, index: number, students: number): HTMLElement {
  return el('section', { class: 'decision-stat', 'aria-labelledby': `stat-${index}` },
    el('h3', { id: `stat-${index}` },
      el('span', { class: 'when' }, [d.chapter, d.date].filter(Boolean).join(', ')),
      `${index + 1}. ${d.prompt || d.id}`),
    el('p', { class: 'hint' }, d.reached === students
      ? `All ${students} student${students === 1 ? '' : 's'} reached this decision.`
      : `${d.reached} of ${students} students reached this decision.`,
      // Counted, never named: who ran out of time is in the detail view.
      d.timedOut > 0 ? ` The time ran out for ${d.timedOut}.` : ''),
    el('ul', { class: 'bars' }, ...d.options.map((o) => el('li', { class: o.historical ? 'historical' : '' },
      el('span', { class: 'bar-text' },
        `${pct(o.share)} chose “${o.text}”`,
        o.historical ? el('strong', {}, ' — what really happened') : null,
        ` (${o.count})`),
      // The sentence above says it all; the bar only draws it.
      el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { style: `width: ${pct(o.share)}` }))))));
}

export interface StatsView {
  root: HTMLElement;
  show(stats: readonly DecisionStat[], students: number): void;
}

export function statsView(): StatsView {
  const body = el('div', { class: 'stats' });
  const root = el('section', { class: 'card results', 'aria-labelledby': 'stats-h' },
    el('h2', { id: 'stats-h' }, 'What the class chose'),
    body);
  return {
    root,
    show(stats, students) {
      body.replaceChildren(...(stats.length === 0
        ? [el('p', { class: 'empty' }, 'The class\'s choices appear here once result codes are added.')]
        : stats.map((d, i) => decisionBlock(d, i, students))));
    },
  };
}
