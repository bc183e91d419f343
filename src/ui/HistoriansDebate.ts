// The debrief's historians' debate (story/README.md, "The historians' debate"), laid out from the
// debrief model: each reading with its historians, then the measure of the player's own choices
// (the share of their tagged choices each reading explains, ties reported as ties), the choices
// that show it with the passage behind each, and the question to answer.
import type { DebateView, DebriefWords, ReadingView } from '../engine/debrief';
import { el } from './element';

type HistorianView = ReadingView['historians'][number];

function historianEntry(h: HistorianView): HTMLElement {
  const citation = () => [el('cite', {}, h.work), ` (${h.date})`];
  return el('div', { class: 'historian' },
    el('h4', {}, h.name),
    el('p', { class: 'work' }, ...citation()),
    el('p', {}, h.argument),
    el('figure', { class: 'quote' },
      el('blockquote', {}, el('p', {}, h.quote)),
      el('figcaption', {}, `${h.name}, `, ...citation())));
}

function readingEntry(r: ReadingView): HTMLElement {
  const id = `reading-${r.id}-h`;
  return el('section', { class: 'reading', 'aria-labelledby': id },
    el('h3', { id }, r.label),
    r.summary ? el('p', { class: 'reading-summary' }, r.summary) : null,
    ...r.historians.map(historianEntry));
}

function measureEntry(r: ReadingView, lead: boolean, words: DebriefWords): HTMLElement {
  return el('li', { class: lead ? 'lead' : '' },
    el('strong', {}, `${r.label}: `), r.decisions.length === 0 ? words.noneChosen : r.measure,
    r.decisions.length > 0
      ? el('ul', { class: 'support-list' }, ...r.decisions.map((d) =>
        el('li', {}, el('strong', {}, `${d.heading} `), `(${d.when}): ${words.choseInside} “${d.chosen}”`,
          d.passage ? el('span', { class: 'passage' }, ` ${d.passage.historian}: “${d.passage.says}”`) : null)))
      : null);
}

/** `words`: who the debrief speaks to (engine/debrief.ts debriefWords). */
export function historiansDebate(d: DebateView, words: DebriefWords): HTMLElement {
  return el('section', { class: 'debate', 'aria-labelledby': 'debate-h' },
    el('h2', { id: 'debate-h' }, "The historians' debate"),
    d.question ? el('p', { class: 'debate-question' }, d.question) : null,
    el('div', { class: 'readings' }, ...d.readings.map(readingEntry)),
    el('section', { class: 'reading-support', 'aria-labelledby': 'support-h' },
      el('h3', { id: 'support-h' }, words.support),
      el('p', { class: 'support-verdict' }, d.verdict),
      d.tagged > 0 ? el('ul', { class: 'measure' }, ...d.readings.map((r) => measureEntry(r, d.leading.includes(r.id), words))) : null,
      el('p', { class: 'debate-prompt' }, el('strong', {}, d.prompt)),
      // On paper, lines to write the answer on.
      el('div', { class: 'answer-lines', 'aria-hidden': 'true' }, el('div'), el('div'), el('div'), el('div'))));
}
