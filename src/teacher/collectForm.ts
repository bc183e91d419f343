// Collecting result codes: pasted, loaded from a file, or scanned. Every way in ends as
// lines of text handed to `onCodes`; checking them is the results' job.
import { readClassCode } from '../engine/codes/classCode';
import { button, el } from '../ui/element';
import { type SourcedCode, readCodeLines } from './results';
import { scannerSection } from './scanner';

export interface CollectForm {
  root: HTMLElement;
  /** Check results against this class code from now on (after "Create class code"). */
  setClass(code: string): void;
  status(text: string): void;
}

/**
 * @param onCodes told of new codes
 * @param onClass told of the class code to check against, or undefined for any class
 */
export function collectForm(onCodes: (codes: SourcedCode[]) => void, onClass: (code: string | undefined) => void, onClear: () => void): CollectForm {
  const area = el('textarea', { id: 'result-codes', rows: 8, spellcheck: false, autocomplete: 'off', 'aria-describedby': 'result-codes-hint' });
  const file = el('input', { type: 'file', id: 'codes-file', accept: '.txt,.csv,text/plain' });
  const onlyClass = el('input', { type: 'text', id: 'only-class', autocomplete: 'off', spellcheck: false, 'aria-describedby': 'only-class-hint' });
  const classProblem = el('p', { class: 'problem', id: 'only-class-problem', role: 'alert' });
  const status = el('p', { class: 'status', role: 'status' });
  let pasted = 0;

  const add = () => {
    pasted += 1;
    const label = pasted === 1 ? 'pasted line' : `paste ${pasted}, line`;
    onCodes(readCodeLines(area.value, label));
    area.value = '';
  };
  file.addEventListener('change', async () => {
    for (const f of file.files ?? []) onCodes(readCodeLines(await f.text(), `${f.name} line`));
    file.value = '';
  });
  const applyClass = () => {
    const text = onlyClass.value.trim();
    classProblem.textContent = '';
    if (text === '') return onClass(undefined);
    const read = readClassCode(text);
    if (!read.ok) {
      classProblem.textContent = `${read.reason.replace(/: check it with your teacher\.$/, '.')} Codes from every class are accepted until it is corrected.`;
      return onClass(undefined);
    }
    onClass(text);
  };
  onlyClass.addEventListener('change', applyClass);

  const root = el('section', { class: 'card no-print', 'aria-labelledby': 'collect-h' },
    el('h2', { id: 'collect-h' }, 'Collect result codes'),
    el('div', { class: 'field' },
      el('label', { for: 'result-codes' }, 'Result codes'),
      el('p', { class: 'hint', id: 'result-codes-hint' }, 'One code per line, as the students handed them in. A code added twice counts once.'),
      area),
    el('div', { class: 'actions' }, button('Add codes', add, { class: 'primary' })),
    el('div', { class: 'field' },
      el('label', { for: 'codes-file' }, 'Load a file of codes'),
      file),
    el('div', { class: 'field' },
      el('label', { for: 'only-class' }, 'Only accept codes from this class code (optional)'),
      el('p', { class: 'hint', id: 'only-class-hint' }, 'Filled in when you create a class code. Leave it empty to accept every class.'),
      onlyClass,
      classProblem),
    scannerSection((code) => onCodes([{ code, from: 'scanned' }])),
    status,
    el('div', { class: 'actions' }, button('Remove all codes', () => {
      onClear();
      status.textContent = 'All codes removed.';
    })));

  return {
    root,
    setClass(code) {
      onlyClass.value = code;
      applyClass();
    },
    status(text) {
      status.textContent = text;
    },
  };
}
