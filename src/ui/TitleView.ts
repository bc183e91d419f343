import { TEACHER_PAGE } from './pages';
import { button, el } from './element';

export interface TitleActions {
  onNewGame(): void;
  /** Absent when there is no saved game. */
  onContinue?: () => void;
  onCompetition(): void;
  /** A lesson on some chapters only; absent: no such button. */
  onChapters?: () => void;
  onSettings(): void;
  notice: string | null;
}

export function titleView(a: TitleActions): { root: HTMLElement; focus: HTMLElement } {
  const newGame = button('New game', a.onNewGame, { class: 'primary' });
  const root = el(
    'main',
    { class: 'title-screen', tabindex: -1 },
    el(
      'div',
      { class: 'title-card' },
      el('p', { class: 'kicker' }, 'A history decision game'),
      el('h1', {}, 'Thaw'),
      el('p', { class: 'subtitle' }, "Khrushchev's struggle for power, 1953–1964"),
      el(
        'p',
        { class: 'intro' },
        'Stalin is dead. You are Nikita Khrushchev. Each decision is scored against what really happened: ' +
          'act as Khrushchev did, and read what your rivals Beria and Malenkov will do next.',
      ),
      a.notice ? el('p', { class: 'notice', role: 'status' }, a.notice) : null,
      el('div', { class: 'actions' }, newGame, a.onContinue ? button('Continue saved game', a.onContinue) : null,
        a.onChapters ? button('Choose chapters', a.onChapters) : null, button('Competition', a.onCompetition), button('Settings', a.onSettings)),
      el('p', { class: 'teacher-link' }, el('a', { href: TEACHER_PAGE }, 'Teacher tools: class codes and results')),
      el('p', { class: 'hint' }, '"New game" is a lesson: after each decision you see what really happened. Keys: 1–4 choose, Enter continues.'),
    ),
  );
  return { root, focus: newGame };
}
