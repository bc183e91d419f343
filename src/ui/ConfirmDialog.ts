// A question that must be answered before anything else happens (a native modal dialog: the page
// behind it is inert, so no key or click acts there; Escape is the safe answer). The first
// button, the safe one, has the focus, so a stray Enter loses nothing.
import { button, el } from './element';

export interface ConfirmChoice {
  label: string;
  run(): void;
}

export interface Confirm {
  heading: string;
  /** Paragraphs: what is at stake, in plain words. */
  text: readonly string[];
  /** The safe answer: first and focused, and what Escape does. */
  keep: ConfirmChoice;
  /** The others, in order (the one that loses something last). */
  others: readonly ConfirmChoice[];
}

export function confirmDialog(c: Confirm): HTMLDialogElement {
  const dialog = el('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-h', 'aria-describedby': 'confirm-text' });
  let answered = false;
  // What was chosen runs once the dialog is gone, in the same task as the press.
  const answer = (choice: ConfirmChoice) => () => {
    answered = true;
    dialog.close();
    dialog.remove();
    choice.run();
  };
  const keep = button(c.keep.label, answer(c.keep), { class: 'primary', autofocus: true });
  dialog.append(
    el('h2', { id: 'confirm-h' }, c.heading),
    el('div', { id: 'confirm-text' }, ...c.text.map((t) => el('p', {}, t))),
    el('div', { class: 'actions' }, keep, ...c.others.map((o) => button(o.label, answer(o)))));
  // Escape closes it too: that is the safe answer.
  dialog.addEventListener('close', () => {
    if (answered) return;
    dialog.remove();
    c.keep.run();
  });
  document.body.append(dialog);
  dialog.showModal();
  keep.focus();
  return dialog;
}
