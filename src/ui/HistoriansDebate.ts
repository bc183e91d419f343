// The debrief's last section: the historians' debate (story/README.md, "The historians'
// debate"). The three readings the story declares, the historians who argue each (from
// story/historians.json), and the reading the player's own choices support.
import data from '../../story/historians.json';
import {
  type Historian, type HistoriansFile, type ReadingSupport, joinWords, leadingReadings, parseHistorians,
  readingSupport, surnames,
} from '../engine/historians';
import type { StoryMeta } from '../engine/meta';
import type { DecisionRecord, GameRecord } from '../engine/record';
import { el } from './element';

const historiansFile = parseHistorians(data).value;

/** "The Anti-Party Group (18 June 1957)": how the debrief names a decision in a sentence. */
function decisionName(d: DecisionRecord): string {
  const what = d.chapter ?? d.id;
  return d.date ? `${what} (${d.date})` : what;
}

const choices = (n: number) => `${n} ${n === 1 ? 'choice' : 'choices'}`;

function historianEntry(h: Historian): HTMLElement {
  const citation = () => [el('cite', {}, h.work), ` (${h.date})`];
  return el('div', { class: 'historian' },
    el('h4', {}, h.name),
    el('p', { class: 'work' }, ...citation()),
    el('p', {}, h.argument),
    el('figure', { class: 'quote' },
      el('blockquote', {}, el('p', {}, h.quote)),
      el('figcaption', {}, `${h.name}, `, ...citation())));
}

function readingEntry(s: ReadingSupport, file: HistoriansFile | null): HTMLElement {
  const text = file?.readings[s.reading.id];
  const id = `reading-${s.reading.id}-h`;
  return el('section', { class: 'reading', 'aria-labelledby': id },
    el('h3', { id }, s.reading.label),
    text ? el('p', { class: 'reading-summary' }, text.summary) : null,
    ...(text?.historians ?? []).map(historianEntry));
}

function whoArgues(s: ReadingSupport, file: HistoriansFile | null): string {
  const hs = file?.readings[s.reading.id]?.historians ?? [];
  return hs.length > 0 ? surnames(hs) : `the reading "${s.reading.label}"`;
}

function decisionList(ds: readonly DecisionRecord[]): HTMLElement {
  return el('ul', { class: 'support-list' }, ...ds.map((d) =>
    el('li', {}, el('strong', {}, `${decisionName(d)}: `), `you chose “${d.chosenText}”`)));
}

/** "The reading your path supports": the most supported reading, the decisions, and the question to answer. */
function supportEntry(support: readonly ReadingSupport[], record: GameRecord, file: HistoriansFile | null): HTMLElement {
  const lead = leadingReadings(support);
  const body: (HTMLElement | null)[] = [];
  const total = record.decisions.length;
  if (lead.length === 0) {
    body.push(el('p', { class: 'support-verdict' },
      'None of your choices is one these historians explain, so your path supports no reading in particular. ',
      'Look again at what Khrushchev really did in the table of your decisions, and decide which reading explains it best.'));
  } else {
    const n = lead[0].decisions.length;
    body.push(lead.length === 1
      ? el('p', { class: 'support-verdict' }, 'Your path supports ', el('strong', {}, lead[0].reading.label),
        `: ${n} of your ${total} decisions fit it, more than any other reading.`)
      : el('p', { class: 'support-verdict' }, `Your path supports ${lead.length} readings equally, with ${choices(n)} each: `,
        ...lead.flatMap((s, i) => [i === 0 ? '' : i === lead.length - 1 ? ' and ' : ', ', el('strong', {}, s.reading.label)]), '.'));
    for (const s of lead) {
      body.push(el('p', {}, `Your choices at ${joinWords(s.decisions.map(decisionName))} fit ${whoArgues(s, file)}:`));
      body.push(decisionList(s.decisions));
    }
    const others = support.filter((s) => !lead.includes(s));
    if (others.length > 0) {
      const heading = others.length === 1 ? 'The other reading: ' : 'The other readings: ';
      body.push(el('p', { class: 'support-others' }, heading, ...others.flatMap((s, i) => [
        i > 0 ? '; ' : '', el('strong', {}, s.reading.label), s.decisions.length === 0
          ? ': none of your choices'
          : `: ${choices(s.decisions.length)}, at ${joinWords(s.decisions.map(decisionName))}`,
      ]), '.'));
    }
  }
  const prompt = file?.prompt || 'Which historian best explains the decisions you made?';
  return el('section', { class: 'reading-support', 'aria-labelledby': 'support-h' },
    el('h3', { id: 'support-h' }, 'The reading your path supports'),
    ...body,
    el('p', { class: 'debate-prompt' }, el('strong', {}, prompt)),
    // On paper, lines to write the answer on.
    el('div', { class: 'answer-lines', 'aria-hidden': 'true' }, el('div'), el('div'), el('div'), el('div')));
}

/** The section, or null for a story that declares no readings. */
export function historiansDebate(record: GameRecord, meta: StoryMeta, file: HistoriansFile | null = historiansFile): HTMLElement | null {
  if (meta.readings.length === 0) return null;
  const support = readingSupport(record.decisions, meta.readings);
  return el('section', { class: 'debate', 'aria-labelledby': 'debate-h' },
    el('h2', { id: 'debate-h' }, "The historians' debate"),
    file?.question ? el('p', { class: 'debate-question' }, file.question) : null,
    el('div', { class: 'readings' }, ...support.map((s) => readingEntry(s, file))),
    supportEntry(support, record, file));
}
