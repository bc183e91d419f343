// Helpers for the accessibility and layout tests: a game page that accepts axe-core, the
// audit itself, and the way from the title to a decision and to a "what really happened" card.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Watched, choiceButtons, openGame } from './browser';

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA (axe-core's tags for them). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The game in a fresh context. bypassCSP: axe-core goes in as an inline script, which the
 * page's Content-Security-Policy rightly refuses (tests/e2e/privacy.test.ts checks the policy).
 */
export function openThaw(browser: Browser, viewport: { width: number; height: number }, motion: 'reduce' | 'no-preference' = 'reduce'): Promise<Watched> {
  return openGame(browser, viewport, motion, { bypassCSP: true });
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's rules on the page as it is now: WCAG A/AA by default, or every rule (best practices
 * too) with `rules: 'all'`; `within`: a CSS selector to audit only that part of the page.
 */
export async function audit(page: Page, o: { within?: string; rules?: 'wcag' | 'all' } = {}): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async ({ tags, within }) => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: object, o: object): Promise<AxeResult> } }).axe;
    const options = tags ? { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] } : { resultTypes: ['violations'] };
    const r = await axe.run(within ? { include: [[within]] } : document, options);
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
    }));
  }, { tags: o.rules === 'all' ? null : WCAG_TAGS, within: o.within ?? null });
}

/** Every violation, of any impact, written out so a failure message says what is wrong and where. */
export function described(violations: Violation[]): string[] {
  return violations.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 5).join(' | ')}`);
}

/** Serious and critical violations, written out so a failure message says what is wrong and where. */
export function serious(violations: Violation[]): string[] {
  return described(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'));
}

/** New game, and wait for the first decision's options. */
export async function startLesson(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await choiceButtons(page).first().waitFor();
}

export const revealHeading = (page: Page) => page.getByRole('heading', { name: 'What really happened', exact: true });

export interface Problems {
  spill: string[];
  overlap: string[];
  small: string[];
  storyFont: number[];
}

/**
 * What a person would see wrong on the screen as it is: text or controls that spill sideways
 * out of the window or out of their panel, text on top of other text, text too small to read.
 */
export async function inspectScreen(page: Page, storyMinPx: number, labelMinPx: number): Promise<Problems> {
  return page.evaluate(
    ({ storyMinPx, labelMinPx }) => {
      const ui = document.getElementById('ui') as HTMLElement;
      const roots: Element[] = [ui, ...document.querySelectorAll('dialog[open]')];
      const name = (e: Element) =>
        `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}> "${(e.textContent ?? '').trim().slice(0, 40)}"`;
      const shown = (e: Element) => {
        const r = e.getBoundingClientRect();
        const cs = getComputedStyle(e);
        return r.width > 1 && r.height > 1 && cs.visibility !== 'hidden' && Number(cs.opacity) > 0;
      };
      const clips = (a: Element) => {
        const cs = getComputedStyle(a);
        return { x: cs.overflowX !== 'visible', y: cs.overflowY !== 'visible' };
      };
      // The part of an element a person can see: its box cut by every scrolling or clipping ancestor and the window.
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        let [l, t, rt, b] = [r.left, r.top, r.right, r.bottom];
        for (let a = e.parentElement; a; a = a.parentElement) {
          const c = clips(a);
          if (!c.x && !c.y) continue;
          const ar = a.getBoundingClientRect();
          if (c.x) [l, rt] = [Math.max(l, ar.left), Math.min(rt, ar.right)];
          if (c.y) [t, b] = [Math.max(t, ar.top), Math.min(b, ar.bottom)];
        }
        [l, t, rt, b] = [Math.max(l, 0), Math.max(t, 0), Math.min(rt, innerWidth), Math.min(b, innerHeight)];
        return rt - l > 1 && b - t > 1 ? { l, t, r: rt, b } : null;
      };
      const all = roots.flatMap((r) => [r, ...r.querySelectorAll('*')]).filter(shown);

      // Sideways spill: out of the window, or out of a panel that would hide it. A table may
      // scroll sideways inside its own wrapper (a phone cannot show five columns).
      const spill: string[] = [];
      if (document.documentElement.scrollWidth > innerWidth + 1) spill.push(`the page is ${document.documentElement.scrollWidth}px wide`);
      if (ui.scrollWidth > ui.clientWidth + 1) spill.push(`#ui holds ${ui.scrollWidth}px in ${ui.clientWidth}px`);
      for (const e of all) {
        let box: DOMRect | null = null;
        let sideways = false;
        for (let a = e.parentElement; a; a = a.parentElement) {
          if (!clips(a).x) continue;
          if (a.querySelector(':scope > table')) sideways = true;
          else box = a === ui ? null : a.getBoundingClientRect();
          break;
        }
        if (sideways) continue;
        const r = e.getBoundingClientRect();
        const [left, right] = box ? [box.left, box.right] : [0, innerWidth];
        if (r.left < left - 1 || r.right > right + 1) spill.push(`${name(e)} spans ${Math.round(r.left)}–${Math.round(r.right)}px, its room ${Math.round(left)}–${Math.round(right)}px`);
      }

      // Overlap: two pieces of text, or a control and text, drawn on top of one another. Text is
      // measured by its line boxes (not its element's padding), controls and pictures by their boxes.
      const leaves = all.filter(
        (e) =>
          e instanceof HTMLButtonElement ||
          e instanceof HTMLImageElement ||
          e instanceof HTMLInputElement ||
          [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
      );
      type Box = { l: number; t: number; r: number; b: number };
      const cut = (e: Element, r: DOMRect): Box | null => {
        const v = visible(e);
        if (!v) return null;
        const box = { l: Math.max(r.left, v.l), t: Math.max(r.top, v.t), r: Math.min(r.right, v.r), b: Math.min(r.bottom, v.b) };
        return box.r - box.l > 1 && box.b - box.t > 1 ? box : null;
      };
      const drawn = (e: Element): Box[] => {
        const rects: DOMRect[] = [];
        if (e instanceof HTMLButtonElement || e instanceof HTMLImageElement || e instanceof HTMLInputElement) rects.push(e.getBoundingClientRect());
        else {
          for (const n of e.childNodes) {
            if (n.nodeType !== Node.TEXT_NODE || (n.textContent ?? '').trim() === '') continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            rects.push(...range.getClientRects());
          }
        }
        return rects.map((r) => cut(e, r)).filter((b): b is Box => b !== null);
      };
      const boxes = leaves.map((e) => ({ e, v: drawn(e) })).filter((x) => x.v.length > 0);
      const overlap: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [p, q] = [boxes[i], boxes[j]];
          if (p.e.contains(q.e) || q.e.contains(p.e)) continue;
          for (const a of p.v) {
            const hit = q.v.find((b) => Math.min(a.r, b.r) - Math.max(a.l, b.l) > 2 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 2);
            if (hit) {
              overlap.push(`${name(p.e)} and ${name(q.e)} overlap at ${Math.round(hit.l)},${Math.round(hit.t)}`);
              break;
            }
          }
        }
      }

      // Type size: story text (in <main>: paragraphs, list items, table cells, choices) and everything else.
      const small: string[] = [];
      const storyFont: number[] = [];
      for (const { e } of boxes) {
        if (e instanceof HTMLImageElement || e.closest('.visually-hidden')) continue;
        const px = Number.parseFloat(getComputedStyle(e).fontSize);
        const story = e.closest('main') !== null && e.matches('.narrative p, .narrative li, [role="group"] button span, .intro');
        if (story) storyFont.push(px);
        const min = story ? storyMinPx : labelMinPx;
        if (px < min - 0.05) small.push(`${name(e)} is ${px}px (at least ${min.toFixed(1)})`);
      }
      return { spill, overlap, small, storyFont };
    },
    { storyMinPx, labelMinPx },
  );
}

