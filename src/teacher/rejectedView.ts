// The codes that were refused, each with the reason in words a teacher can act on.
import { el } from '../ui/element';
import type { Rejection } from '../engine/class/ranking';

const SHOWN_CHARS = 32;

export interface RejectedView {
  root: HTMLElement;
  show(rejected: readonly Rejection[], duplicates: number): void;
}

export function rejectedView(): RejectedView {
  const list = el('ul', { class: 'rejected', 'aria-labelledby': 'rejected-h' });
  const summary = el('p', { class: 'hint' });
  const root = el('section', { class: 'card results', 'aria-labelledby': 'rejected-h' },
    el('h2', { id: 'rejected-h' }, 'Rejected codes'), summary, list);
  return {
    root,
    show(rejected, duplicates) {
      const twice = duplicates > 0 ? ` ${duplicates} code${duplicates === 1 ? ' was' : 's were'} added more than once and counted once.` : '';
      summary.textContent = (rejected.length === 0 ? 'None.' : `${rejected.length} code${rejected.length === 1 ? '' : 's'} could not be accepted.`) + twice;
      list.replaceChildren(...rejected.map((r) => {
        const shown = r.code.length > SHOWN_CHARS ? `${r.code.slice(0, SHOWN_CHARS)}…` : r.code;
        return el('li', {},
          el('span', { class: 'from' }, `${r.from}: `),
          el('code', { title: r.code }, shown),
          el('span', { class: 'reason' }, r.reason));
      }));
    },
  };
}
