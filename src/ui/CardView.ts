// The body of a "what really happened" card, the same in lesson mode and in the debrief: each
// line with its label in bold, then the key terms and the source.
import type { Card, CardLabel } from '../engine/card';
import { el } from './element';

/** @param dropLabel a label the surrounding heading already says, left off its line */
export function cardBody(card: Card, dropLabel: CardLabel | null): HTMLElement[] {
  return [
    ...card.parts.map((p) => (p.label && p.label !== dropLabel
      ? el('p', { class: 'card-part' }, el('strong', {}, `${p.label}: `), p.text)
      : el('p', { class: 'card-part' }, p.text))),
    ...(card.terms.length ? [el('p', { class: 'terms' }, el('strong', {}, 'Key terms: '), card.terms.join(', '))] : []),
    ...(card.source ? [el('p', { class: 'source' }, el('strong', {}, 'Source: '), card.source)] : []),
  ];
}
