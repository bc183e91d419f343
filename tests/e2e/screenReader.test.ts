// A screen reader user plays the whole game (issue 12, item 4). The Virtual Screen Reader
// (@guidepup/virtual-screen-reader) runs inside the built page: it walks the page's
// accessibility tree as a screen reader's reading cursor does, follows the focus, speaks live
// regions, and presses what it is on. The test moves only that cursor (next, previous, act,
// type): never page.click. What it hears is checked against the story, played in Node by the
// engine from the same ink the game is built from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { cardOf } from '../../src/engine/card';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { verifyResultCode } from '../../src/engine/codes/verifier';
import { scoreGame } from '../../src/engine/scoring';
import { playChapters } from '../../src/engine/span';
import { GameStory, type Segment, type Turn } from '../../src/engine/story';
import { STORY_FINGERPRINT } from '../support/codes';
import { baseUrl, hasBrowser, launch, openGame } from './browser';

/** The package's browser build (its README: lib/esm/index.browser.js), served to the page from the game's own origin. */
const READER = readFileSync(
  path.resolve(import.meta.dirname, '../../node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js'), 'utf8');
const READER_URL = `${baseUrl}__virtual-screen-reader.js`;

/** What the reader says when the focus brings it to the story (the play screen's named region), and at its end. */
const REGION = 'region, Story';
const REGION_END = /^end of region, Story$/;

/**
 * The Virtual Screen Reader in `page`. Each method is one evaluate: the loops that read on run
 * inside the page, so a whole game is a few hundred round trips, not thousands.
 */
class Reader {
  constructor(private readonly page: Page) {}

  /** Load the reader's module (the page's CSP allows scripts from its own origin) and start it on the whole page. */
  async start(): Promise<void> {
    // A string, not a function: vitest would rewrite a function's dynamic import() for Node.
    await this.page.evaluate(`import(${JSON.stringify(READER_URL)}).then((m) => { window.__reader = m.virtual; return m.virtual.start({ container: document.body }); })`);
  }

  /** Read on (next) until a phrase matches `until`; returns what was spoken meanwhile, live regions included. */
  readOn(until: RegExp, max = 400): Promise<string[]> {
    return this.page.evaluate(async ({ source, max }) => {
      const reader = (window as unknown as { __reader: VirtualReader }).__reader;
      const from = (await reader.spokenPhraseLog()).length;
      const stop = new RegExp(source);
      for (let i = 0; i < max; i++) {
        await reader.next();
        if (stop.test(await reader.lastSpokenPhrase())) return (await reader.spokenPhraseLog()).slice(from);
      }
      throw new Error(`Read ${max} items without hearing ${source}: ${(await reader.spokenPhraseLog()).slice(-8).join(' | ')}`);
    }, { source: until.source, max });
  }

  /** Go back (previous) to the item spoken as `phrase`. */
  async back(phrase: string, max = 40): Promise<void> {
    await this.page.evaluate(async ({ phrase, max }) => {
      const reader = (window as unknown as { __reader: VirtualReader }).__reader;
      for (let i = 0; i < max; i++) {
        if ((await reader.lastSpokenPhrase()) === phrase) return;
        await reader.previous();
      }
      throw new Error(`"${phrase}" was not found going back ${max} items.`);
    }, { phrase, max });
  }

  /**
   * Press what the cursor is on, and wait until the reader speaks `heard` (the focus moved
   * there, or a live region said it). Returns what was spoken from the press on.
   */
  act(heard: RegExp, timeout = 10_000): Promise<string[]> {
    return this.doThenHear(null, heard, timeout);
  }

  /** Type into the field under the cursor, and wait until the reader speaks `heard`; returns what it spoke meanwhile. */
  type(text: string, heard: RegExp, timeout = 10_000): Promise<string[]> {
    return this.doThenHear(text, heard, timeout);
  }

  /** act() (`text` null) or type(text), then wait for `heard`: the focus moves, or a slow screen (the debrief waits for the stage) arrives, ticks later. */
  private doThenHear(text: string | null, heard: RegExp, timeout: number): Promise<string[]> {
    return this.page.evaluate(async ({ text, source, timeout }) => {
      const reader = (window as unknown as { __reader: VirtualReader }).__reader;
      const from = (await reader.spokenPhraseLog()).length;
      await (text === null ? reader.act() : reader.type(text));
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        const said = (await reader.spokenPhraseLog()).slice(from);
        if (said.some((p) => new RegExp(source).test(p))) return said;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`"${source}" was not spoken in ${timeout} ms: ${(await reader.spokenPhraseLog()).slice(from).join(' | ')}`);
    }, { text, source: heard.source, timeout });
  }
}

