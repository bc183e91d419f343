// The leaderboard a teacher may project: rank, name, score and what is flagged. Nothing of
// access arrangements (extra time, time-outs) and no times: time never ranks, and a long time
// can give extra time away. Those are in the detail view (detailView.ts) and the CSV.
import type { Entry } from '../engine/class/ranking';
import { el } from '../ui/element';

export interface LeaderboardView {
  root: HTMLElement;
  show(entries: readonly Entry[]): void;
}

/** Short marks for the projected board; the reasons are in the detail view. */
function marks(e: Entry): string {
  const out: string[] = [];
  if (e.repeats.length > 0) out.push(`Repeat: ${e.repeats.length} more game${e.repeats.length === 1 ? '' : 's'}`);
  if (e.flags.some((f) => f.kind === 'too-fast')) out.push('Too fast to have read it');
  return out.join('; ');
}

export function leaderboardView(actions: HTMLElement[]): LeaderboardView {
  const body = el('tbody');
  const empty = el('p', { class: 'empty' }, 'No result codes yet: add some above.');
  const table = el('table', { class: 'leaderboard', 'aria-labelledby': 'leaderboard-h', hidden: true },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Rank'),
      el('th', { scope: 'col' }, 'Name'),
      el('th', { scope: 'col' }, 'Score'),
      el('th', { scope: 'col' }, 'Flagged'))),
    body);
  const root = el('section', { class: 'card results', 'aria-labelledby': 'leaderboard-h' },
    el('h2', { id: 'leaderboard-h' }, 'Leaderboard'),
    el('p', { class: 'hint' }, 'Each score comes from replaying the student\'s choices through the story. One row per student: their first game is ranked, later games are listed as repeats. Equal scores share a rank. A flag is a question to ask, never proof: the reasons, and what this page cannot see, are in the details below.'),
    empty,
    el('div', { class: 'table-wrap' }, table),
    el('div', { class: 'actions no-print' }, ...actions));

  return {
    root,
    show(entries) {
      body.replaceChildren(...entries.map((e) => el('tr', {},
        el('td', {}, String(e.rank)),
        // A name is the student's own text: it goes in as text, never as HTML.
        el('th', { scope: 'row', class: 'name' }, e.game.result.name),
        el('td', { class: 'score' }, String(e.game.result.score.final)),
        el('td', { class: 'flagged' }, marks(e)))));
      table.hidden = entries.length === 0;
      empty.hidden = entries.length > 0;
    },
  };
}
