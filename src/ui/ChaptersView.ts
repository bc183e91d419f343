// A lesson on some chapters only: the teacher or student picks the first and last chapter.
// What came before is played as history went; the debrief covers the chapters played.
import type { ChapterReading } from '../engine/reading';
import type { ChapterSpan } from '../engine/span';
import { timedChapterFields } from './ChapterSpanFields';
import { button, el } from './element';

export interface ChaptersActions {
  /** The story's chapters with their reading time. */
  chapters: readonly ChapterReading[];
  onStart(span: ChapterSpan): void;
  onBack(): void;
}

export function chaptersView(a: ChaptersActions): { root: HTMLElement; focus: HTMLElement } {
  const span = timedChapterFields(a.chapters, 'the debrief');
  const form = el('form', { class: 'competition-form', novalidate: true },
    ...span.fields,
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Start'),
      button('Back', a.onBack)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = span.read();
    span.problem.textContent = chosen.ok ? '' : chosen.reason;
    if (chosen.ok) a.onStart(chosen.span);
  });
  const root = el('main', { class: 'title-screen', tabindex: -1 },
    el('div', { class: 'title-card' },
      el('h1', { class: 'form-title' }, 'Choose chapters'),
      el('p', {}, 'Play only the chapters your lesson covers. Everything before them goes as it really did; the debrief scores the chapters you play. Each chapter shows its reading time at a steady pace.'),
      form));
  return { root, focus: form.querySelector('select') as HTMLElement };
}
