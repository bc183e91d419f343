// "From chapter" and "To chapter": which chapters a lesson or a class plays. Shared by the
// game's chapter choice, the whole-class form and the teacher's class code form.
import { type ChapterReading, spanMinutes } from '../engine/reading';
import type { ChapterSpan } from '../engine/span';
import { el } from './element';

export interface ChapterSpanFields {
  /** The two labelled fields, to place in a form. */
  fields: HTMLElement[];
  /** The chosen span (null ends: the story's first and last chapter), or why it is not one. */
  read(): { ok: true; span: ChapterSpan } | { ok: false; reason: string };
}

function chapterSelect(id: string, label: string, labels: readonly string[], selected: number) {
  const select = el('select', { id },
    ...labels.map((text, i) => el('option', { value: String(i + 1), selected: i + 1 === selected }, `${i + 1}. ${text}`)));
  return { select, field: el('div', { class: 'field' }, el('label', { for: id }, label), select) };
}

/** @param labels one label per chapter, in story order (at least one) */
export function chapterSpanFields(labels: readonly string[], idPrefix = ''): ChapterSpanFields {
  const count = Math.max(labels.length, 1);
  const names = labels.length > 0 ? labels : ['The whole story'];
  const from = chapterSelect(`${idPrefix}from-chapter`, 'From chapter', names, 1);
  const to = chapterSelect(`${idPrefix}to-chapter`, 'To chapter', names, count);
  return {
    fields: [from.field, to.field],
    read() {
      const first = Number(from.select.value);
      const last = Number(to.select.value);
      if (first > last) return { ok: false, reason: 'The first chapter must not come after the last one.' };
      // The whole story stays "the whole story" even when chapters are added later.
      return { ok: true, span: { from: first === 1 ? null : first, to: last === count ? null : last } };
    },
  };
}

/**
 * The span fields for a game about to start: each chapter with its date and reading time, and
 * below them the chosen span's reading time (`plus`: what else the lesson takes, "the debrief")
 * and the place where `problem` says what is wrong with the choice.
 */
export function timedChapterFields(chapters: readonly ChapterReading[], plus: string, idPrefix = ''): ChapterSpanFields & { problem: HTMLElement } {
  const span = chapterSpanFields(chapters.map((c) => `${c.date ? `${c.title} (${c.date})` : c.title}, ${c.minutes} min`), idPrefix);
  const total = el('p', { class: 'reading-time', 'aria-live': 'polite' });
  const problem = el('p', { class: 'field-error', role: 'alert' });
  const showTotal = () => {
    const chosen = span.read();
    total.textContent = chosen.ok ? `About ${spanMinutes(chapters, chosen.span)} minutes of reading, plus ${plus}.` : '';
  };
  for (const field of span.fields) field.addEventListener('change', showTotal);
  showTotal();
  return { fields: [...span.fields, total, problem], read: span.read, problem };
}
