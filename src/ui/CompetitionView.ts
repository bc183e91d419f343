// Joining a classroom competition: the class code from the teacher, a display name and any
// extra time. The class's actual rules show as soon as its code reads, and with them the
// choice of extra time if the class has a time limit (with none there is nothing to stretch); a copy of the game that
// differs from the teacher's is told to reload before starting. A mistyped code, an empty name
// or one longer than a result code carries is explained next to its field; nothing is lost.
import { type ClassSettings, fitsThisGame, RELOAD_FIRST, readClassCode } from '../engine/codes/classCode';
import { MAX_NAME_CHARS, nameLength, readDisplayName } from '../engine/codes/names';
import { describeClass, EXTRA_TIMES, type ExtraTime, extraTimeFor, offersExtraTime } from '../engine/modes';
import { button, el } from './element';

export interface CompetitionActions {
  /** gameFingerprint of this copy of the game: the class code's must match it. */
  fingerprint: number;
  /** The title of chapter n (1-based), for describing the class's chapters. */
  chapterTitle(n: number): string | null;
  onStart(classCode: string, name: string, settings: ClassSettings, extraTime: ExtraTime): void;
  onBack(): void;
}

function field(id: string, label: string, hint: string, attrs: Record<string, string | number>, extra: HTMLElement | null = null) {
  const input = el('input', { id, type: 'text', 'aria-describedby': `${id}-hint ${extra ? `${extra.id} ` : ''}${id}-error`, ...attrs });
  const error = el('p', { id: `${id}-error`, class: 'field-error', role: 'alert' });
  const root = el('div', { class: 'field' },
    el('label', { for: id }, label),
    el('p', { id: `${id}-hint`, class: 'hint' }, hint),
    input, extra, error);
  const say = (message: string) => {
    error.textContent = message;
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
  };
  return { root, input, say };
}

const EXTRA_LABEL: Record<ExtraTime, string> = { 0: 'None', 25: '+25%', 50: '+50%' };

function extraTimeField(): { root: HTMLElement; value(): ExtraTime } {
  const radios = EXTRA_TIMES.map((e) => el('input', { type: 'radio', name: 'extra-time', value: String(e), checked: e === 0 }));
  // Hidden until a class code with a time limit is typed (see showRules).
  const root = el('fieldset', { class: 'extra-time', 'aria-describedby': 'extra-time-hint', hidden: true },
    el('legend', {}, 'Extra time'),
    el('p', { id: 'extra-time-hint', class: 'hint' }, 'Only if you have an access arrangement for extra time. Your teacher sees it; the class does not.'),
    ...radios.map((r, i) => el('label', { class: 'option' }, r, ` ${EXTRA_LABEL[EXTRA_TIMES[i]]}`)));
  return { root, value: () => EXTRA_TIMES[radios.findIndex((r) => r.checked)] ?? 0 };
}

export function competitionView(a: CompetitionActions): { root: HTMLElement; focus: HTMLElement } {
  const code = field('class-code', 'Class code', 'Your teacher gives you this code, for example BCK1F-HM00E-7QX2A.', {
    autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
  });
  const count = el('p', { id: 'player-name-count', class: 'hint count' });
  const name = field('player-name', 'Name', `The name your teacher will see on the leaderboard: up to ${MAX_NAME_CHARS} characters.`, {
    autocomplete: 'nickname',
  }, count);
  const extra = extraTimeField();
  const rules = el('div', { class: 'class-rules', 'aria-live': 'polite' });

  const showCount = () => {
    const n = nameLength(name.input.value);
    count.textContent = `${n} of ${MAX_NAME_CHARS} characters`;
    const over = n > MAX_NAME_CHARS;
    count.classList.toggle('over', over);
    const read = readDisplayName(name.input.value);
    // Said while typing once it is too long; cleared as soon as it fits.
    if (over && !read.ok) name.say(read.reason);
    else if (name.input.getAttribute('aria-invalid') === 'true' && read.ok) name.say('');
  };
  name.input.addEventListener('input', showCount);
  showCount();

  /** The class's rules as its code says, or that this copy of the game is not the teacher's. */
  const showRules = () => {
    const c = readClassCode(code.input.value);
    extra.root.hidden = !(c.ok && fitsThisGame(c.settings, a.fingerprint) && offersExtraTime(c.settings));
    if (!c.ok) {
      rules.replaceChildren();
      return;
    }
    if (!fitsThisGame(c.settings, a.fingerprint)) {
      rules.replaceChildren(el('p', { class: 'notice' }, RELOAD_FIRST));
      return;
    }
    rules.replaceChildren(el('h2', { class: 'rules-title' }, 'Your class plays by these rules'),
      el('ul', {}, ...describeClass(c.settings, a.chapterTitle).map((line) => el('li', {}, line))));
  };
  code.input.addEventListener('input', showRules);

  const form = el('form', { class: 'competition-form', novalidate: true },
    code.root, rules, name.root, extra.root,
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Start'),
      button('Back', a.onBack)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = readClassCode(code.input.value);
    const n = readDisplayName(name.input.value);
    const fits = c.ok && fitsThisGame(c.settings, a.fingerprint);
    code.say(!c.ok ? c.reason : fits ? '' : RELOAD_FIRST);
    name.say(n.ok ? '' : n.reason);
    if (!c.ok || !fits) code.input.focus();
    else if (!n.ok) name.input.focus();
    // A choice made under a timed code and left behind when the code changed counts for nothing.
    else a.onStart(code.input.value.trim(), n.name, c.settings, extraTimeFor(c.settings, extra.value()));
  });
  const root = el('main', { class: 'title-screen', tabindex: -1 },
    el('div', { class: 'title-card' },
      el('h1', { class: 'form-title' }, 'Competition'),
      el('p', {}, 'Everyone in the class plays the same story under the rules your teacher’s class code sets: they appear here once you type it. At the end you get a result code to hand in.'),
      form));
  return { root, focus: code.input };
}
