// "Continue saved game", when there is more than one game to go on with: the classes' games
// (whole class) and a student's own lesson on the same room computer. Shown from the title.
import { button, el } from './element';

export interface SavedGame {
  /** "10B Tuesday", or the student's own lesson. */
  label: string;
  /** "6 decisions voted · saved 5 Dec, 09:10", or why it cannot be continued. */
  detail: string;
  /** Absent when it cannot be opened. */
  open?: () => void;
}

export function savedGamesView(games: readonly SavedGame[], onBack: () => void): { root: HTMLElement; focus: HTMLElement } {
  // The detail (how far the class got, or that it finished) describes its button, so a screen
  // reader says it with the class's name.
  const items = games.map((g, i) => el('li', {},
    g.open ? button(g.label, g.open, { class: 'saved-game', 'aria-describedby': `saved-game-${i}` }) : el('strong', {}, g.label),
    el('span', { class: 'hint', id: `saved-game-${i}` }, ` ${g.detail}`)));
  const heading = el('h1', { class: 'form-title', tabindex: -1 }, 'Continue saved game');
  const root = el('main', { class: 'title-screen', tabindex: -1 },
    el('div', { class: 'title-card' },
      heading,
      el('ul', { class: 'saved-games' }, ...items),
      el('div', { class: 'actions' }, button('Back', onBack))));
  return { root, focus: (root.querySelector('button.saved-game') as HTMLElement | null) ?? heading };
}
