// The leaderboard a teacher may project: rank, name, score and what is flagged. Nothing of
// access arrangements (extra time, time-outs) and no times: time never ranks, and a long time
// can give extra time away. Those are in the detail view (detailView.ts) and the CSV.
// Each class has a leaderboard of its own, headed by its rules (classGroups.ts).
import type { Entry } from '../engine/class/ranking';
import { el } from '../ui/element';
import { type ClassGroup, perClass, severalClassesNote } from './classGroups';

export interface LeaderboardView {
  root: HTMLElement;
  show(classes: readonly ClassGroup<readonly Entry[]>[]): void;
}

/** Short marks for the projected board; the reasons are in the detail view. */
function marks(e: Entry): string {
  const out: string[] = [];
  if (e.repeats.length > 0) out.push(`Repeat: ${e.repeats.length} more game${e.repeats.length === 1 ? '' : 's'}`);
  if (e.flags.some((f) => f.kind === 'too-fast')) out.push('Too fast to have read it');
  return out.join('; ');
}

function table(entries: readonly Entry[], labelId: string): HTMLElement {
  return el('div', { class: 'table-wrap' },
    el('table', { class: 'leaderboard', 'aria-labelledby': labelId },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Rank'),
        el('th', { scope: 'col' }, 'Name'),
        el('th', { scope: 'col' }, 'Score'),
        el('th', { scope: 'col' }, 'Flagged'))),
      el('tbody', {}, ...entries.map((e) => el('tr', {},
        el('td', {}, String(e.rank)),
        // A name is the student's own text: it goes in as text, never as HTML.
        el('th', { scope: 'row', class: 'name' }, e.game.result.name),
        el('td', { class: 'score' }, String(e.game.result.score.final)),
        el('td', { class: 'flagged' }, marks(e)))))));
}

export function leaderboardView(actions: HTMLElement[]): LeaderboardView {
  const body = el('div', { class: 'boards' });
  const empty = el('p', { class: 'empty' }, 'No result codes yet: add some above.');
  const root = el('section', { class: 'card results', 'aria-labelledby': 'leaderboard-h' },
    el('h2', { id: 'leaderboard-h' }, 'Leaderboard'),
    el('p', { class: 'hint' }, 'Each score comes from replaying the student\'s choices through the story. One row per student: their first game is ranked, later games are listed as repeats. Equal scores share a rank. A flag is a question to ask, never proof: the reasons, and what this page cannot see, are in the details below.'),
    empty,
    body,
    el('div', { class: 'actions no-print' }, ...actions));

  return {
    root,
    show(classes) {
      const shown = classes.filter((c) => c.results.length > 0);
      body.replaceChildren(
        ...(shown.length === 1 ? [el('p', { class: 'class-rules' }, `Class ${shown[0].classCode}: ${shown[0].rules}`)] : []),
        ...[severalClassesNote(shown)].filter((e) => e !== null),
        ...perClass(shown, 'leaderboard', (entries, labelId) => [table(entries, labelId ?? 'leaderboard-h')]));
      empty.hidden = shown.length > 0;
    },
  };
}
