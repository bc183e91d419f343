// What shows while a part of the game that the title did not need is still on its way,
// and what shows if it cannot arrive (an offline page that was never cached, say).
import { button, el } from './element';

export function loadingView(): { root: HTMLElement; focus: HTMLElement } {
  const root = el('main', { class: 'loading', tabindex: -1, 'aria-busy': 'true' }, el('p', { role: 'status' }, 'Loading…'));
  return { root, focus: root };
}

export function loadFailedView(): { root: HTMLElement; focus: HTMLElement } {
  const retry = button('Reload', () => location.reload(), { class: 'primary' });
  const root = el('main', { class: 'loading', tabindex: -1 },
    el('div', {},
      el('p', { role: 'alert' }, 'Thaw could not finish loading. Check the connection, then reload the page.'),
      el('p', {}, retry)));
  return { root, focus: retry };
}
