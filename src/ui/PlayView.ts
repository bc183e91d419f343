// The play screen: shows a turn one segment at a time (Continue, or Enter, between them),
// then its choices (buttons, or keys 1–4). It knows nothing of the story's content.
import type { EffectName } from '../audio/Sound';
import type { StoryMeta } from '../engine/meta';
import { countdownNews, type ModeRules, secondsLeft, visibleTurn } from '../engine/modes';
import {
  choiceReaction, emptyStage, reactTo, type StageState, stageAtDecision, stageFor,
} from '../engine/stage';
import type { ChoiceView, SceneContext, Segment, Turn } from '../engine/story';
import { choiceList } from './ChoiceList';
import { button, el, ownClick } from './element';
import { sceneHeader } from './SceneHeader';
import { showScreen } from './Screen';
import { segmentView } from './SegmentView';
import type { Stake } from '../engine/tags';
import { type ClassPlace, discussed } from '../engine/wholeClass';
import { REJOIN_NOTICE, stakeOutcome, standingPanel } from './StandingPanel';
import { votePanel } from './VotePanel';

/**
 * A whole class on one screen (the projector), driven from the front by keyboard or a
 * presentation remote: Next (PageDown, →), Back (PageUp, ←: re-reads an earlier screen, never
 * undoes a vote), B or full stop blanks the screen. At each decision an optional discussion
 * timer, then the vote panel (VotePanel.ts).
 */
export interface Classroom {
  /** The class's name, shown in the corner (the game is saved under it). */
  name: string;
  /** Discussion before each vote, in ms; null: the vote panel at once. */
  discussMs: number | null;
  /** The class voted (engine/wholeClass.ts recordVote): the next turn and the option chosen, or null if that was no vote. */
  vote(votes: number[] | null, pick: number | null): { turn: Turn; chosen: number } | null;
  /** The last decision's split beside what really happened, for its card. */
  lastSplit(): string | null;
  /**
   * Where to open the turn the game is at, as it was kept (engine/wholeClass.ts resumePlace),
   * or null: its first screen. `screens`: how many it has; `decision`: it ends in a vote.
   */
  resumeAt(screens: number, decision: boolean): ClassPlace | null;
  /** Where the class is now: kept with the save, so that a reload (F5) comes back to it. */
  keep(place: Omit<ClassPlace, 'choices'>): void;
}

const CLASS_STANDING = "The class's standing";
/** Screens the teacher can go back over. */
const MAX_BACK = 30;

export interface PlayActions {
  meta: StoryMeta;
  power(): Record<string, number>;
  /** A decision's options went on screen (a learning platform times the answer from here). */
  offered?(): void;
  /** The player chose; returns the next turn. */
  choose(index: number): Turn;
  /** The story has ended and the player asked to move on. */
  finished(): void;
  /** The scene's setting changed (for the backdrop and the sound). */
  sceneChanged(ctx: SceneContext): void;
  /** What the stage shows now: who is in the room, how they look, what lies on the table. */
  staged(stage: StageState): void;
  effect(name: EffectName): void;
  openSettings(): void;
  /** What this game shows and allows (lesson or competition: engine/modes.ts). */
  rules: ModeRules;
  /** When the current decision's time started (now, the first time its choices appear). */
  decisionStarted(): number;
  /** Whether its time has started already (its choices were on screen before a reload). */
  decisionUnderway(): boolean;
  /** The time limit ran out: returns the next turn, down the story's time-out option. */
  timeOut(): Turn;
  /** The clock, in ms (Date.now in the game; tests may pass their own). */
  now(): number;
  /** A whole class on one screen; absent for one player. */
  classroom?: Classroom;
}

