// Results of several classes on one page. Codes of different classes (other chapters, another
// time limit) were played under different rules, so each class's results stand apart, headed
// by its class code and its rules: never ranked, averaged or counted together.
import { el } from '../ui/element';

/** One class's results as a view shows them; `rules` is the class's rules in sentences. */
export interface ClassGroup<T> {
  classCode: string;
  rules: string;
  results: T;
}

/**
 * One class's part of a card: its results alone when the page shows one class, or each class
 * under its own heading (h3, with `id`'s prefix) and rules when it shows several.
 * @param render draws a class's results; `labelId` names the element that labels them, or null for the card's own heading
 */
export function perClass<T>(groups: readonly ClassGroup<T>[], idPrefix: string, render: (results: T, labelId: string | null, index: number) => (HTMLElement | null)[]): HTMLElement[] {
  if (groups.length === 1) return render(groups[0].results, null, 0).filter((e): e is HTMLElement => e !== null);
  return groups.map((g, i) => {
    const id = `${idPrefix}-class-${i}`;
    return el('section', { class: 'class-group', 'aria-labelledby': id },
      el('h3', { id }, `Class ${g.classCode}`),
      el('p', { class: 'class-rules' }, g.rules),
      ...render(g.results, id, i));
  });
}

/** Said over the results when the codes come from more than one class. */
export function severalClassesNote(groups: readonly ClassGroup<unknown>[]): HTMLElement | null {
  if (groups.length < 2) return null;
  return el('p', { class: 'notice several-classes' },
    `These codes come from ${groups.length} classes, each played under its own rules, so each class is shown on its own. To see one class only, type its class code in "Class code for these results".`);
}
