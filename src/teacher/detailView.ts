// The teacher's detail view: every game with its time, start, attempt, access arrangements
// (extra time, time-outs) and flags with their reasons. Closed by default and never printed
// with the results, so that it is not projected or handed round by accident.
import { formatMoment, formatSeconds } from '../engine/class/games';
import { offersExtraTime } from '../engine/modes';
import type { Entry, Flag, Game } from '../engine/class/ranking';
import { el } from '../ui/element';
import { type ClassGroup, perClass } from './classGroups';

export interface DetailView {
  root: HTMLElement;
  show(classes: readonly ClassGroup<readonly Entry[]>[]): void;
}

function timeOuts(game: Game): string {
  const at = game.result.offered.flatMap((d, i) => (d.timedOut ? [i + 1] : []));
  return at.length === 0 ? 'None' : `Time ran out at decision${at.length === 1 ? '' : 's'} ${at.join(', ')}`;
}

/** A class with no time limit has no extra time to give (modes.ts offersExtraTime): say why there is none. */
const extra = (game: Game) => (!offersExtraTime(game.result.rules) ? 'No time limit' : game.facts.extraTime > 0 ? `+${game.facts.extraTime}%` : 'None');

function row(game: Game, which: string, flags: readonly Flag[]): HTMLElement {
  const { result, facts } = game;
  return el('tr', { class: which === 'Ranked' ? 'ranked' : 'repeat' },
    el('th', { scope: 'row', class: 'name' }, result.name),
    el('td', {}, which),
    el('td', { class: 'score' }, String(result.score.final)),
    el('td', { class: 'when' }, formatSeconds(result.seconds)),
    el('td', { class: 'when' }, formatMoment(facts.startedAt)),
    el('td', {}, String(facts.attempt)),
    el('td', {}, extra(game)),
    el('td', {}, timeOuts(game)),
    el('td', {}, flags.length === 0 ? '' : el('ul', { class: 'flags' }, ...flags.map((f) => el('li', {}, f.reason)))),
    el('td', { class: 'from' }, game.from));
}

function table(entries: readonly Entry[], labelId: string): HTMLElement {
  return el('div', { class: 'table-wrap' },
    el('table', { class: 'leaderboard details-table', 'aria-labelledby': labelId },
      el('thead', {}, el('tr', {}, ...['Name', 'Game', 'Score', 'Time', 'Started', 'Attempt', 'Extra time', 'Time ran out', 'Flags', 'Found in']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...entries.flatMap((e) => [
        row(e.game, 'Ranked', e.flags),
        ...e.repeats.map((g, i) => row(g, `Repeat ${i + 1}`, g.flags)),
      ]))));
}

export function detailView(): DetailView {
  const body = el('div', { class: 'details-body' });
  const root = el('section', { class: 'card details-card', 'aria-labelledby': 'details-h' },
    el('details', {},
      el('summary', {}, el('h2', { id: 'details-h' }, 'Details for you, not for projecting')),
      el('p', { class: 'hint' }, 'Times, attempts, extra time and time-outs: access arrangements are confidential, so they are shown only here and in the CSV. Flags never prove anything: a student may have played at home first, on another device, or under another name, and this page cannot see that. It sees only what the codes carry.'),
      body));
  return {
    root,
    show(classes) {
      const shown = classes.filter((c) => c.results.length > 0);
      // With no codes yet, the table's headings say what will be here.
      body.replaceChildren(...(shown.length === 0 ? [table([], 'details-h')] : perClass(shown, 'details', (entries, labelId) => [table(entries, labelId ?? 'details-h')])));
    },
  };
}