export class PlayView {
  private turn: Turn;
  private step = 0;
  private context: SceneContext = { date: null, place: null, present: [], chapter: null, scene: null };
  /** What the stage shows (engine/stage.ts), said in words in the header too. */
  private stage: StageState = emptyStage();
  /** The heading of the decision whose card comes next, for its archive file on the stage. */
  private cardHeading: string | null = null;
  private previousPower: Record<string, number> | null = null;
  /** The line the last decision turned on, and where its base stood after the choice: for its card. */
  private lastStake: { stake: Stake; value: number } | null = null;
  /** The player chose to continue as history really went: say that the power bases were reset. */
  private rejoined = false;
  private onKey: ((e: KeyboardEvent) => void) | null = null;
  private advanceAction: (() => void) | null = null;
  private chooseAction: ((i: number) => void) | null = null;
  private clock: ReturnType<typeof setInterval> | undefined;
  private overflow: ResizeObserver | null = null;
  /** A timed decision's choices are on screen (its clock runs). */
  private choicesShown = false;
  /** Said once at the top of the next screen (e.g. that time ran out). */
  private notice: string | null = null;
  /** Whole class: where the decision stands (reading up to it, discussing, voting). */
  private phase: 'read' | 'discuss' | 'vote' = 'read';
  /** Whole class: when the current decision's discussion started. */
  private discussStarted: number | null = null;
  /** Whole class: the screens already read, for Back; and how far back the teacher is. */
  private past: Segment[] = [];
  private back = 0;
  /** Whole class: the split of the vote just taken, for its card. */
  private split: string | null = null;
  /** Whole class: the blank over the screen (B or full stop), or null. */
  private blank: HTMLElement | null = null;
  /** Whole class: a digit typed outside the vote panel's fields, while it shows (a tie). */
  private voteDigit: ((i: number) => boolean) | null = null;
  /** Whole class: the counts typed in the vote panel on screen, and those to put back in it after a reload. */
  private typedCounts: (() => string[]) | null = null;
  private typed: string[] = [];
  /** Whole class: the page is going (a reload, a closed tab) or hidden: where the class is is kept. */
  private onLeave: (() => void) | null = null;

  constructor(private readonly a: PlayActions, first: Turn) {
    // A resumed game's turn may follow a decision (its outcome is then held back as usual); a
    // new game's first turn has no card, so nothing before one to hold back.
    this.turn = visibleTurn(first, a.rules, true);
    // A class's game resumed after a vote opens on that vote's card: its split goes with it.
    this.split = a.classroom?.lastSplit() ?? null;
    if (a.classroom) this.resumeClass(a.classroom);
    this.onKey = (e) => this.key(e);
    document.addEventListener('keydown', this.onKey);
    this.render();
  }

