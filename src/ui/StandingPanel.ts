// The player's standing in each power base: label, number and bar, so colour never carries
// the meaning alone; a change since the last choice is shown in words ("up 5"). When a
// decision turns on one base (`# stake:`), its line is marked and said before the player chooses.
import type { StoryMeta } from '../engine/meta';
import type { Stake } from '../engine/tags';
import { el } from './element';

type Bases = Pick<StoryMeta, 'bases' | 'power'>;

function label(meta: Bases, base: string): string {
  return meta.bases.find((b) => b.id === base)?.label ?? base;
}

export function standingPanel(
  meta: Bases,
  power: Record<string, number>,
  before: Record<string, number> | null,
  stake: Stake | null = null,
  /** Whose standing: a whole class's game says "The class's standing". */
  heading = 'Your standing',
): HTMLElement {
  const { min, max } = meta.power;
  const at = (v: number) => `${(100 * (v - min)) / (max - min)}%`;
  const items = meta.bases
    .filter((b) => power[b.id] !== undefined)
    .map((b) => {
      const value = power[b.id];
      const delta = before && before[b.id] !== undefined ? value - before[b.id] : 0;
      const change = delta > 0 ? `up ${delta}` : delta < 0 ? `down ${-delta}` : '';
      const line = stake?.base === b.id ? stake.line : null;
      return el(
        'li',
        { class: `meter${delta > 0 ? ' rose' : delta < 0 ? ' fell' : ''}${line !== null ? ' at-stake' : ''}`, 'data-base': b.id },
        el('span', { class: 'meter-label' }, b.label),
        el('span', { class: 'meter-value' }, `${value}`, el('span', { class: 'visually-hidden' }, ` out of ${max}`)),
        change ? el('span', { class: 'meter-change' }, delta > 0 ? `▲ ${delta}` : `▼ ${-delta}`) : null,
        change ? el('span', { class: 'visually-hidden' }, `, ${change}`) : null,
        el('span', { class: 'meter-bar', 'aria-hidden': 'true' },
          el('span', { style: `width:${at(value)}` }),
          line !== null ? el('span', { class: 'meter-line', style: `left:${at(line)}` }) : null),
      );
    });
  return el('aside', { class: 'standing', 'aria-labelledby': 'standing-h' },
    el('h2', { id: 'standing-h' }, heading),
    el('ul', {}, ...items),
    stake ? el('p', { class: 'stake' }, stakeNotice(meta, stake)) : null);
}

/** Before choosing: the line the story will hold the player to. */
export function stakeNotice(meta: Bases, stake: Stake): string {
  return `At stake: ${label(meta, stake.base)}. Below ${stake.line} after this choice, you fall.`;
}

/** On the card afterwards: where the base stood against its line, so the player sees what decided it. */
export function stakeOutcome(meta: Bases, stake: Stake, value: number): string {
  const base = label(meta, stake.base);
  return value < stake.line
    ? `The line that decided it: after your choice your ${base} stood at ${value}, below its line of ${stake.line}.`
    : `The line at stake: after your choice your ${base} stood at ${value}, at or above its line of ${stake.line}.`;
}

/** After "Continue as history really went": said beside the standing that changed. */
export const REJOIN_NOTICE = "Back on history's path: your power bases are where history had them after that decision.";