export interface Reach {
  problems: string[];
  lines: number[];
  visibleAtOnce: number;
}

/**
 * Each button of `group` scrolled into view (as the browser does for a Tab or a screen reader):
 * it must then lie whole inside the window and inside every panel that scrolls, be the thing
 * under a finger at its centre, show its whole label, and not overlap another button.
 * Also counts how many were fully visible before any scrolling, and how many lines each takes.
 */
export async function reachButtons(page: Page, selector: string): Promise<Reach> {
  return page.evaluate((selector) => {
    const buttons = [...document.querySelectorAll<HTMLElement>(selector)];
    const problems: string[] = [];
    const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
    const win = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const scrollers = (e: Element) => {
      const list: Element[] = [];
      for (let a = e.parentElement; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowY !== 'visible' || cs.overflowX !== 'visible') list.push(a);
      }
      return list;
    };
    const innerBox = (a: Element) => {
      const r = a.getBoundingClientRect();
      const top = r.top + a.clientTop;
      const left = r.left + a.clientLeft;
      return { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
    };
    const fullyVisible = (b: Element) => inside(b.getBoundingClientRect(), win) && scrollers(b).every((a) => inside(b.getBoundingClientRect(), innerBox(a)));
    const visibleAtOnce = buttons.filter(fullyVisible).length;
    const lines: number[] = [];
    for (const b of buttons) {
      const text = (b.textContent ?? '').trim().slice(0, 50);
      b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = b.getBoundingClientRect();
      if (!inside(r, win)) problems.push(`"${text}" lies outside the window even scrolled into view: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      for (const a of scrollers(b)) {
        if (!inside(r, innerBox(a))) problems.push(`"${text}" cannot be scrolled wholly into its panel <${a.tagName.toLowerCase()} ${a.className}>`);
      }
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      if (!hit || !b.contains(hit)) problems.push(`"${text}" is covered at its centre by ${hit?.outerHTML.slice(0, 80)}`);
      if (b.scrollWidth > b.clientWidth + 1) problems.push(`"${text}" is cut off: ${b.scrollWidth}px of text in ${b.clientWidth}px`);
      for (const part of b.querySelectorAll('*')) {
        if (!inside(part.getBoundingClientRect(), r)) problems.push(`part of "${text}" sticks out of its button`);
      }
      const label = b.lastElementChild ?? b;
      const lh = Number.parseFloat(getComputedStyle(label).lineHeight) || Number.parseFloat(getComputedStyle(label).fontSize) * 1.2;
      lines.push(Math.round(label.getBoundingClientRect().height / lh));
    }
    const rects = buttons.map((b) => b.getBoundingClientRect());
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const w = Math.min(rects[i].right, rects[j].right) - Math.max(rects[i].left, rects[j].left);
        const h = Math.min(rects[i].bottom, rects[j].bottom) - Math.max(rects[i].top, rects[j].top);
        if (w > 0 && h > 0) problems.push(`choices ${i + 1} and ${j + 1} overlap`);
      }
    }
    return { problems, lines, visibleAtOnce };
  }, selector);
}

export const CHOICES = '[role="group"][aria-label="Choices"] button';
