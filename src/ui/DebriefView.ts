// The debrief: lays out the debrief model (src/engine/debrief.ts) on screen and on paper. The
// student's name at the top; the score's arithmetic; every decision with its full card (a table
// on wide screens, one card a decision below a tablet's width); the key terms with definitions;
// the timeline; exam practice with the student's own evidence; the historians' debate.
import type { DebriefModel, DebriefRow, EvidenceItem, ExamView, ScoreArithmetic } from '../engine/debrief';
import type { StoryMeta } from '../engine/meta';
import type { GameRecord } from '../engine/record';
import { cardBody } from './CardView';
import { button, el } from './element';
import { historiansDebate } from './HistoriansDebate';

export interface DebriefActions {
  model: DebriefModel;
  meta: StoryMeta;
  record: GameRecord;
  /** Competition only: the code the student hands in. */
  resultCode: string | null;
  onPlayAgain(): void;
}

/** Lines to write on, on paper only. */
const planLines = (n: number) => el('div', { class: 'answer-lines', 'aria-hidden': 'true' }, ...Array.from({ length: n }, () => el('div')));

/** Name (and class code) at the top; in a lesson game, a field to write the name for the printout. */
function studentLine(m: DebriefModel): HTMLElement {
  const { name, classCode } = m.student;
  if (m.audience === 'class') return el('p', { class: 'student' }, el('strong', {}, 'Class: '), el('span', { class: 'student-name' }, name ?? ''));
  if (name) {
    return el('p', { class: 'student' }, el('strong', {}, 'Name: '), el('span', { class: 'student-name' }, name),
      classCode ? el('span', {}, ' · ', el('strong', {}, 'Class code: '), classCode) : null);
  }
  const printed = el('span', { class: 'student-name print-only' });
  const input = el('input', { id: 'student-name', type: 'text', autocomplete: 'name', maxlength: 60 });
  input.addEventListener('input', () => { printed.textContent = input.value; });
  return el('p', { class: 'student' }, el('label', { for: 'student-name', class: 'no-print' }, 'Your name, for the printout: '), input,
    el('strong', { class: 'print-only' }, 'Name: '), printed);
}

/**
 * "1577 ÷ 4241 × 20 = 7.44" in a narrow column wraps only before an operator, never between an
 * operator and its number: "1577 ÷ 4241 / × 20 / = 7.44".
 */
const working = (text: string | null) => (text === null ? 'left out' : text.replace(/([÷×=]) /g, '$1\u00a0'));

function scoreSection(s: ScoreArithmetic, m: DebriefModel): HTMLElement {
  return el('section', { class: 'score', 'aria-labelledby': 'score-h' },
    el('h2', { id: 'score-h' }, m.words.score),
    el('p', { class: 'final' },
      el('span', { id: 'final-label', class: 'final-label' }, 'Final score '),
      el('output', { 'aria-labelledby': 'final-label', class: 'final-number' }, String(s.final)),
      el('span', { class: 'out-of' }, ' / 100')),
    s.rank ? el('p', { class: 'rank' }, `Rank: ${s.rank}`) : null,
    el('table', { class: 'arithmetic' },
      el('caption', {}, 'How the score is made'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Part'), el('th', { scope: 'col' }, m.words.result),
        el('th', { scope: 'col' }, 'Weight'), el('th', { scope: 'col' }, 'Points'))),
      el('tbody', {}, ...s.parts.map((p) => el('tr', {},
        el('th', { scope: 'row' }, p.label), el('td', {}, p.detail), el('td', {}, String(p.weight)),
        el('td', {}, working(p.working)))))),
    el('p', { class: 'sum' }, el('strong', {}, 'Score: '), s.counted === 100
      ? `${s.sum}: the points add up to the score.`
      : `${s.sum}: the parts counted weigh ${s.counted}, so their points are scaled up to 100.`),
    m.profile ? el('p', { class: 'profile' }, m.profile) : null);
}

/** The result code, easy to read out (groups of five that never break), to copy, and to scan. */
function resultSection(code: string): HTMLElement {
  const status = el('p', { class: 'copy-status', role: 'status' });
  const copied = 'Copied. Paste it where your teacher asked.';
  const groups = code.match(/.{1,5}/g) ?? [code];
  const shown = el('output', { 'aria-labelledby': 'result-label', class: 'result-code' },
    ...groups.flatMap((g, i) => [i > 0 ? ' ' : '', el('span', { class: 'code-group' }, g)]));
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

/** How a whole class split on a decision: the sentence, then each option with its hands. */
function splitBlock(r: DebriefRow): HTMLElement[] {
  const s = r.split;
  if (!s) return [];
  const line = el('p', { class: 'class-split' }, s.line);
  if (!s.counts) return [line];
  return [line, el('ul', { class: 'split-counts' }, ...s.counts.map((c) => el('li', { class: c.chosen ? 'chosen' : '' },
      el('span', { class: 'hands' }, String(c.hands)), ` ${c.text}`, c.historical ? el('em', {}, ' (what really happened)') : null)))];
}

function decisionRow(r: DebriefRow, m: DebriefModel): HTMLElement {
  return el('tr', { class: r.matched ? 'match' : 'miss' },
    el('th', { scope: 'row', 'data-label': 'Decision' },
      el('span', { class: 'row-date' }, r.when), el('span', { class: 'row-heading' }, r.heading),
      r.kind === 'predict' ? el('span', { class: 'badge' }, `${m.words.readRival}: ${r.rival}`) : null),
    // A class's split names the option it chose, and its counts list every option: the choice is not said a third time.
    el('td', { 'data-label': m.words.choice }, r.split ? null : el('p', {}, r.chosen), ...splitBlock(r),
      el('p', { class: 'verdict' }, `${r.matched ? '✓' : '✗'} ${r.verdict}`),
      r.alignment ? el('p', { class: 'alignment' }, r.alignment) : null),
    el('td', { 'data-label': 'What really happened', class: 'card-cell' },
      ...(r.card ? cardBody(r.card, 'What really happened') : [el('p', {}, r.historicalText ?? '')])));
}

function decisionsSection(m: DebriefModel): HTMLElement {
  return el('section', { 'aria-labelledby': 'decisions-h' },
    el('h2', { id: 'decisions-h' }, m.words.decisions),
    el('table', { class: 'decisions', 'aria-labelledby': 'decisions-h' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Decision'),
        el('th', { scope: 'col' }, m.words.choice),
        el('th', { scope: 'col' }, 'What really happened'))),
      el('tbody', {}, ...m.rows.map((r) => decisionRow(r, m)))));
}

