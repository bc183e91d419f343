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
  // While frames are recorded, the browser's own account of what kept the page busy: Long
  // Animation Frames (frames over 50 ms, with the scripts that ran in them) and Event Timing
  // (every interaction that took 16 ms or more from the input to the next paint).
  let observers = [];
  probe.longFrames = [];
  probe.events = [];
  const describe = (node) => {
    if (!(node instanceof Element)) return null;
    const text = (node.closest('button') ?? node).textContent.trim().replace(/\s+/g, ' ');
    return `${node.tagName.toLowerCase()}${text ? ` "${text.slice(0, 40)}"` : ''}`;
  };
  const watch = (type, options, keep) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    const o = new PerformanceObserver((list) => list.getEntries().forEach(keep));
    o.observe({ type, ...options });
    observers.push({ o, keep });
  };
  probe.startFrames = () => {
    probe.frames = [];
    probe.longFrames = [];
    probe.events = [];
    probe.supported = {
      longAnimationFrame: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
      event: PerformanceObserver.supportedEntryTypes.includes('event'),
    };
    watch('long-animation-frame', {}, (e) => probe.longFrames.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      script: e.scripts.reduce((n, s) => n + s.duration, 0),
      scripts: e.scripts.map((s) => ({
        duration: s.duration, invoker: s.invoker, invokerType: s.invokerType,
        source: s.sourceURL ? `${s.sourceURL.split('/').pop()}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''}` : '',
      })),
    }));
    // Only the entries of an interaction (a press, a click, a key: interactionId > 0), as INP
    // counts them; pointer moves and hovers are not inputs waiting for an answer.
    watch('event', { durationThreshold: 16 }, (e) => e.interactionId > 0 && probe.events.push({
      name: e.name,
      start: e.startTime,
      delay: e.processingStart - e.startTime,
      duration: e.duration,
      target: describe(e.target),
    }));
    last = null;
    running = true;
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => {
    running = false;
    // Entries not yet delivered to the callback are kept too.
    for (const { o, keep } of observers) {
      o.takeRecords().forEach(keep);
      o.disconnect();
    }
    observers = [];
    return probe.frames;
  };
})();
