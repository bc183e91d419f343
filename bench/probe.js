// Injected by bench/run.ts into every page before the page's own scripts (page.addInitScript),
// the bare scene's as well as the game's, so both carry the same cost. It records, in ms since
// navigation (performance.now()):
//   titleInDom:   the first moment a "New game" button is visible, enabled and the element a
//                 click at its centre would reach (nothing covers it);
//   titleReady:   the start of the next frame, the one that paints it;
//   click:        when the first pointerdown arrived; newGameClicked: when a click reached "New game";
//   choicesReady: the first moment the group named "Choices" holds visible, enabled buttons.
// It also keeps requestAnimationFrame deltas between startFrames() and stopFrames().
(() => {
  const probe = {
    titleInDom: null,
    titleReady: null,
    click: null,
    newGameClicked: null,
    choicesReady: null,
    frames: null,
  };
  window.__probe = probe;

  const shown = (el) => {
    if (!el || el.disabled) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0;
  };

  const check = () => {
    const now = performance.now();
    if (probe.titleReady === null) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'New game');
      if (shown(button)) {
        const box = button.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === button || button.contains(hit))) {
          probe.titleInDom = now;
          probe.titleReady = -1;
          // Ready when it is on screen: the frame that paints it starts with this callback.
          requestAnimationFrame(() => {
            probe.titleReady = performance.now();
            window.__benchNotify?.('titleReady');
          });
        }
      }
    }
    if (probe.choicesReady === null) {
      const group = document.querySelector('[role="group"][aria-label="Choices"]');
      const buttons = group ? [...group.querySelectorAll('button')] : [];
      if (buttons.length > 0 && buttons.every(shown)) {
        probe.choicesReady = now;
        window.__benchNotify?.('choicesReady');
      }
    }
    if (probe.titleReady !== null && probe.choicesReady !== null) observer.disconnect();
  };

  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('pointerdown', () => {
    if (probe.click === null) probe.click = performance.now();
  }, { capture: true });
  addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && button.textContent.trim() === 'New game') probe.newGameClicked = performance.now();
  }, { capture: true });

  let last = null;
  let running = false;
  const tick = (t) => {
    if (!running) return;
    if (last !== null) probe.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  probe.startFrames = () => {
    probe.frames = [];
    last = null;
    running = true;
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => {
    running = false;
    return probe.frames;
  };
})();
