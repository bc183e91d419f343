// Builds DOM elements. Text always goes in as text nodes, never as HTML: story text,
// names and codes can contain anything.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/**
 * For a button that takes the place of another under the pointer (Continue, then the options):
 * the second click of a double click lands on it but is not a press of its own. Keyboard and
 * touch presses (a click count of 0 or 1) always count.
 */
export function ownClick(onActivate: () => void): (e?: Event) => void {
  return (e) => {
    if (e instanceof MouseEvent && e.detail > 1) return;
    onActivate();
  };
}

export function button(label: string, onActivate: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onActivate);
  return b;
}
