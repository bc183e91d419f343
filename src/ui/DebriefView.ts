// The debrief: the score and how it was reached, and every decision beside what really happened.
import { type StoryMeta, labelOf } from '../engine/meta';
import type { DecisionRecord, GameRecord } from '../engine/record';
import { type Score, type Share, WEIGHTS } from '../engine/scoring';
import { button, el } from './element';
import { historiansDebate } from './HistoriansDebate';

export interface DebriefActions {
  meta: StoryMeta;
  record: GameRecord;
  score: Score;
  /** Competition only: the code the student hands in. */
  resultCode: string | null;
  /** "Chapters 6–7: …" when the game covered only some chapters. */
  span: string | null;
  onPlayAgain(): void;
}

const pct = (f: number) => `${Math.round(f * 100)}%`;

function shareText(s: Share): string {
  return s.share === null ? 'none in this game' : `${s.matched} of ${s.total} (${pct(s.share)})`;
}

function decisionRow(d: DecisionRecord, meta: StoryMeta): HTMLElement {
  // A prediction says what the player expected of a rival, not how they governed.
  const actorName = d.kind === 'predict' ? '(a prediction)' : labelOf(meta.cast, d.actor) || '—';
  // The card's "What really happened:" lead-in is the column's heading here; the sentence keeps its capital.
  const what = d.reveal?.paragraphs[0]?.replace(/^What really happened:\s*(.)/, (_, c: string) => c.toUpperCase()) ?? d.historicalText ?? '';
  return el('tr', { class: d.historical ? 'match' : 'miss' },
    el('th', { scope: 'row' }, el('span', { class: 'row-date' }, [d.date, d.chapter].filter(Boolean).join(' · ')), d.prompt || d.id,
      d.kind === 'predict' ? el('span', { class: 'badge' }, ` Read your rival: ${labelOf(meta.cast, d.rival)}`) : null),
    el('td', {}, d.timedOut ? `Time ran out (the story went on: ${d.chosenText})` : d.chosenText,
      el('span', { class: 'verdict' }, d.historical ? ' ✓ as it happened' : ' ✗ not what happened')),
    el('td', {}, what),
    el('td', {}, actorName),
    el('td', {}, d.reveal?.source ?? ''));
}

/** The result code, easy to read out (groups of five), to copy, and to scan. */
function resultSection(code: string): HTMLElement {
  const status = el('p', { class: 'copy-status', role: 'status' });
  const copied = 'Copied. Paste it where your teacher asked.';
  const shown = el('output', { 'aria-labelledby': 'result-label', class: 'result-code' }, code.match(/.{1,5}/g)?.join(' ') ?? code);
  // A plain http:// address (npm run class) has no Clipboard API: select the code and use the
  // older copy command, and where even that is refused the code stays selected to copy by hand.
  const selectAndCopy = () => {
    getSelection()?.selectAllChildren(shown);
    status.textContent = document.execCommand('copy') ? copied : 'The code is selected: press Ctrl+C (on a tablet or phone, tap Copy) to copy it.';
  };
  const copy = button('Copy result code', () => {
    if (!navigator.clipboard) {
      selectAndCopy();
      return;
    }
    navigator.clipboard.writeText(code).then(() => { status.textContent = copied; }, selectAndCopy);
  });
  const qr = el('div', { class: 'qr' });
  // The QR library is only needed here, so it loads only here.
  import('qrcode')
    .then((q) => q.toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 220 }))
    .then((url) => qr.append(el('img', { src: url, alt: 'QR code of your result code', width: 220, height: 220 })))
    .catch(() => qr.append(el('p', {}, 'The QR code could not be drawn; the code above works just as well.')));
  return el('section', { class: 'result', 'aria-labelledby': 'result-h' },
    el('h2', { id: 'result-h' }, 'Hand in your result'),
    el('p', {}, 'Give this code to your teacher: it carries your choices and your time, and the teacher’s page works out the same score.'),
    el('p', { class: 'result-line' },
      el('span', { id: 'result-label' }, 'Result code '),
      shown),
    el('div', { class: 'actions' }, copy),
    status, qr);
}

