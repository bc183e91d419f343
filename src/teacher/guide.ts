// The teacher's guide (teacher.html#guide): lays out the guide the engine makes from the story
// (src/engine/guide.ts), on screen and on A4. Nothing here knows the history.
import type { Guide, GuideDecision, LessonPlan } from '../engine/guide';
import { cardBody } from '../ui/CardView';
import { button, el } from '../ui/element';

const mins = (n: number) => `${n} min`;

function decisionEntry(d: GuideDecision, chapter: number, i: number): HTMLElement {
  const id = `decision-${d.id}`;
  return el('section', { class: 'guide-decision', 'aria-labelledby': id },
    el('h3', { id }, `${chapter}.${i + 1} ${d.heading}`),
    el('p', { class: 'guide-when' }, [d.date, d.kind === 'predict' ? `Read your rival: ${d.rival}` : 'A decision to act'].filter(Boolean).join(' · ')),
    el('h4', {}, 'What the class will decide'),
    el('p', {}, d.prompt),
    el('ol', { class: 'guide-options' }, ...d.options.map((o) => el('li', {}, o.text,
      o.historical ? el('strong', {}, ' (what really happened)') : null,
      o.approach ? el('span', { class: 'guide-actor' }, ` (${o.approach})`) : null))),
    el('h4', {}, 'Before the vote'),
    el('ul', {}, ...d.before.map((q) => el('li', {}, q))),
    // The card's own parts are labelled "What really happened", "Why", "Consequence": a heading
    // of the same words read twice over.
    el('h4', {}, 'The card the class reads'),
    ...(d.card ? cardBody({ ...d.card, terms: [], source: null }, null) : [el('p', {}, 'The story gives no card here.')]),
    el('h4', {}, 'After the vote'),
    el('ul', {}, ...d.after.map((q) => el('li', {}, q))),
    d.terms.length > 0 ? el('h4', {}, 'Key terms') : null,
    d.terms.length > 0 ? el('dl', { class: 'glossary' }, ...d.terms.flatMap((t) => [el('dt', {}, t.term), el('dd', {}, t.definition ?? 'Not yet defined in the glossary.')])) : null,
    d.source ? el('p', { class: 'source' }, el('strong', {}, 'Sources: '), d.source) : null);
}

function planTable(p: LessonPlan, chapterTitle: (n: number) => string): HTMLElement {
  const span = (from: number, to: number) => (from === to ? `Chapter ${from}: ${chapterTitle(from)}` : `Chapters ${from}–${to}: ${chapterTitle(from)} to ${chapterTitle(to)}`);
  return el('section', { class: 'guide-plan' },
    el('h3', {}, `${p.title}, ${p.period} minutes`),
    el('p', { class: 'hint' }, p.basis),
    el('table', { class: 'guide-plan-table' },
      el('caption', {}, `${p.title}: ${p.lessons.length} lesson${p.lessons.length === 1 ? '' : 's'} of ${p.period} minutes`),
      el('thead', {}, el('tr', {}, ...['Lesson', 'Chapters', 'Start', 'Reading', ...(p.kind === 'whole-class' ? ['Discussion and votes'] : []), p.kind === 'competition' ? 'Results' : 'Debrief', 'Total']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...p.lessons.map((l, i) => el('tr', { class: l.over ? 'over' : '' },
        el('th', { scope: 'row' }, String(i + 1)),
        el('td', {}, span(l.from, l.to), l.over ? el('strong', {}, ` Longer than ${p.period} minutes: split the reading or extend the lesson.`) : null),
        el('td', {}, mins(l.setup)), el('td', {}, mins(l.reading)),
        ...(p.kind === 'whole-class' ? [el('td', {}, mins(l.deciding))] : []),
        el('td', {}, mins(l.debrief)), el('td', {}, mins(l.total)))))));
}

export function guideView(g: Guide, backHref: string): HTMLElement {
  const title = (n: number) => g.chapters[n - 1]?.title ?? `Chapter ${n}`;
  const decisions = g.chapters.reduce((n, c) => n + c.decisions.length, 0);
  return el('main', { class: 'teacher-page guide-page' },
    el('header', { class: 'teacher-header' },
      el('p', { class: 'back-link no-print' }, el('a', { href: backHref }, 'Back to the teacher tools')),
      el('p', { class: 'kicker' }, `${g.title} · Teacher's guide`),
      el('h1', {}, `Teacher's guide${g.period ? `: ${g.period}` : ''}`),
      el('p', {}, `${g.chapters.length} chapters, ${decisions} decisions, about ${g.minutes} minutes of reading at ${g.pace} words a minute. Made from the story itself: when the story changes, so does this guide.`),
      el('div', { class: 'actions no-print' }, button('Print the guide', () => print()))),
    el('section', { class: 'card guide-contents', 'aria-labelledby': 'guide-plans-h' },
      el('h2', { id: 'guide-plans-h' }, 'Lesson plans'),
      el('p', {}, 'Which chapters fit a period, with timings from the story’s length. A lesson on some chapters: “Choose chapters” (a student’s lesson), “Whole class” (on the title), or the chapters of a class code (a competition). What comes before them is played as history went.'),
      ...g.plans.map((p) => planTable(p, title))),
    ...g.chapters.map((c) => el('section', { class: 'card guide-chapter', 'aria-labelledby': `chapter-${c.number}-h` },
      el('h2', { id: `chapter-${c.number}-h` }, `Chapter ${c.number}: ${c.title}`),
      el('p', { class: 'guide-when' }, `${[c.from, c.to].filter(Boolean).join(' to ')} · about ${mins(c.minutes)} of reading (${c.words} words) · ${c.decisions.length} decision${c.decisions.length === 1 ? '' : 's'}`),
      ...c.decisions.map((d, i) => decisionEntry(d, c.number, i)))),
    g.notes.length > 0
      ? el('section', { class: 'card guide-notes', 'aria-labelledby': 'guide-notes-h' },
        el('h2', { id: 'guide-notes-h' }, "Notes on the historians' debate"),
        el('p', {}, 'For the teacher: where a source in the debrief’s debate needs care. Students do not see these.'),
        el('ul', {}, ...g.notes.map((n) => el('li', {}, el('strong', {}, `${n.name}, `), el('cite', {}, n.work), ` (${n.date}): ${n.note}`))))
      : null);
}