  /**
   * A class's game reopened (F5, or another lesson): back to the screen it was on, its
   * discussion with the time left on its timer, the counts typed; the screens before it are
   * there for Back, and the room shows who came in on them. Votes are saved when recorded.
   */
  private resumeClass(c: Classroom): void {
    const { segments, decision, finished } = this.turn;
    const at = c.resumeAt(segments.length, decision !== null && !finished);
    if (at) {
      for (const seg of segments.slice(0, at.step)) {
        this.stage = stageFor(this.stage, seg, this.cardHeading);
        this.remember(seg);
      }
      this.step = at.step;
      this.phase = at.phase;
      if (at.phase === 'discuss') this.discussStarted = this.a.now() - at.discussedMs;
      this.typed = at.counts;
    }
    // pagehide comes with F5 and a closed tab; visibilitychange with a tab a browser may discard unseen.
    this.onLeave = () => {
      if (document.visibilityState === 'hidden') this.keepPlace();
    };
    addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onLeave);
  }

  /** Whole class: where the class is, kept with its save (the discussion's time used, the counts typed). */
  private keepPlace(): void {
    const c = this.a.classroom;
    if (!c) return;
    const limit = c.discussMs;
    const used = this.phase === 'discuss' && limit !== null && this.discussStarted !== null ? discussed(limit, this.discussStarted, this.a.now()) : 0;
    c.keep({ step: this.step, phase: this.phase, discussedMs: used, counts: this.typedCounts?.() ?? [] });
  }

  destroy(): void {
    this.blank?.remove();
    clearInterval(this.clock);
    this.overflow?.disconnect();
    if (this.onKey) document.removeEventListener('keydown', this.onKey);
    this.onKey = null;
    if (this.onLeave) {
      removeEventListener('pagehide', this.onLeave);
      document.removeEventListener('visibilitychange', this.onLeave);
    }
    this.onLeave = null;
  }

  private key(e: KeyboardEvent): void {
    if (e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
    // Settings (or any dialog) over the game has the keyboard to itself.
    if (document.querySelector('dialog[open]')) return;
    if (this.a.classroom && this.classroomKey(e)) return;
    const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : 0;
    if (digit && this.chooseAction) {
      e.preventDefault();
      this.chooseAction(digit - 1);
      return;
    }
    // Enter on a focused button presses that button; elsewhere it continues the story.
    const focused = document.activeElement;
    if (e.key === 'Enter' && this.advanceAction && !(focused instanceof HTMLButtonElement)) {
      e.preventDefault();
      this.advanceAction();
    }
  }

  /**
   * The teacher's keys in a whole-class game; true when the key was the teacher's. While the
   * screen is blank, nothing acts but the key that brings it back: keys never act on a hidden
   * screen. Escape never loses anything: it only brings a blank screen back (the game is saved
   * after every vote).
   */
  private classroomKey(e: KeyboardEvent): boolean {
    const key = e.key;
    const typing = document.activeElement instanceof HTMLInputElement;
    if (key === 'b' || key === 'B' || key === '.') {
      e.preventDefault();
      this.toggleBlank();
      return true;
    }
    if (this.blank) {
      if (key === 'Escape') this.toggleBlank();
      // Tab included: nothing moves behind the blank.
      e.preventDefault();
      return true;
    }
    // A passage longer than its panel (a long card in large text) scrolls a screen at a time
    // before Next moves on, so a remote reaches its end.
    const narrative = document.querySelector<HTMLElement>('.play-screen .narrative');
    const page = narrative ? Math.max(40, narrative.clientHeight * 0.85) : 0;
    if (key === 'PageDown' || (key === 'ArrowRight' && !typing)) {
      e.preventDefault();
      if (narrative && narrative.scrollTop + narrative.clientHeight < narrative.scrollHeight - 4) {
        narrative.scrollBy({ top: page });
        return true;
      }
      if (this.back > 0) {
        this.back -= 1;
        this.render(false);
      } else if (this.advanceAction) this.advanceAction();
      else this.focusNextOption();
      return true;
    }
    if (key === 'PageUp' || (key === 'ArrowLeft' && !typing)) {
      e.preventDefault();
      if (narrative && narrative.scrollTop > 0) {
        narrative.scrollBy({ top: -page });
        return true;
      }
      if (this.back < this.past.length) {
        this.back += 1;
        this.render(false);
      }
      return true;
    }
    // Digits and Enter in a count field are the field's (Enter records the vote).
    if (typing) return true;
    const digit = /^[1-9]$/.test(key) ? Number(key) : 0;
    if (digit && this.voteDigit?.(digit - 1)) {
      e.preventDefault();
      return true;
    }
    return false;
  }

  /**
   * Options that are not a decision (after a counterfactual ending: carry on as history went, or
   * end here): Next moves the keyboard to the next of them, and Enter presses it. No single key
   * of a remote ends a game.
   */
  private focusNextOption(): void {
    const options = [...document.querySelectorAll<HTMLButtonElement>('.play-screen .choices .choice:not([disabled])')];
    if (options.length === 0) return;
    const at = options.indexOf(document.activeElement as HTMLButtonElement);
    options[(at + 1) % options.length].focus();
  }

  private toggleBlank(): void {
    if (this.blank) {
      this.blank.remove();
      this.blank = null;
      return;
    }
    this.blank = el('div', { class: 'blank-screen', role: 'status' }, el('span', { class: 'visually-hidden' }, 'The screen is blank. Press B to show it again.'));
    document.body.append(this.blank);
  }

  /** The screen being left is one the teacher can come back to. */
  private remember(seg: Segment | undefined): void {
    if (!this.a.classroom || !seg) return;
    this.past.push(seg);
    if (this.past.length > MAX_BACK) this.past.shift();
  }

  /** Whole class: an earlier screen, read again; Next returns to where the class is. */
  private renderBack(): void {
    const seg = this.past[this.past.length - this.back];
    const ret = button('Back to where the class is', ownClick(() => {
      this.back = 0;
      this.render(false);
    }), { class: 'primary' });
    const narrative = el('div', { class: 'narrative', tabindex: -1 },
      el('p', { class: 'notice' }, `Reading an earlier screen again (${this.back} back). Next (PageDown) goes forward; no vote is undone.`),
      seg ? segmentView(seg) : null);
    const view = el('div', { class: 'play-screen classroom' },
      sceneHeader(this.a.meta, seg?.context ?? this.context, this.classroomTools()),
      el('main', { class: 'play-main' }, narrative, el('div', { class: 'continue' }, ret)),
      standingPanel(this.a.meta, this.a.power(), null, null, CLASS_STANDING));
    showScreen(view, narrative);
  }

  private classroomTools(): HTMLElement {
    const c = this.a.classroom;
    return el('div', { class: 'tools' },
      c ? el('p', { class: 'class-name' }, `Class: ${c.name}`) : null,
      c ? el('p', { class: 'hint keys' }, 'PageDown next · PageUp back · B blank') : null,
      button('Settings', () => this.a.openSettings(), { class: 'small' }));
  }

  /**
   * Whole class, at a decision: the discussion (its timer, the options, and Next to vote), then
   * the vote panel. Pressing an option at any point records it as the class's choice.
   */
  private classroomControls(c: Classroom, decision: NonNullable<Turn['decision']>): HTMLElement {
    const { choices } = this.turn;
    const record = (votes: number[] | null, pick: number | null) => {
      const before = this.a.power();
      const offered = this.turn.choices;
      const voted = c.vote(votes, pick);
      if (!voted) return;
      clearInterval(this.clock);
      // The class's choice goes on as a player's does.
      this.took(offered[voted.chosen], before, voted.turn);
      this.split = c.lastSplit();
      this.render();
    };
    if (this.phase === 'read') {
      // The passage first, read out in full; then the question has the screen to itself (Back re-reads the passage).
      const ask = () => {
        this.remember(this.turn.segments[this.step]);
        this.phase = c.discussMs === null ? 'vote' : 'discuss';
        this.render(false);
      };
      this.advanceAction = ask;
      return el('div', { class: 'continue' }, button('Next: the question', ownClick(ask), { class: 'primary' }));
    }
    if (this.phase === 'discuss' && c.discussMs !== null) {
      this.discussStarted ??= this.a.now();
      const limit = c.discussMs;
      const toVote = () => {
        clearInterval(this.clock);
        this.phase = 'vote';
        this.render(false);
      };
      const clock = (left: number) => `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
      const started = this.discussStarted;
      let left = secondsLeft(limit, started, this.a.now());
      const shown = el('p', { class: 'timer discussion', role: 'timer', 'aria-live': 'off', 'data-left': left }, `Discussion: ${clock(left)}`);
      const tick = () => {
        left = secondsLeft(limit, started, this.a.now());
        shown.textContent = `Discussion: ${clock(left)}`;
        shown.dataset.left = String(left);
        if (left === 0) toVote();
      };
      this.clock = setInterval(tick, 250);
      const list = choiceList(decision, choices, (i) => record(null, i));
      this.chooseAction = list.choose;
      this.advanceAction = toVote;
      return el('div', { class: 'discussion-box' },
        // Next (PageDown) or Enter also votes before the time is up: the header lists the keys.
        el('div', { class: 'discussion-bar' }, shown, button('Vote now', ownClick(toVote), { class: 'primary', 'aria-keyshortcuts': 'PageDown Enter' })),
        list.root);
    }
    const panel = votePanel(decision, choices, record, this.typed);
    this.voteDigit = panel.digit;
    this.typedCounts = panel.counts;
    return panel.root;
  }

  /**
   * The countdown beside a decision's choices, from when they appeared. Shown every second;
   * told to a screen reader only at the points modes.ts names. When it runs out the session
   * takes the story's time-out option.
   */
  private timer(limitMs: number): HTMLElement {
    const started = this.a.decisionStarted();
    let before = secondsLeft(limitMs, started, this.a.now());
    const text = (left: number) => `Time left: ${left} s`;
    const shown = el('p', { class: 'timer', role: 'timer', 'aria-live': 'off', 'data-left': before }, text(before));
    // Empty at first: a live region must be on the page before it speaks.
    const news = el('p', { class: 'visually-hidden', role: 'status' });
    let first = true;
    const tick = () => {
      const left = secondsLeft(limitMs, started, this.a.now());
      if (first) news.textContent = `${left} seconds to choose.`;
      first = false;
      if (left !== before) {
        shown.textContent = text(left);
        shown.dataset.left = String(left);
        shown.classList.toggle('low', left <= 10);
        const said = countdownNews(limitMs, before, left);
        if (said) news.textContent = said;
        before = left;
      }
      if (left === 0) this.timeOut();
    };
    this.clock = setInterval(tick, 250);
    setTimeout(tick);
    return el('div', { class: 'timer-box' }, shown, news);
  }

  private timeOut(): void {
    clearInterval(this.clock);
    if (!this.chooseAction) return;
    this.chooseAction = null;
    this.previousPower = this.a.power();
    this.show(this.a.timeOut());
    this.notice = 'Time ran out. This decision is recorded as "Time ran out", and the story goes on.';
    this.render();
  }

  /** The turn after a decision or other choice, as the rules let the player see it. */
  /** `rejoined`: the player chose to continue as history really went (said on the next screen). */
  private show(next: Turn, rejoined = false): void {
    const afterDecision = this.turn.decision !== null;
    const stake = this.turn.decision?.stake ?? null;
    if (this.turn.decision) this.cardHeading = this.turn.decision.heading ?? this.turn.decision.prompt;
    this.turn = visibleTurn(next, this.a.rules, afterDecision);
    const value = stake ? this.a.power()[stake.base] : undefined;
    this.lastStake = stake && value !== undefined ? { stake, value } : null;
    this.rejoined = rejoined;
    this.step = 0;
    this.choicesShown = false;
    this.phase = 'read';
    this.discussStarted = null;
    this.split = null;
    this.typed = [];
    this.typedCounts = null;
  }

  private render(fresh = true): void {
    clearInterval(this.clock);
    this.voteDigit = null;
    // Counts typed and not yet recorded come back with the panel (after Back, or the blank).
    if (this.typedCounts) this.typed = this.typedCounts();
    this.typedCounts = null;
    if (this.back > 0) {
      this.advanceAction = null;
      this.chooseAction = null;
      this.renderBack();
      return;
    }
    const classroom = this.a.classroom ?? null;
    const { segments, choices, decision, finished } = this.turn;
    const seg = segments[this.step] ?? null;
    if (seg) {
      const changed = seg.context.scene !== this.context.scene || seg.context.place !== this.context.place;
      this.context = seg.context;
      if (changed) this.a.sceneChanged(seg.context);
      this.stage = stageFor(this.stage, seg, this.cardHeading);
    }
    const last = this.step >= segments.length - 1;
    if (last && decision && !finished) this.stage = stageAtDecision(this.stage, decision);
    this.advanceAction = null;
    this.chooseAction = null;

    let controls: HTMLElement;
    if (!last) {
      controls = el('div', { class: 'continue' }, button('Continue', ownClick(() => this.next()), { class: 'primary' }));
      this.advanceAction = () => this.next();
    } else if (!finished && classroom && decision) {
      controls = this.classroomControls(classroom, decision);
    } else if (!finished) {
      const limit = decision ? this.a.rules.decisionMs : null;
      if (limit !== null && !this.choicesShown && !this.a.decisionUnderway()) {
        // The clock starts when the choices appear, not while the scene is still being read.
        const show = () => {
          this.choicesShown = true;
          this.render(false);
        };
        controls = el('div', { class: 'continue' },
          el('p', { class: 'hint' }, `When the choices appear you have ${Math.ceil(limit / 1000)} seconds to choose.`),
          button('Show the choices', ownClick(show), { class: 'primary' }));
        this.advanceAction = show;
      } else {
        const list = choiceList(decision, choices, (i) => this.choose(i));
        controls = list.root;
        if (decision) {
          this.chooseAction = list.choose;
          this.a.offered?.();
        } else {
          // No single key press ends a game: at an ending, a digit only picks the option (its
          // button takes the focus, and reads out); Enter or Space then presses it.
          this.chooseAction = list.focus;
          // A remote has no digits: its Next key moves between the options instead (focusNextOption).
          controls.append(el('p', { class: 'hint keys-hint' }, this.a.classroom
            ? `Keys: PageDown or 1–${choices.length} picks an option, then Enter takes it.`
            : `Keys: 1–${choices.length} pick an option, then Enter.`));
        }
        if (limit !== null) controls.prepend(this.timer(limit));
      }
    } else {
      const b = button('Continue to the debrief', ownClick(() => this.finish(b)), { class: 'primary' });
      controls = el('div', { class: 'continue' }, b);
      this.advanceAction = () => this.finish(b);
    }

    if (fresh && seg?.kind === 'reveal') this.a.effect('typewriter');
    else if (fresh && (seg?.opensChapter || seg?.kind === 'ending')) this.a.effect('gavel');
    const notice = this.notice ? el('p', { class: 'notice' }, this.notice) : null;
    // A whole class at its question: the question and its options (or the vote) fill the panel.
    const asking = classroom !== null && last && !finished && decision !== null && this.phase !== 'read';
    this.notice = null;
    // Focus arrives here after each step without a ring (the passage is where the reader is);
    // once it leaves, Tab back to a scrolling passage shows it.
    // A named region, so that a screen reader's cursor lands on it with the focus ("Story, region")
    // and reads on from the passage, instead of starting again at the top of the page.
    const narrative = el('div', { class: `narrative${asking ? ' asking' : ''}`, role: 'region', 'aria-label': 'Story', 'aria-live': 'polite', tabindex: -1, 'data-arrived': true }, notice,
      // Said with the passage, which the class has read by the time it is asked.
      this.rejoined && this.step === 0 && !asking ? el('p', { class: 'rejoin' }, REJOIN_NOTICE) : null,
      seg && !asking ? segmentView(seg) : null,
      // A competition that holds feedback back ends at its last choice with nothing to show (the
      // outcome waits for the debrief): say so, rather than leave an empty panel.
      !seg && finished ? el('p', {}, 'That was the last decision. What happened next, and what really happened, is in the debrief.') : null,
      this.lastStake && seg?.kind === 'reveal' && seg === segments.find((s) => s.kind === 'reveal')
        ? el('p', { class: 'stake-outcome' }, stakeOutcome(this.a.meta, this.lastStake.stake, this.lastStake.value))
        : null);
    // The class's split goes with the first card after its vote, beside what really happened.
    if (this.split && seg?.kind === 'reveal' && seg === segments.find((s) => s.kind === 'reveal')) {
      narrative.querySelector('.card h2')?.after(el('p', { class: 'class-split' }, this.split));
    }
    narrative.addEventListener('blur', () => narrative.removeAttribute('data-arrived'), { once: true });
    const tools = this.classroomTools();
    const view = el('div', { class: `play-screen${classroom ? ' classroom' : ''}` },
      sceneHeader(this.a.meta, this.context, tools, this.stage),
      el('main', { class: 'play-main' }, narrative, controls),
      standingPanel(this.a.meta, this.a.power(), this.previousPower, last && !finished ? decision?.stake ?? null : null,
        classroom ? CLASS_STANDING : undefined));
    // The vote panel takes the keyboard: the teacher types the first count at once.
    const voteField = classroom && last && !finished && decision && this.phase === 'vote' ? controls.querySelector('input') : null;
    showScreen(view, voteField ?? narrative);
    if (classroom) this.keepPlace();
    // After the screen is in place: the stage fits the room to the space the text leaves.
    this.a.staged(this.stage);
    // The choices just asked for (the passage above is read): bring them and their clock into view.
    if (!fresh) controls.scrollIntoView({ block: 'nearest' });
    this.watchOverflow(narrative);
  }

  /**
   * A passage longer than its panel scrolls inside it (on a computer; a phone scrolls the page):
   * it then joins the Tab order, so it can be scrolled from the keyboard, and shows a "more
   * below" cue until the reader reaches its end.
   */
  private watchOverflow(narrative: HTMLElement): void {
    this.overflow?.disconnect();
    const update = () => {
      const scrolls = narrative.scrollHeight > narrative.clientHeight + 1;
      narrative.tabIndex = scrolls ? 0 : -1;
      narrative.toggleAttribute('data-more', scrolls && narrative.scrollTop + narrative.clientHeight < narrative.scrollHeight - 4);
    };
    narrative.addEventListener('scroll', update, { passive: true });
    // A passage arriving with motion slides up (a transform): while it moves it overflows the
    // panel for a moment, and no box changes size when it settles, so the observer below stays
    // silent; without this, a passage that fits kept a "More below" cue and a Tab stop.
    narrative.addEventListener('animationend', update);
    if (typeof ResizeObserver === 'function') {
      this.overflow = new ResizeObserver(update);
      this.overflow.observe(narrative);
      if (narrative.firstElementChild) this.overflow.observe(narrative.firstElementChild);
    }
    update();
  }

  /** Once: a second press (a key held a moment too long, a screen reader that activates twice) does nothing. */
  private finish(b: HTMLButtonElement): void {
    this.advanceAction = null;
    if (b.getAttribute('aria-disabled') === 'true') return;
    b.setAttribute('aria-disabled', 'true');
    this.a.finished();
  }

  private next(): void {
    this.remember(this.turn.segments[this.step]);
    this.step += 1;
    this.render();
  }

  private choose(index: number): void {
    this.remember(this.turn.segments[this.step]);
    this.chooseAction = null;
    const chosen = this.turn.choices[index];
    const before = this.a.power();
    this.took(chosen, before, this.a.choose(index));
    this.render();
  }

  /**
   * A choice was taken (the player's, or a class's vote), leading to `next`: the stamp, the room's
   * reaction as the rules allow (the same to every option in a competition), and the next turn,
   * with the power before it for the standing panel's changes.
   */
  private took(chosen: ChoiceView | undefined, powerBefore: Record<string, number>, next: Turn): void {
    this.a.effect('stamp');
    this.stage = reactTo(this.stage, choiceReaction(this.a.rules, chosen?.tags ?? null));
    this.previousPower = powerBefore;
    this.show(next, chosen?.tags.rejoin ?? false);
  }
}
