// What the class chose at each decision, as bars that are also plain sentences. Each decision
// is named by its heading (what was decided), as the debrief names it: many decisions ask the
// same question ("What do you do?"). Several classes: each class's choices on their own.
import { el } from '../ui/element';
import type { DecisionStat } from '../engine/class/stats';
import { type ClassGroup, perClass } from './classGroups';

/** One class's decisions, and how many students it has. */
export interface ClassChoices {
  stats: readonly DecisionStat[];
  students: number;
}

const pct = (f: number) => `${Math.round(f * 100)}%`;

/** @param grouped under a class's heading (several classes), so a level below it */
function decisionBlock(d: DecisionStat, index: number, students: number, id: string, grouped: boolean): HTMLElement {
  return el('section', { class: 'decision-stat', 'aria-labelledby': id },
    el(grouped ? 'h4' : 'h3', { id },
      el('span', { class: 'when' }, [d.chapter, d.date].filter(Boolean).join(', ')),
      `${index + 1}. ${d.heading}`),
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
  show(classes: readonly ClassGroup<ClassChoices>[]): void;
}

export function statsView(): StatsView {
  const body = el('div', { class: 'stats' });
  const root = el('section', { class: 'card results', 'aria-labelledby': 'stats-h' },
    el('h2', { id: 'stats-h' }, 'What the class chose'),
    body);
  return {
    root,
    show(classes) {
      const shown = classes.filter((c) => c.results.stats.length > 0);
      body.replaceChildren(...(shown.length === 0
        ? [el('p', { class: 'empty' }, 'The class\'s choices appear here once result codes are added.')]
        : perClass(shown, 'stats', ({ stats, students }, labelId, c) => stats.map((d, i) => decisionBlock(d, i, students, `stat-${c}-${i}`, labelId !== null)))));
    },
  };
}