function powerChart(record: GameRecord, meta: StoryMeta, m: DebriefModel): HTMLElement | null {
  const points = record.decisions.filter((d) => Object.keys(d.power).length > 0);
  if (points.length === 0 || meta.bases.length === 0) return null;
  return el('section', { class: 'power-bases', 'aria-labelledby': 'power-h' },
    el('h2', { id: 'power-h' }, m.words.power),
    el('table', { class: 'power-chart', 'aria-labelledby': 'power-h' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'After the decision of'),
        ...meta.bases.map((b) => el('th', { scope: 'col' }, b.label)))),
      el('tbody', {}, ...points.map((d) => el('tr', {},
        el('th', { scope: 'row' }, d.date ?? d.id),
        ...meta.bases.map((b) => {
          const v = d.power[b.id] ?? meta.power.min;
          const width = (100 * (v - meta.power.min)) / (meta.power.max - meta.power.min);
          // The label shows only where the table is laid out as cards (styles.css), with no header row to name the base.
          return el('td', {}, el('span', { class: 'base-label' }, b.label),
            el('span', { class: 'bar', style: `width:${width}%`, 'aria-hidden': 'true' }), el('span', { class: 'num' }, String(v)));
        }))))));
}

function termsSection(m: DebriefModel): HTMLElement | null {
  if (m.terms.length === 0) return null;
  return el('section', { 'aria-labelledby': 'terms-h' },
    el('h2', { id: 'terms-h' }, m.words.terms),
    el('dl', { class: 'glossary' }, ...m.terms.flatMap((t) => [el('dt', {}, t.term), el('dd', {}, t.definition ?? '')])));
}

function timelineSection(m: DebriefModel): HTMLElement | null {
  if (m.timeline.length === 0) return null;
  return el('section', { 'aria-labelledby': 'timeline-h' },
    el('h2', { id: 'timeline-h' }, m.period ? `What really happened, ${m.period}` : 'What really happened'),
    el('ol', { class: 'chronology' }, ...m.timeline.map((e) => el('li', { class: e.played ? 'played' : '' },
      el('strong', { class: 'when' }, e.date), ' ', e.event))));
}

function evidenceList(items: readonly EvidenceItem[], m: DebriefModel): HTMLElement {
  return el('ul', { class: 'evidence' }, ...items.map((e) => el('li', {},
    el('strong', {}, `${e.heading} `),
    e.chosen === null
      ? 'Not in this game.'
      : `${m.words.chose} “${e.chosen}” ${e.matched ? '(as it happened).' : '(not what happened).'}`,
    e.happened ? el('span', { class: 'happened' }, ` What really happened: ${e.happened}`) : null)));
}

function examSection(m: DebriefModel): HTMLElement | null {
  if (m.exam.length === 0) return null;
  const question = (q: ExamView, i: number) => el('section', { class: 'exam-question', 'aria-labelledby': `exam-${i}-h` },
    el('h3', { id: `exam-${i}-h` }, `${i + 1}. ${q.question}`),
    el('h4', {}, 'For'), el('p', {}, q.for.case), evidenceList(q.for.evidence, m),
    el('h4', {}, 'Against'), el('p', {}, q.against.case), evidenceList(q.against.evidence, m),
    el('p', { class: 'print-only plan-label' }, 'Your plan:'),
    planLines(6));
  return el('section', { class: 'exam', 'aria-labelledby': 'exam-h' },
    el('h2', { id: 'exam-h' }, 'Exam practice'),
    el('p', {}, m.words.examIntro),
    ...m.exam.map(question));
}

export function debriefView(a: DebriefActions): { root: HTMLElement; focus: HTMLElement } {
  const m = a.model;
  const heading = el('h1', { tabindex: -1 }, 'Debrief');
  const root = el('main', { class: 'debrief-screen' },
    el('div', { class: 'debrief-card' },
      heading,
      studentLine(m),
      m.span ? el('p', { class: 'span-note' }, m.span) : null,
      scoreSection(m.score, m),
      a.resultCode ? resultSection(a.resultCode) : null,
      decisionsSection(m),
      powerChart(a.record, a.meta, m),
      termsSection(m),
      timelineSection(m),
      examSection(m),
      m.debate ? historiansDebate(m.debate, m.words) : null,
      el('div', { class: 'actions no-print' }, button('Print or save as PDF', () => print()), button('Play again', a.onPlayAgain, { class: 'primary' })),
    ));
  return { root, focus: heading };
}