/** The part of the reader's API the page-side loops use. */
interface VirtualReader {
  next(): Promise<void>;
  act(): Promise<void>;
  previous(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  type(text: string): Promise<void>;
}

/** The paragraphs as the reader spoke them: the words between "paragraph" and "end of paragraph", joined. */
function paragraphsHeard(phrases: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const p of phrases) {
    if (p === 'paragraph') current = [];
    else if (p === 'end of paragraph' && current) {
      out.push(current.join(' '));
      current = null;
    } else if (current && p !== 'strong' && p !== 'end of strong') current.push(p);
  }
  return out;
}

/** What a screen shows of a segment, paragraph by paragraph: its lines with their labels ("Why: …"), key terms, source. */
function paragraphsOf(seg: Segment): string[] {
  const dropped = seg.kind === 'reveal' ? 'What really happened' : null;
  const card = cardOf(seg.paragraphs, seg.terms, seg.source);
  return [
    ...card.parts.map((p) => (p.label && p.label !== dropped ? `${p.label}: ${p.text}` : p.text)),
    ...(card.terms.length ? [`Key terms: ${card.terms.join(', ')}`] : []),
    ...(card.source ? [`Source: ${card.source}`] : []),
  ];
}

/** The number spoken for "Final score" (an output, so a status: "status, Final score", then the number). */
function spokenScore(phrases: readonly string[]): number {
  const at = phrases.indexOf('status, Final score');
  expect(at, 'the final score is spoken').toBeGreaterThanOrEqual(0);
  expect(phrases[at + 1]).toMatch(/^\d+$/);
  return Number(phrases[at + 1]);
}

const count = (list: readonly string[], item: string) => list.filter((x) => x === item).length;
const choicePhrase = (n: number, text: string) => `button, ${n}. ${text}`;

async function openWithReader(browser: Browser): Promise<{ page: Page; errors: string[]; reader: Reader }> {
  const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'reduce', {
    prepare: (context) => context.route(READER_URL, (r) => r.fulfill({ contentType: 'text/javascript', body: READER })),
  });
  const reader = new Reader(page);
  await reader.start();
  return { page, errors, reader };
}

