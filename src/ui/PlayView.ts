// The play screen: shows a turn one segment at a time (Continue, or Enter, between them),
// then its choices (buttons, or keys 1–4). It knows nothing of the story's content.
import type { EffectName } from '../audio/Sound';
import type { StoryMeta } from '../engine/meta';
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
  effect(name: EffectName): void;
  openSettings(): void;
  /** Competition rules: keep "what really happened" for the debrief; a clock on each decision. */
  holdFeedback: boolean;
  secondsPerDecision: number | null;
}

export class PlayView {
  private turn: Turn;
  private step = 0;
  private context: SceneContext = { date: null, place: null, present: [], chapter: null, scene: null };
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

  constructor(private readonly a: PlayActions, first: Turn) {
    this.turn = this.visible(first);
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

  private visible(turn: Turn): Turn {
    return this.a.holdFeedback ? { ...turn, segments: turn.segments.filter((s) => s.kind !== 'reveal') } : turn;
  }

  /** A countdown beside the choices; when time runs out, the choice is made at random. */
  private timer(choose: (i: number) => void, count: number): HTMLElement | null {
    const limit = this.a.secondsPerDecision;
    if (!limit) return null;
    let left = limit;
    const text = () => `Time left: ${left} s`;
    const shown = el('p', { class: 'timer', role: 'timer', 'aria-live': 'off' }, text());
    this.clock = setInterval(() => {
      left -= 1;
      shown.textContent = text();
      if (left === 10) shown.setAttribute('aria-live', 'assertive');
      if (left <= 0) {
        clearInterval(this.clock);
        choose(Math.floor(Math.random() * count));
      }
    }, 1000);
    return shown;
  }

  private render(): void {
    clearInterval(this.clock);
    const { segments, choices, decision, finished } = this.turn;
    const seg = segments[this.step] ?? null;
    if (seg) {
      const changed = seg.context.scene !== this.context.scene || seg.context.place !== this.context.place;
      this.context = seg.context;
      if (changed) this.a.sceneChanged(seg.context);
    }
    const last = this.step >= segments.length - 1;
    this.advanceAction = null;
    this.chooseAction = null;

    let controls: HTMLElement;
    if (!last) {
      controls = el('div', { class: 'continue' }, button('Continue', ownClick(() => this.next()), { class: 'primary' }));
      this.advanceAction = () => this.next();
    } else if (!finished) {
      const list = choiceList(decision, choices, (i) => this.choose(i));
      this.chooseAction = list.choose;
      controls = list.root;
      if (decision) {
        controls.prepend(...[this.timer(list.choose, choices.length)].filter((t) => t !== null));
        this.a.offered?.();
      }
    } else {
      const b = button('Continue to the debrief', ownClick(() => this.finish(b, status)), { class: 'primary' });
      // Empty until pressed: a live region must be on the page before it speaks.
      const status = el('p', { class: 'visually-hidden', role: 'status' });
      controls = el('div', { class: 'continue' }, b, status);
      this.advanceAction = () => this.finish(b, status);
    }

    if (seg?.kind === 'reveal') this.a.effect('typewriter');
    else if (seg?.opensChapter || seg?.kind === 'ending') this.a.effect('gavel');
    // Focus arrives here after each step without a ring (the passage is where the reader is);
    // once it leaves, Tab back to a scrolling passage shows it.
    const narrative = el('div', { class: 'narrative', 'aria-live': 'polite', tabindex: -1, 'data-arrived': true },
      this.rejoined && this.step === 0 ? el('p', { class: 'rejoin' }, REJOIN_NOTICE) : null,
      seg ? segmentView(seg) : null,
      this.lastStake && seg?.kind === 'reveal' && seg === segments.find((s) => s.kind === 'reveal')
        ? el('p', { class: 'stake-outcome' }, stakeOutcome(this.a.meta, this.lastStake.stake, this.lastStake.value))
        : null);
    narrative.addEventListener('blur', () => narrative.removeAttribute('data-arrived'), { once: true });
    const tools = el('div', { class: 'tools' }, button('Settings', () => this.a.openSettings(), { class: 'small' }));
    const view = el('div', { class: 'play-screen' },
      sceneHeader(this.a.meta, this.context, tools),
      el('main', { class: 'play-main' }, narrative, controls),
      standingPanel(this.a.meta, this.a.power(), this.previousPower, last && !finished ? decision?.stake ?? null : null));
    showScreen(view, narrative);
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
    this.previousPower = this.a.power();
    const stake = this.turn.decision?.stake ?? null;
    this.rejoined = this.turn.choices[index]?.tags.rejoin ?? false;
    this.turn = this.visible(this.a.choose(index));
    const value = stake ? this.a.power()[stake.base] : undefined;
    this.lastStake = stake && value !== undefined ? { stake, value } : null;
    this.step = 0;
    this.render();
  }
}
