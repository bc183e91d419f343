// The debrief: the score and how it was reached, and every decision beside what really happened.
import { type StoryMeta, labelOf } from '../engine/meta';
import type { DecisionRecord, GameRecord } from '../engine/record';
import { type Score, type Share, WEIGHTS } from '../engine/scoring';
import { button, el } from './element';

export interface DebriefActions {
  meta: StoryMeta;
  record: GameRecord;
  score: Score;
  onPlayAgain(): void;
}

const pct = (f: number) => `${Math.round(f * 100)}%`;

function shareText(s: Share): string {
  return s.share === null ? 'none in this game' : `${s.matched} of ${s.total} (${pct(s.share)})`;
}

function decisionRow(d: DecisionRecord, meta: StoryMeta): HTMLElement {
  // A prediction says what the player expected of a rival, not how they governed.
  const actorName = d.kind === 'predict' ? '(a prediction)' : labelOf(meta.cast, d.actor) || '—';
  const what = d.reveal?.paragraphs[0]?.replace(/^What really happened:\s*/, '') ?? d.historicalText ?? '';
  return el('tr', { class: d.historical ? 'match' : 'miss' },
    el('th', { scope: 'row' }, el('span', { class: 'row-date' }, [d.date, d.chapter].filter(Boolean).join(' · ')), d.prompt || d.id,
      d.kind === 'predict' ? el('span', { class: 'badge' }, ` Read your rival: ${labelOf(meta.cast, d.rival)}`) : null),
    el('td', {}, d.chosenText, el('span', { class: 'verdict' }, d.historical ? ' ✓ as it happened' : ' ✗ not what happened')),
    el('td', {}, what),
    el('td', {}, actorName),
    el('td', {}, d.reveal?.source ?? ''));
}

export function debriefView(a: DebriefActions): { root: HTMLElement; focus: HTMLElement } {
  const { score, meta, record } = a;
  const fall = record.endings.find((e) => e.kind === 'counterfactual');
  const profile = score.profile.map((p) => `${pct(p.share)} like ${labelOf(meta.cast, p.actor)}`).join(', ');
  const heading = el('h1', { tabindex: -1 }, 'Debrief');
  const root = el('main', { class: 'debrief-screen' },
    el('div', { class: 'debrief-card' },
      heading,
      el('section', { class: 'score', 'aria-labelledby': 'score-h' },
        el('h2', { id: 'score-h' }, 'Your score'),
        el('p', { class: 'final' },
          el('span', { id: 'final-label', class: 'final-label' }, 'Final score '),
          el('output', { 'aria-labelledby': 'final-label', class: 'final-number' }, String(score.final)),
          el('span', { class: 'out-of' }, ' / 100')),
        score.rank ? el('p', { class: 'rank' }, `Rank: ${score.rank}`) : null,
        el('ul', { class: 'breakdown' },
          el('li', {}, el('strong', {}, 'Historical judgement: '), `${shareText(score.judgement)} of your decisions matched what Khrushchev did (weight ${pct(WEIGHTS.judgement)}).`),
          el('li', {}, el('strong', {}, 'Reading rivals: '), `${shareText(score.reading)} of your predictions matched what your rivals did (weight ${pct(WEIGHTS.reading)}).`),
          el('li', {}, el('strong', {}, 'Survival: '), fall
            ? `${pct(score.survival)} of the way to ${meta.end ?? 'the end'}: your Khrushchev fell on ${fall.date ?? 'an unknown date'} (weight ${pct(WEIGHTS.survival)}).`
            : `${pct(score.survival)}: your Khrushchev survived every challenge (weight ${pct(WEIGHTS.survival)}).`),
        ),
        profile ? el('p', { class: 'profile' }, `You governed ${profile}.`) : null,
      ),
      el('section', { 'aria-labelledby': 'decisions-h' },
        el('h2', { id: 'decisions-h' }, 'Your decisions and what really happened'),
        el('div', { class: 'table-wrap' },
          el('table', { class: 'decisions' },
            el('thead', {}, el('tr', {},
              el('th', { scope: 'col' }, 'Decision'),
              el('th', { scope: 'col' }, 'Your choice'),
              el('th', { scope: 'col' }, 'What really happened'),
              el('th', { scope: 'col' }, 'You acted like'),
              el('th', { scope: 'col' }, 'Source'))),
            el('tbody', {}, ...record.decisions.map((d) => decisionRow(d, meta)))))),
      el('div', { class: 'actions' }, button('Play again', a.onPlayAgain, { class: 'primary' })),
    ));
  return { root, focus: heading };
}
