// Collecting result codes: pasted (any text: a chat log, a form's CSV export), loaded from a
// file (the same, or a collection saved on another computer), or scanned. The form only
// gathers input and shows progress; main.ts keeps the collection and checks the codes.
import { readClassCode } from '../engine/codes/classCode';
import type { ValidWindow } from '../engine/class/ranking';
import { button, el } from '../ui/element';
import { scannerSection } from './scanner';

export interface CollectHandlers {
  /** Text that may hold codes, and a label for where each came from ("pasted text line"). */
  text(text: string, label: string): void;
  /** A loaded file: a saved collection, or any text with codes in it. */
  file(text: string, name: string): void;
  scanned(code: string): void;
  /** The class code the collection is for, or '' for codes collected before choosing one. */
  classCode(code: string): void;
  window(window: ValidWindow): void;
  save(): void;
  removeAll(): void;
}

export interface CollectForm {
  root: HTMLElement;
  /** Show the class (after "Create class code", or as the page opens) without telling the handlers. */
  showClass(code: string): void;
  showWindow(window: ValidWindow): void;
  status(text: string): void;
  /** Progress while codes are checked; null hides it. */
  progress(done: number | null, total?: number): void;
}

/** `datetime-local` works in the reader's time zone, as a teacher thinks of a lesson. */
function toLocalInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function fromLocalInput(value: string): number | null {
  if (value === '') return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), hint ? el('p', { class: 'hint', id: hintId }, hint) : null, control);
}

export function collectForm(on: CollectHandlers): CollectForm {
  const area = el('textarea', { id: 'result-codes', rows: 8, spellcheck: false, autocomplete: 'off' });
  const file = el('input', { type: 'file', id: 'codes-file', accept: '.txt,.csv,.json,text/plain,text/csv,application/json', multiple: true });
  const onlyClass = el('input', { type: 'text', id: 'only-class', autocomplete: 'off', spellcheck: false });
  const classProblem = el('p', { class: 'problem', id: 'only-class-problem', role: 'alert' });
  const validFrom = el('input', { type: 'datetime-local', id: 'valid-from' });
  const validUntil = el('input', { type: 'datetime-local', id: 'valid-until' });
  const windowProblem = el('p', { class: 'problem', role: 'alert' });
  const status = el('p', { class: 'status', role: 'status' });
  const bar = el('progress', { id: 'check-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Checking codes' });
  let pasted = 0;

  const add = () => {
    pasted += 1;
    on.text(area.value, pasted === 1 ? 'pasted text line' : `paste ${pasted}, line`);
    area.value = '';
  };
  file.addEventListener('change', async () => {
    for (const f of file.files ?? []) on.file(await f.text(), f.name);
    file.value = '';
  });
  onlyClass.addEventListener('change', () => {
    const text = onlyClass.value.trim();
    classProblem.textContent = '';
    if (text !== '' && !readClassCode(text).ok) {
      const read = readClassCode(text);
      classProblem.textContent = `${read.ok ? '' : read.reason.replace(/: check it with your teacher\.$/, '.')} The codes stay where they are until it is corrected.`;
      return;
    }
    on.classCode(text.toUpperCase());
  });
  const applyWindow = () => {
    const w = { from: fromLocalInput(validFrom.value), until: fromLocalInput(validUntil.value) };
    windowProblem.textContent = w.from !== null && w.until !== null && w.from > w.until ? '"Valid from" comes after "Valid until": no game could be accepted. Check the two times.' : '';
    on.window(w);
  };
  validFrom.addEventListener('change', applyWindow);
  validUntil.addEventListener('change', applyWindow);

  const root = el('section', { class: 'card no-print', 'aria-labelledby': 'collect-h' },
    el('h2', { id: 'collect-h' }, 'Collect result codes'),
    field('Class code for these results', onlyClass, 'Filled in when you create a class code. Each class\'s codes are kept in this browser, apart from other classes\'. Codes from another class are refused. Leave it empty to accept every class: each class is then shown on its own, with its rules, never ranked against another.'),
    classProblem,
    field('Result codes', area, 'Paste the codes in any form: one a line, a chat log, or a form\'s export. The codes are picked out of the text. A code added twice counts once.'),
    el('div', { class: 'actions' }, button('Add codes', add, { class: 'primary' })),
    field('Load a file of codes', file, 'A text or CSV file with codes in it, or a collection saved with "Save collection to a file".'),
    el('fieldset', { class: 'window' },
      el('legend', {}, 'When games count (optional)'),
      el('p', { class: 'hint' }, 'Games started before "Valid from" or after "Valid until" are refused. Set here, not in the class code, so students never see it.'),
      el('div', { class: 'form-grid' }, field('Valid from', validFrom), field('Valid until', validUntil)),
      windowProblem),
    scannerSection(on.scanned),
    bar,
    status,
    el('div', { class: 'actions' },
      button('Save collection to a file', on.save),
      button('Remove all codes', () => {
        if (window.confirm('Remove every code collected for this class from this browser? The leaderboard and statistics go with them. A saved file is not touched.')) on.removeAll();
      })));

  return {
    root,
    showClass(code) {
      onlyClass.value = code;
      classProblem.textContent = '';
    },
    showWindow(w) {
      validFrom.value = toLocalInput(w.from);
      validUntil.value = toLocalInput(w.until);
    },
    status(text) {
      status.textContent = text;
    },
    progress(done, total = 0) {
      bar.hidden = done === null;
      bar.max = Math.max(1, total);
      bar.value = done ?? 0;
    },
  };
}
