// The play screen: shows a turn one segment at a time (Continue, or Enter, between them),
// then its choices (buttons, or keys 1–4). It knows nothing of the story's content.
import type { EffectName } from '../audio/Sound';
import type { StoryMeta } from '../engine/meta';
import { countdownNews, type ModeRules, secondsLeft, visibleTurn } from '../engine/modes';
import {
  choiceReaction, emptyStage, reactTo, type StageState, stageAtDecision, stageFor,
} from '../engine/stage';
import type { SceneContext, Turn } from '../engine/story';
import { choiceList } from './ChoiceList';
import { button, el, ownClick } from './element';
import { sceneHeader } from './SceneHeader';
import { showScreen } from './Screen';
import { segmentView } from './SegmentView';
import type { Stake } from '../engine/tags';
import { REJOIN_NOTICE, stakeOutcome, standingPanel } from './StandingPanel';

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

  constructor(private readonly a: PlayActions, first: Turn) {
    // A resumed game's turn may follow a decision (its outcome is then held back as usual); a
    // new game's first turn has no card, so nothing before one to hold back.
    this.turn = visibleTurn(first, a.rules, true);
    this.onKey = (e) => this.key(e);
    document.addEventListener('keydown', this.onKey);
    this.render();
  }

  destroy(): void {
    clearInterval(this.clock);
    this.overflow?.disconnect();
    if (this.onKey) document.removeEventListener('keydown', this.onKey);
    this.onKey = null;
  }

  private key(e: KeyboardEvent): void {
    if (e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
    // Settings (or any dialog) over the game has the keyboard to itself.
    if (document.querySelector('dialog[open]')) return;
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
  }

  private render(fresh = true): void {
    clearInterval(this.clock);
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
          controls.append(el('p', { class: 'hint' }, `Keys: 1–${choices.length} pick an option, then Enter.`));
        }
        if (limit !== null) controls.prepend(this.timer(limit));
      }
    } else {
      const b = button('Continue to the debrief', ownClick(() => this.finish(b, status)), { class: 'primary' });
      // Empty until pressed: a live region must be on the page before it speaks.
      const status = el('p', { class: 'visually-hidden', role: 'status' });
      controls = el('div', { class: 'continue' }, b, status);
      this.advanceAction = () => this.finish(b, status);
    }

    if (fresh && seg?.kind === 'reveal') this.a.effect('typewriter');
    else if (fresh && (seg?.opensChapter || seg?.kind === 'ending')) this.a.effect('gavel');
    const notice = this.notice ? el('p', { class: 'notice' }, this.notice) : null;
    this.notice = null;
    // Focus arrives here after each step without a ring (the passage is where the reader is);
    // once it leaves, Tab back to a scrolling passage shows it.
    // A named region, so that a screen reader's cursor lands on it with the focus ("Story, region")
    // and reads on from the passage, instead of starting again at the top of the page.
    const narrative = el('div', { class: 'narrative', role: 'region', 'aria-label': 'Story', 'aria-live': 'polite', tabindex: -1, 'data-arrived': true }, notice,
      this.rejoined && this.step === 0 ? el('p', { class: 'rejoin' }, REJOIN_NOTICE) : null,
      seg ? segmentView(seg) : null,
      this.lastStake && seg?.kind === 'reveal' && seg === segments.find((s) => s.kind === 'reveal')
        ? el('p', { class: 'stake-outcome' }, stakeOutcome(this.a.meta, this.lastStake.stake, this.lastStake.value))
        : null);
    narrative.addEventListener('blur', () => narrative.removeAttribute('data-arrived'), { once: true });
    const tools = el('div', { class: 'tools' }, button('Settings', () => this.a.openSettings(), { class: 'small' }));
    const view = el('div', { class: 'play-screen' },
      sceneHeader(this.a.meta, this.context, tools, this.stage),
      el('main', { class: 'play-main' }, narrative, controls),
      standingPanel(this.a.meta, this.a.power(), this.previousPower, last && !finished ? decision?.stake ?? null : null));
    showScreen(view, narrative);
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
    if (typeof ResizeObserver === 'function') {
      this.overflow = new ResizeObserver(update);
      this.overflow.observe(narrative);
      if (narrative.firstElementChild) this.overflow.observe(narrative.firstElementChild);
    }
    update();
  }

  /**
   * The debrief comes with the stage (Phaser), which a slow laptop may still be loading when a
   * quick reader reaches the end: the button says so at once, and a second press does nothing.
   */
  private finish(b: HTMLButtonElement, status: HTMLElement): void {
    this.advanceAction = null;
    if (b.getAttribute('aria-disabled') === 'true') return;
    b.setAttribute('aria-disabled', 'true');
    b.textContent = 'Opening the debrief…';
    status.textContent = 'Opening the debrief…';
    this.a.finished();
  }

  private next(): void {
    this.step += 1;
    this.render();
  }

  private choose(index: number): void {
    this.chooseAction = null;
    this.a.effect('stamp');
    // The room reacts to the choice as the rules allow (the same to every option in a competition).
    this.stage = reactTo(this.stage, choiceReaction(this.a.rules, this.turn.choices[index]?.tags ?? null));
    this.previousPower = this.a.power();
    this.show(this.a.choose(index), this.turn.choices[index]?.tags.rejoin ?? false);
    this.render();
  }
}
