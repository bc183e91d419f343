// One screen of story: a passage, a "what really happened" card, or an ending.
import type { Segment } from '../engine/story';
import { el } from './element';

const LABEL = /^(What really happened|Why|Consequence):\s*/;

/** "Why: …" paragraphs get their label in bold; the card's own heading replaces the first label. */
function paragraph(text: string, dropLabel: string | null): HTMLElement {
  const m = LABEL.exec(text);
  if (!m) return el('p', {}, text);
  const rest = text.slice(m[0].length);
  if (m[1] === dropLabel) return el('p', {}, rest);
  return el('p', {}, el('strong', {}, `${m[1]}: `), rest);
}

export function segmentView(seg: Segment): HTMLElement {
  if (seg.kind === 'passage') {
    return el('section', { class: `passage${seg.opensChapter ? ' opens-chapter' : ''}` },
      ...seg.paragraphs.map((t) => paragraph(t, null)));
  }
  const isReveal = seg.kind === 'reveal';
  const heading = isReveal
    ? 'What really happened'
    : seg.ending === 'counterfactual' ? 'Counterfactual ending: this did not happen' : 'The end of this road';
  return el('section', { class: `card ${isReveal ? 'reveal' : `ending ${seg.ending ?? ''}`}` },
    el('h2', {}, heading),
    ...seg.paragraphs.map((t) => paragraph(t, isReveal ? 'What really happened' : null)),
    seg.terms.length ? el('p', { class: 'terms' }, el('strong', {}, 'Key terms: '), seg.terms.join(', ')) : null,
    seg.source ? el('p', { class: 'source' }, el('strong', {}, 'Source: '), seg.source) : null);
}