function powerChart(record: GameRecord, meta: StoryMeta): HTMLElement | null {
  const points = record.decisions.filter((d) => Object.keys(d.power).length > 0);
  if (points.length === 0 || meta.bases.length === 0) return null;
  return el('section', { 'aria-labelledby': 'power-h' },
    el('h2', { id: 'power-h' }, 'Your power bases through the game'),
    el('div', { class: 'table-wrap' },
      el('table', { class: 'power-chart', 'aria-labelledby': 'power-h' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'After the decision of'),
          ...meta.bases.map((b) => el('th', { scope: 'col' }, b.label)))),
        el('tbody', {}, ...points.map((d) => el('tr', {},
          el('th', { scope: 'row' }, d.date ?? d.id),
          ...meta.bases.map((b) => {
            const v = d.power[b.id] ?? meta.power.min;
            const width = (100 * (v - meta.power.min)) / (meta.power.max - meta.power.min);
            return el('td', {}, el('span', { class: 'bar', style: `width:${width}%`, 'aria-hidden': 'true' }), el('span', { class: 'num' }, String(v)));
          })))))));
}

function keyTerms(record: GameRecord): HTMLElement | null {
  const terms = [...new Set(record.decisions.flatMap((d) => d.reveal?.terms ?? []))];
  if (terms.length === 0) return null;
  return el('section', { 'aria-labelledby': 'terms-h' },
    el('h2', { id: 'terms-h' }, 'Key terms you met'),
    el('ul', { class: 'terms-list' }, ...terms.map((t) => el('li', {}, t))));
}

export function debriefView(a: DebriefActions): { root: HTMLElement; focus: HTMLElement } {
  const { score, meta, record } = a;
  const fall = record.endings.find((e) => e.kind === 'counterfactual');
  const profile = score.profile.map((p) => `${pct(p.share)} like ${labelOf(meta.cast, p.actor)}`).join(', ');
  const heading = el('h1', { tabindex: -1 }, 'Debrief');
  const root = el('main', { class: 'debrief-screen' },
    el('div', { class: 'debrief-card' },
      heading,
      a.span ? el('p', { class: 'span-note' }, `${a.span}. The chapters before them went as they really did.`) : null,
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
            ? `${pct(score.survival)} of the way to ${record.span?.end ?? meta.end ?? 'the end'}: your Khrushchev first fell on ${fall.date ?? 'an unknown date'}. Survival counts to that first fall; carrying on as history went does not change it (weight ${pct(WEIGHTS.survival)}).`
            : `${pct(score.survival)}: your Khrushchev survived every challenge (weight ${pct(WEIGHTS.survival)}).`),
        ),
        profile ? el('p', { class: 'profile' }, `You governed ${profile}.`) : null,
      ),
      a.resultCode ? resultSection(a.resultCode) : null,
      el('section', { 'aria-labelledby': 'decisions-h' },
        el('h2', { id: 'decisions-h' }, 'Your decisions and what really happened'),
        el('div', { class: 'table-wrap' },
          el('table', { class: 'decisions', 'aria-labelledby': 'decisions-h' },
            el('thead', {}, el('tr', {},
              el('th', { scope: 'col' }, 'Decision'),
              el('th', { scope: 'col' }, 'Your choice'),
              el('th', { scope: 'col' }, 'What really happened'),
              el('th', { scope: 'col' }, 'You acted like'),
              el('th', { scope: 'col' }, 'Source'))),
            el('tbody', {}, ...record.decisions.map((d) => decisionRow(d, meta)))))),
      powerChart(record, meta),
      keyTerms(record),
      historiansDebate(record, meta),
      el('div', { class: 'actions no-print' }, button('Print or save as PDF', () => print()), button('Play again', a.onPlayAgain, { class: 'primary' })),
    ));
  return { root, focus: heading };
}