describe.skipIf(!hasBrowser)('a screen reader user (the Virtual Screen Reader in the page)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays a whole lesson game: each passage spoken once, each choice with its number, each card, then the final score', async () => {
    // The game as the engine plays it, always taking what really happened: every decision, no fall.
    const game = new GameStory(story);
    const turns: Turn[] = [];
    for (let t = 0; t < 200 && !game.turn.finished; t++) {
      turns.push(game.turn);
      const historical = game.turn.choices.findIndex((c) => c.tags.historical);
      game.choose(historical === -1 ? 0 : historical);
    }
    turns.push(game.turn);
    expect(game.turn.finished, 'the engine played the story to its end').toBe(true);
    // Every decision of the story (22 when this was written), none skipped by a fall.
    const decisions = turns.filter((t) => t.decision).length;

    const { page, errors, reader } = await openWithReader(browser);
    // From the top of the title page, read on to "New game" and press it.
    await reader.readOn(/^button, New game$/);
    let arrived = await reader.act(/^region, Story$/);
    let cards = 0;
    let decided = 0;
    for (const [t, turn] of turns.entries()) {
      for (const [s, seg] of turn.segments.entries()) {
        const where = `turn ${t + 1}, screen ${s + 1} (${seg.context.chapter ?? ''}, ${seg.context.date ?? ''})`;
        // The focus brought the reader to the story: it announced the region, nothing before it.
        expect(arrived[arrived.length - 1], `${where}: the reader is on the story after the press`).toBe(REGION);
        const heard = [...arrived, ...(await reader.readOn(REGION_END))];
        // Once: read in the region, and not said again by a live region.
        expect(heard.filter((p) => /^(polite|assertive): /.test(p)), `${where}: nothing is announced over the passage`).toEqual([]);
        const paragraphs = paragraphsHeard(heard);
        for (const p of paragraphsOf(seg)) expect(count(paragraphs, p), `${where}: "${p.slice(0, 60)}…" is spoken once`).toBe(1);
        if (seg.kind === 'reveal') {
          expect(count(heard, 'heading, What really happened, level 2'), `${where}: the card is announced`).toBe(1);
          cards += 1;
        }
        const last = s === turn.segments.length - 1;
        if (!last) {
          await reader.readOn(/^button, Continue$/);
          arrived = await reader.act(/^region, Story$/);
        } else if (turn.finished) {
          await reader.readOn(/^button, Continue to the debrief$/);
          // The debrief takes the focus to its heading (it may wait for the stage to arrive).
          await reader.act(/^heading, Debrief, level 1$/, 60_000);
        } else {
          const rest = await reader.readOn(/^end of group, Choices$/);
          const offered = rest.filter((p) => p.startsWith('button, '));
          expect(offered, `${where}: each choice is spoken with its number`).toEqual(turn.choices.map((c, i) => choicePhrase(i + 1, c.text)));
          if (turn.decision) {
            expect(rest, `${where}: the question comes before its choices`).toContain(`heading, ${turn.decision.prompt}, level 2`);
            decided += 1;
          }
          const pick = Math.max(0, turn.choices.findIndex((c) => c.tags.historical));
          await reader.back(choicePhrase(pick + 1, turn.choices[pick].text));
          arrived = await reader.act(/^region, Story$/);
        }
      }
    }
    expect(decided).toBe(decisions);
    expect(cards, 'a "What really happened" card after every decision').toBe(decisions);
    // The debrief: the reader is on its heading; reading on, the final score is the engine's.
    const score = await reader.readOn(/^end of region, Your score$/);
    expect(spokenScore(score)).toBe(scoreGame(game.log, game.meta).final);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("joins a competition through its start form, plays the class's chapter, and hears the final score and a result code that verifies", async () => {
    const chapters = playChapters(new GameStory(story));
    const last = chapters.length;
    const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: last, toChapter: last, fingerprint: STORY_FINGERPRINT });
    const { page, errors, reader } = await openWithReader(browser);
    await reader.readOn(/^button, Competition$/);
    // The form opens with the focus, and so the reader, on the class code's field, its hint with it.
    const field = await reader.act(/^textbox, Class code/);
    expect(field[field.length - 1]).toBe('textbox, Class code, Your teacher gives you this code, for example BCK1F-HM00E-7QX2A.');
    // Typing the code: the class's rules are said (a polite live region) without moving the reader.
    const typed = await reader.type(classCode, /^polite: Your class plays by these rules/);
    const rules = typed.find((p) => p.startsWith('polite: ')) ?? '';
    expect(rules).toContain('No time limit.');
    expect(rules).toContain(`Only chapter ${last}, ${chapters[last - 1]?.title}.`);
    await reader.readOn(/^textbox, Name, The name your teacher will see on the leaderboard/);
    await reader.type('Sasha', /^textbox, Name, Sasha/);
    const form = await reader.readOn(/^button, Start$/);
    // An untimed class offers no extra time: the form holds no choice of it.
    expect(form.filter((p) => p.startsWith('radio, '))).toEqual([]);
    let arrived = await reader.act(/^region, Story$/);
    let decided = 0;
    for (let screen = 0; screen < 100; screen++) {
      expect(arrived[arrived.length - 1], `screen ${screen + 1}: the reader is on the story after the press`).toBe(REGION);
      const heard = [...arrived, ...(await reader.readOn(REGION_END))];
      // The class's code holds "what really happened" back until the debrief.
      expect(heard).not.toContain('heading, What really happened, level 2');
      const next = await reader.readOn(/^button, |^end of group, Choices$/);
      const control = next[next.length - 1];
      if (control === 'button, Continue') arrived = await reader.act(/^region, Story$/);
      else if (control === 'button, Continue to the debrief') {
        await reader.act(/^heading, Debrief, level 1$/, 60_000);
        break;
      } else {
        const rest = [...next, ...(await reader.readOn(/^end of group, Choices$/))];
        const offered = rest.filter((p) => p.startsWith('button, '));
        expect(offered.length).toBeGreaterThan(1);
        expect(offered.map((p) => /^button, (\d+)\. \S/.exec(p)?.[1]), 'each choice is spoken with its number')
          .toEqual(offered.map((_, i) => String(i + 1)));
        decided += 1;
        await reader.back(offered[0]);
        arrived = await reader.act(/^region, Story$/);
      }
    }
    expect(decided).toBeGreaterThanOrEqual(1);
    const debrief = await reader.readOn(/^end of region, Hand in your result$/);
    expect(debrief).toContain('Sasha');
    // The result code is an output (a status), spoken in its groups of five.
    const from = debrief.indexOf('status, Result code');
    const to = debrief.indexOf('end of status, Result code');
    expect(from, 'the result code is spoken').toBeGreaterThanOrEqual(0);
    const code = debrief.slice(from + 1, to).join('');
    const verified = verifyResultCode(code, story, classCode);
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.result.name).toBe('Sasha');
    expect(verified.result.score.final).toBe(spokenScore(debrief));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
