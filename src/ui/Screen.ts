// The HTML layer over the Phaser canvas. Every word and every control of the game lives
// here, as real HTML, so keyboards, screen readers and zoom work as they do on any page.

const root = (): HTMLElement => {
  const node = document.getElementById('ui');
  if (!node) throw new Error('The page has no #ui element.');
  return node;
};

/** Replace what is on screen with `view`, and put keyboard focus where the view asks. */
export function showScreen(view: HTMLElement, focus?: HTMLElement | null): void {
  const r = root();
  r.replaceChildren(view);
  r.scrollTop = 0;
  (focus ?? view).focus({ preventScroll: true });
}

export function clearScreen(): void {
  root().replaceChildren();
}
