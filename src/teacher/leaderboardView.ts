// The leaderboard table, with its CSV download and print buttons.
import { button, el } from '../ui/element';
import { leaderboardCsv } from './csv';
import { printOnly } from './print';
import { type Standing, formatSeconds } from './results';

function download(name: string, text: string): void {
  // The byte order mark tells spreadsheet programs the file is UTF-8, so "Мария" stays "Мария".
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export interface LeaderboardView {
  root: HTMLElement;
  show(standings: readonly Standing[]): void;
}

export function leaderboardView(): LeaderboardView {
  const body = el('tbody');
  const empty = el('p', { class: 'empty' }, 'No result codes yet: add some above.');
  let current: readonly Standing[] = [];
  const csv = button('Download CSV', () => download('thaw-leaderboard.csv', leaderboardCsv(current)), { disabled: true });
  const table = el('table', { class: 'leaderboard', 'aria-labelledby': 'leaderboard-h', hidden: true },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Rank'),
      el('th', { scope: 'col' }, 'Name'),
      el('th', { scope: 'col' }, 'Score'),
      el('th', { scope: 'col' }, 'Time'))),
    body);
  const root = el('section', { class: 'card results', 'aria-labelledby': 'leaderboard-h' },
    el('h2', { id: 'leaderboard-h' }, 'Leaderboard'),
    el('p', { class: 'hint' }, 'Each score comes from replaying the student\'s choices through the story. Equal scores: the faster student first. Times are as the student\'s game reported them.'),
    empty,
    el('div', { class: 'table-wrap' }, table),
    el('div', { class: 'actions no-print' }, csv, button('Print', () => printOnly('results'))));

  return {
    root,
    show(standings) {
      current = standings;
      body.replaceChildren(...standings.map(({ rank, result }) => el('tr', {},
        el('td', {}, String(rank)),
        // A name is the student's own text: it goes in as text, never as HTML.
        el('th', { scope: 'row', class: 'name' }, result.name),
        el('td', { class: 'score' }, String(result.score.final)),
        el('td', {}, formatSeconds(result.seconds)))));
      table.hidden = standings.length === 0;
      empty.hidden = standings.length > 0;
      csv.disabled = standings.length === 0;
    },
  };
}
