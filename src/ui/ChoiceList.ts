// The options of a decision as real buttons in a group named "Choices". The first press
// wins: the buttons are disabled at once, so a double click never counts twice; and the
// second click of a double click on "Continue", landing on an option, does not choose it.
import type { ChoiceView, DecisionView } from '../engine/story';
import { el, ownClick } from './element';

export function choiceList(
  decision: DecisionView | null,
  choices: readonly ChoiceView[],
  onChoose: (index: number) => void,
): { root: HTMLElement; choose(index: number): void; focus(index: number): void; first: HTMLButtonElement | null } {
  let chosen = false;
  const buttons = choices.map((c) => {
    const b = el(
      'button',
      { type: 'button', class: 'choice', 'data-index': c.index },
      // The number is part of the button's name ("1. Arrest Beria"): a screen reader user hears
      // which key chooses it, as a sighted player sees it. The badge is for the eye, "1." for the ear.
      el('span', { class: 'key', 'aria-hidden': 'true' }, String(c.index + 1)),
      el('span', { class: 'visually-hidden' }, `${c.index + 1}.`),
      el('span', { class: 'label' }, c.text),
    );
    b.addEventListener('click', ownClick(() => choose(c.index)));
    return b;
  });
  function choose(index: number): void {
    if (chosen || !buttons[index]) return;
    chosen = true;
    for (const b of buttons) b.disabled = true;
    buttons[index].classList.add('chosen');
    onChoose(index);
  }
  const promptId = `prompt-${Math.random().toString(36).slice(2, 8)}`;
  const root = el(
    'section',
    { class: 'choices' },
    decision?.prompt ? el('h2', { class: 'prompt', id: promptId }, decision.prompt) : null,
    decision?.kind === 'predict' ? el('p', { class: 'badge' }, 'Read your rival') : null,
    el('div', { role: 'group', 'aria-label': 'Choices', class: 'choice-group' }, ...buttons),
  );
  /** Put the keyboard on an option without choosing it. */
  const focus = (index: number) => buttons[index]?.focus();
  return { root, choose, focus, first: buttons[0] ?? null };
}
