// Joining a classroom competition: the class code from the teacher and a display name.
// A mistyped code or an empty name is explained next to its field; nothing is lost.
import { type ClassSettings, readClassCode } from '../engine/codes/classCode';
import { readDisplayName } from '../engine/codes/names';
import { button, el } from './element';

export interface CompetitionActions {
  onStart(classCode: string, name: string, settings: ClassSettings): void;
  onBack(): void;
}

function field(id: string, label: string, hint: string, attrs: Record<string, string | number>) {
  const input = el('input', { id, type: 'text', 'aria-describedby': `${id}-hint ${id}-error`, ...attrs });
  const error = el('p', { id: `${id}-error`, class: 'field-error', role: 'alert' });
  const root = el('div', { class: 'field' },
    el('label', { for: id }, label),
    el('p', { id: `${id}-hint`, class: 'hint' }, hint),
    input, error);
  const say = (message: string) => {
    error.textContent = message;
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
  };
  return { root, input, say };
}

export function competitionView(a: CompetitionActions): { root: HTMLElement; focus: HTMLElement } {
  const code = field('class-code', 'Class code', 'Your teacher gives you this code, for example BCK1F-HM00E.', {
    autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 40,
  });
  const name = field('player-name', 'Name', 'The name your teacher will see on the leaderboard.', {
    autocomplete: 'nickname', maxlength: 60,
  });
  const form = el('form', { class: 'competition-form', novalidate: true },
    code.root, name.root,
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Start'),
      button('Back', a.onBack)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = readClassCode(code.input.value);
    const n = readDisplayName(name.input.value);
    code.say(c.ok ? '' : c.reason);
    name.say(n.ok ? '' : n.reason);
    if (!c.ok) code.input.focus();
    else if (!n.ok) name.input.focus();
    else a.onStart(code.input.value.trim(), n.name, c.settings);
  });
  const root = el('main', { class: 'title-screen', tabindex: -1 },
    el('div', { class: 'title-card' },
      el('h1', { class: 'form-title' }, 'Competition'),
      el('p', {}, 'Everyone in the class plays the same story under the same rules. What really happened stays hidden until the end. At the end you get a result code to hand in.'),
      form));
  return { root, focus: code.input };
}
