// One screen of story: a passage, a "what really happened" card, or an ending.
import { cardOf, cardPart } from '../engine/card';
import type { Segment } from '../engine/story';
import { cardBody } from './CardView';
import { el } from './element';

/** "Why: …" paragraphs of a passage get their label in bold. */
function paragraph(text: string): HTMLElement {
  const p = cardPart(text);
  return p.label ? el('p', {}, el('strong', {}, `${p.label}: `), p.text) : el('p', {}, text);
}

export function segmentView(seg: Segment): HTMLElement {
  if (seg.kind === 'passage') {
    return el('section', { class: `passage${seg.opensChapter ? ' opens-chapter' : ''}` },
      ...seg.paragraphs.map(paragraph));
  }
  const isReveal = seg.kind === 'reveal';
  const heading = isReveal
    ? 'What really happened'
    : seg.ending === 'counterfactual' ? 'Counterfactual ending: this did not happen' : 'The end of this road';
  return el('section', { class: `card ${isReveal ? 'reveal' : `ending ${seg.ending ?? ''}`}` },
    el('h2', {}, heading),
    ...cardBody(cardOf(seg.paragraphs, seg.terms, seg.source), isReveal ? 'What really happened' : null));
}
