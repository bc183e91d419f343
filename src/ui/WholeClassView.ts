// A whole class on one screen: the teacher's start form (the class's name, the discussion
// timer, the chapters). Loaded when the teacher asks for it, not with the title.
import type { ChapterReading } from '../engine/reading';
import type { ChapterSpan } from '../engine/span';
import { DISCUSSION_MINUTES, type DiscussionMinutes, MAX_CLASS_NAME, parseClassName } from '../engine/wholeClass';
import { timedChapterFields } from './ChapterSpanFields';
import { confirmDialog } from './ConfirmDialog';
import { button, el } from './element';

export interface WholeClassActions {
  chapters: readonly ChapterReading[];
  /** Whether a class of this name has a game under way, which a new one would replace. */
  underway(name: string): boolean;
  /**
   * A game saved under this name that a new one would replace: finished (with its debrief:
   * `detail` says how far it went and when), or one this version cannot open (`detail` says
   * why). Null: none. The teacher is asked before it is replaced.
   */
  replaces(name: string): { finished: boolean; detail: string } | null;
  /** The finished game's debrief, to look at (or print) before deciding. */
  onDebrief(name: string): void;
  onStart(name: string, minutes: DiscussionMinutes, span: ChapterSpan): void;
  onBack(): void;
}

const MINUTES_LABEL: Record<DiscussionMinutes, string> = { 0: 'Off', 1: '1 minute', 2: '2 minutes', 3: '3 minutes' };

export function wholeClassView(a: WholeClassActions): { root: HTMLElement; focus: HTMLElement } {
  const name = el('input', { id: 'class-name', type: 'text', maxlength: MAX_CLASS_NAME + 10, autocomplete: 'off', 'aria-describedby': 'class-name-hint class-name-error' });
  const nameError = el('p', { id: 'class-name-error', class: 'field-error', role: 'alert' });
  const timer = el('select', { id: 'discussion-timer', 'aria-describedby': 'discussion-hint' },
    ...DISCUSSION_MINUTES.map((m) => el('option', { value: String(m), selected: m === 2 }, MINUTES_LABEL[m])));
  const span = timedChapterFields(a.chapters, 'the discussions, the votes and the debrief', 'class-');
  const form = el('form', { class: 'competition-form', novalidate: true },
    el('div', { class: 'field' },
      el('label', { for: 'class-name' }, 'Class name'),
      el('p', { id: 'class-name-hint', class: 'hint' }, 'The game is saved under this name after every vote, for example “10B Tuesday”: each class keeps its own.'),
      name, nameError),
    el('div', { class: 'field' },
      el('label', { for: 'discussion-timer' }, 'Discussion timer'),
      el('p', { id: 'discussion-hint', class: 'hint' }, 'Time to argue before each vote. Next (PageDown) goes to the vote sooner.'),
      timer),
    ...span.fields,
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Start'),
      button('Back', a.onBack)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const read = parseClassName(name.value);
    const chosen = span.read();
    const taken = read.ok && a.underway(read.name)
      ? `${read.name} has a game under way: continue it from “Continue saved game” on the title, or give this game another name.`
      : '';
    nameError.textContent = read.ok ? taken : read.message;
    name.setAttribute('aria-invalid', nameError.textContent ? 'true' : 'false');
    span.problem.textContent = chosen.ok ? '' : chosen.reason;
    if (!read.ok || taken) {
      name.focus();
      return;
    }
    const minutes = DISCUSSION_MINUTES.find((m) => String(m) === timer.value) ?? 0;
    if (!chosen.ok) return;
    const start = () => a.onStart(read.name, minutes, chosen.span);
    const old = a.replaces(read.name);
    if (!old) return start();
    // Nothing of a class's is lost without the teacher saying so: the safe answer comes first.
    const keep = { label: 'Keep it: choose another name', run: () => {
      name.focus();
      name.select();
    } };
    confirmDialog(old.finished
      ? {
        heading: `${read.name} already has a finished game`,
        text: [old.detail, `A new game under the same name replaces it, and its debrief is lost. To keep both, give this game another name, such as “${read.name} (2)”.`],
        keep,
        others: [{ label: 'Show its debrief', run: () => a.onDebrief(read.name) }, { label: 'Replace it with a new game', run: start }],
      }
      : {
        heading: `${read.name} already has a saved game`,
        text: [old.detail, 'A new game under the same name replaces it.'],
        keep,
        others: [{ label: 'Replace it with a new game', run: start }],
      });
  });
  const root = el('main', { class: 'title-screen', tabindex: -1 },
    el('div', { class: 'title-card' },
      el('h1', { class: 'form-title' }, 'Whole class'),
      el('p', {}, 'The class decides together on one screen. At each decision the class discusses, then you count the hands for each option; the game follows the majority, and you break a tie. Keys (or a presentation remote): PageDown next, PageUp back, B blanks the screen.'),
      form));
  return { root, focus: name };
}
