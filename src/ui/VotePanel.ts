// The vote panel of a whole-class game: a number field for each option (the hands counted; Tab
// moves between them, digits type, Enter records), or the teacher presses the option the class
// chose. What counts as a vote, and who wins, is the engine's (engine/wholeClass.ts); a tie
// asks the teacher to choose among the options that tied. Bad counts are refused with the
// reason beside them, and nothing typed is lost.
import type { ChoiceView, DecisionView } from '../engine/story';
import { MAX_CLASS, classChoice, parseVotes } from '../engine/wholeClass';
import { button, el } from './element';

export interface VotePanel {
  root: HTMLElement;
  /** Where the keyboard starts: the first option's field. */
  focus: HTMLElement;
  /**
   * A digit typed outside the fields: while a tie waits, it picks among the options that tied.
   * False: the panel did nothing with it.
   */
  digit(index: number): boolean;
  /** The counts as typed so far (not yet recorded), kept with the save so that a reload does not lose them. */
  counts(): string[];
}

/**
 * @param onVote the class's counts (null: the teacher pressed the option), and the teacher's option (null: the count decides)
 * @param typed counts typed before a reload, put back in their fields
 */
export function votePanel(
  decision: DecisionView,
  choices: readonly ChoiceView[],
  onVote: (votes: number[] | null, pick: number | null) => void,
  typed: readonly string[] = [],
): VotePanel {
  let done = false;
  let tied: number[] | null = null;
  let counted: number[] | null = null;
  const vote = (votes: number[] | null, pick: number | null) => {
    if (done) return;
    done = true;
    onVote(votes, pick);
  };
  const fields = choices.map((c) => el('input', {
    id: `votes-${c.index}`, type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 3, class: 'vote-count',
    'aria-describedby': 'vote-problem', value: typed[c.index] ?? '',
  }));
  const rows = choices.map((c, i) => el('div', { class: 'vote-row' },
    fields[i],
    el('label', { for: `votes-${c.index}` }, el('span', { class: 'key', 'aria-hidden': 'true' }, String(c.index + 1)), ` ${c.text}`)));
  const problem = el('p', { id: 'vote-problem', class: 'field-error', role: 'alert' });
  const tieBox = el('div', { class: 'tie', hidden: true });
  const pressed = el('div', { class: 'vote-pressed' },
    el('p', { class: 'hint' }, 'Or, without counting, press the option the class chose:'),
    el('div', { role: 'group', 'aria-label': 'The class chose', class: 'pressed-group' },
      ...choices.map((c) => button(String(c.index + 1), () => vote(null, c.index), { class: 'small', 'aria-label': `${c.index + 1}: the class chose “${c.text}”` }))));
  const form = el('form', { class: 'vote-panel', novalidate: true, 'aria-labelledby': 'vote-h' },
    el('h2', { id: 'vote-h', class: 'prompt' }, decision.prompt),
    el('p', { class: 'hint' }, `Count the hands for each option (Tab moves to the next), then press Enter. At most ${MAX_CLASS} in all.`),
    ...rows, problem,
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Record the vote')),
    tieBox, pressed);

  const showTie = (votes: number[], options: number[]) => {
    tied = options;
    counted = votes;
    const top = votes[options[0]];
    const buttons = options.map((i) => button(`${i + 1}. ${choices[i].text}`, () => vote(votes, i), { class: 'choice' }));
    tieBox.replaceChildren(
      el('p', { class: 'notice' }, `A tie: ${top} hands each for options ${options.map((i) => i + 1).join(' and ')}. The teacher decides: press the option the class goes with.`),
      el('div', { role: 'group', 'aria-label': 'Break the tie', class: 'choice-group' }, ...buttons));
    tieBox.hidden = false;
    buttons[0]?.focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (done) return;
    const read = parseVotes(fields.map((f) => f.value), choices.length);
    for (const f of fields) f.removeAttribute('aria-invalid');
    if (!read.ok) {
      problem.textContent = read.error.message;
      const at = read.error.option === null ? fields[0] : fields[read.error.option];
      at?.setAttribute('aria-invalid', 'true');
      at?.focus();
      at?.select();
      return;
    }
    problem.textContent = '';
    const c = classChoice(read.votes);
    if (c.kind === 'chosen') vote(read.votes, null);
    else showTie(read.votes, c.tied);
  });
  // Counts typed after a tie was shown start the vote again: the tie no longer stands.
  form.addEventListener('input', () => {
    tied = null;
    counted = null;
    tieBox.hidden = true;
  });
  return {
    root: form,
    focus: fields[0] ?? form,
    digit(index) {
      if (!tied || !counted || !tied.includes(index)) return false;
      vote(counted, index);
      return true;
    },
    counts: () => fields.map((f) => f.value),
  };
}
