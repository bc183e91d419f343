// A "what really happened" card as the player reads it, in lesson mode and in the debrief alike:
// its lines split into their labels ("What really happened", "Why", "Consequence") and text,
// with the card's key terms and source. One source for both, so they never drift apart.

export const CARD_LABELS = ['What really happened', 'Why', 'Consequence'] as const;
export type CardLabel = (typeof CARD_LABELS)[number];

export interface CardPart {
  /** The label the line starts with, or null for a line that goes on from the one before. */
  label: CardLabel | null;
  text: string;
}

export interface Card {
  parts: CardPart[];
  terms: string[];
  source: string | null;
}

const LABEL = /^(What really happened|Why|Consequence):\s*/;

/** Split one line of a card (or of any passage) into its label and text. */
export function cardPart(line: string): CardPart {
  const m = LABEL.exec(line);
  return m ? { label: m[1] as CardLabel, text: line.slice(m[0].length) } : { label: null, text: line };
}

export function cardOf(paragraphs: readonly string[], terms: readonly string[], source: string | null): Card {
  return { parts: paragraphs.map(cardPart), terms: [...terms], source };
}

/** The text under one label, with the lines that go on from it. */
export function cardSection(card: Card, label: CardLabel): string {
  const out: string[] = [];
  let inside = false;
  for (const p of card.parts) {
    if (p.label !== null) inside = p.label === label;
    if (inside) out.push(p.text);
  }
  return out.join(' ');
}
