import type { StoryMeta } from '../engine/meta';
import { button, el } from './element';
import { TEACHER_PAGE } from './pages';

export interface TitleActions {
  /** The title, subtitle and introduction, from the story's own tags. */
  meta: Pick<StoryMeta, 'title' | 'subtitle' | 'intro'>;
  onNewGame(): void;
  /** Absent when there is no saved game. */
  onContinue?: () => void;
  /** The last finished game's debrief and result code; absent when there is none. */
  onLastResult?: () => void;
  /** Absent when a learning platform launched the game with its own settings. */
  onCompetition?: () => void;
  /** A whole class on one screen (the projector); absent under a learning platform. */
  onWholeClass?: () => void;
  /** A lesson on some chapters only; absent: no such button. */
  onChapters?: () => void;
  onSettings(): void;
  notice: string | null;
  /** A learning platform launched the game: where the score goes (it leaves the device). */
  platformNote: string | null;
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
      el('h1', {}, a.meta.title ?? ''),
      a.meta.subtitle ? el('p', { class: 'subtitle' }, a.meta.subtitle) : null,
      a.meta.intro ? el('p', { class: 'intro' }, a.meta.intro) : null,
      a.notice ? el('p', { class: 'notice', role: 'status' }, a.notice) : null,
      a.platformNote ? el('p', { class: 'platform-note' }, a.platformNote) : null,
      el('div', { class: 'actions' }, newGame, a.onContinue ? button('Continue saved game', a.onContinue) : null,
        a.onLastResult ? button('Show my last result', a.onLastResult) : null,
        a.onChapters ? button('Choose chapters', a.onChapters) : null, a.onCompetition ? button('Competition', a.onCompetition) : null,
        a.onWholeClass ? button('Whole class', a.onWholeClass) : null,
        button('Settings', a.onSettings)),
      a.platformNote ? null : el('p', { class: 'teacher-link' }, el('a', { href: TEACHER_PAGE }, 'Teacher tools: class codes and results')),
      el('p', { class: a.platformNote ? 'hint keys-hint' : 'hint' }, a.platformNote ? null : '"New game" is a lesson: after each decision you see what really happened. ',
        el('span', { class: 'keys-hint' }, 'Keys: 1–4 choose, Enter continues.')),
    ),
  );
  return { root, focus: newGame };
}
