// "Create class code": the teacher's settings in, a class code and printable instructions
// for the students out.
import { type ClassOptions, makeClassCode } from '../engine/codes/classCode';
import { describeClassForTeacher } from '../engine/modes';
import { chapterSpanFields } from '../ui/ChapterSpanFields';
import { button, el } from '../ui/element';
import { printOnly } from './print';
import { openTheGame } from './studentAddress';

const TIME_LIMITS = [null, 30, 60, 90] as const;

function select(id: string, options: { value: string; label: string }[], selected: string): HTMLSelectElement {
  return el('select', { id }, ...options.map((o) => el('option', { value: o.value, selected: o.value === selected }, o.label)));
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return el('div', { class: 'field' },
    el('label', { for: control.id }, label),
    control,
    hint ? el('p', { class: 'hint', id: hintId }, hint) : null);
}

function instructions(code: string, options: ClassOptions, chapters: readonly string[]): HTMLElement {
  return el('section', { class: 'instructions', 'aria-labelledby': 'instructions-h' },
    el('h3', { id: 'instructions-h' }, 'Instructions for students'),
    el('ol', {},
      el('li', {}, openTheGame()),
      el('li', {}, 'Press ', el('strong', {}, 'Competition'), '.'),
      el('li', {}, 'Type the class code ', el('strong', { class: 'code' }, code), ' and your name, then press ', el('strong', {}, 'Start'), '.'),
      el('li', {}, 'Play to the end. On the debrief, copy your ', el('strong', {}, 'result code'), ' (or show its QR code) and hand it in.')),
    el('p', { class: 'settings-summary' }, `This class: ${describeClassForTeacher(options, (n) => chapters[n - 1] ?? null).join(' ')}`));
}

/**
 * @param chapters the story's chapter titles, in order (may be empty: then plain numbers)
 * @param fingerprint gameFingerprint of this copy of the story: students' copies must match it
 * @param onCreated told of each new class code, so that results can be checked against it
 * @param more more that is made from the same choices (the learning-platform package), given a
 *   reader of the choices that returns null (and says why) when they cannot be used
 */
export function classCodeForm(
  chapters: readonly string[],
  fingerprint: number,
  onCreated: (code: string) => void,
  more?: (options: () => ClassOptions | null) => HTMLElement,
): HTMLElement {
  const time = select('time-limit', TIME_LIMITS.map((t) => ({ value: String(t ?? ''), label: t === null ? 'No limit' : `${t} seconds` })), '');
  const hold = el('input', { type: 'checkbox', id: 'hold-feedback', checked: true });
  const span = chapterSpanFields(chapters);
  const problem = el('p', { class: 'problem', role: 'alert' });
  const output = el('div', { class: 'class-code-output', 'aria-live': 'polite' });

  const read = (): ClassOptions | null => {
    const chosen = span.read();
    problem.textContent = chosen.ok ? '' : chosen.reason;
    if (!chosen.ok) return null;
    return {
      secondsPerDecision: time.value === '' ? null : Number(time.value),
      holdFeedback: hold.checked,
      fromChapter: chosen.span.from,
      toChapter: chosen.span.to,
      fingerprint,
    };
  };

  const create = () => {
    const options = read();
    if (!options) return;
    const code = makeClassCode(options);
    output.replaceChildren(
      el('p', { class: 'class-code-line' },
        el('span', { id: 'class-code-label' }, 'Class code'),
        el('output', { 'aria-labelledby': 'class-code-label', class: 'class-code' }, code)),
      instructions(code, options, chapters),
      el('div', { class: 'actions no-print' }, button('Print instructions for students', () => printOnly('instructions'))));
    onCreated(code);
  };

  return el('section', { class: 'card create-card', 'aria-labelledby': 'create-h' },
    el('h2', { id: 'create-h' }, 'Create a class code'),
    el('p', {}, 'Choose the rules for your class. Everyone who types the same class code plays by the same rules.'),
    el('div', { class: 'form-grid no-print' },
      field('Time limit per decision', time),
      el('div', { class: 'field check' }, hold,
        el('label', { for: 'hold-feedback' }, 'Hold back "What really happened" until the debrief'),
        el('p', { class: 'hint' }, 'Recommended for competitions: nobody learns the answers from a neighbour\'s screen.')),
      ...span.fields),
    problem,
    el('div', { class: 'actions no-print' }, button('Create class code', create, { class: 'primary' })),
    output,
    more?.(read) ?? null);
}
