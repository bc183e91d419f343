// Whole class on one screen (issue 13): the teacher drives the game from the front with the
// keys a presentation remote sends, the class's counts go into number fields, the card and the
// debrief show the split; every vote is saved under the class's name, F5 comes back to the same
// place, and other classes' games and a student's own lesson survive beside it.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { playChapters } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import { SHOTS, debriefHeading, hasBrowser, launch, openGame, screenshot } from './browser';
import { audit, openThaw, serious } from './inspect';

const chapters = playChapters(new GameStory(story));
/** The short game: chapter 2 alone (Beria's Spring), two decisions. */
const CHAPTER = 2;

/** The decisions of chapter 2 as the class meets them when it votes as history went. */
function chapterDecisions(): { id: string; options: string[]; historical: number }[] {
  const g = new GameStory(story);
  const out: { id: string; options: string[]; historical: number }[] = [];
  let inChapter = false;
  for (let i = 0; i < 200 && !g.turn.finished; i++) {
    for (const s of g.turn.segments) if (s.opensChapter) inChapter = s.opensChapter === chapters[CHAPTER - 1].title;
    const historical = Math.max(0, g.turn.choices.findIndex((c) => c.tags.historical));
    if (g.turn.decision && inChapter) out.push({ id: g.turn.decision.id, options: g.turn.choices.map((c) => c.text), historical });
    g.choose(historical);
  }
  return out;
}
const decisions = chapterDecisions();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const voteFields = (page: Page) => page.locator('input.vote-count');
const focusedIsVoteField = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('vote-count') ?? false);

/** Press PageDown (Next) until the vote panel has the keyboard or the debrief is up; at most `max` presses. */
async function nextToVote(page: Page, max = 40): Promise<'vote' | 'debrief'> {
  for (let i = 0; i < max; i++) {
    if (await focusedIsVoteField(page)) return 'vote';
    if (await debriefHeading(page).isVisible()) return 'debrief';
    await page.keyboard.press('PageDown');
  }
  throw new Error(`Neither a vote nor the debrief after ${max} presses of PageDown.`);
}

/** Press PageDown until `text` is on screen (the card after a vote follows its outcome). */
async function nextUntil(page: Page, text: RegExp, max = 10): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.getByText(text).isVisible()) return;
    await page.keyboard.press('PageDown');
  }
  await page.getByText(text).waitFor({ timeout: 1000 });
}

/** Type the counts into the fields with digits and Tab, and record them with Enter. */
async function typeVotes(page: Page, counts: readonly number[]): Promise<void> {
  for (const [i, n] of counts.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(String(n));
  }
  await page.keyboard.press('Enter');
}

/** Every element `selector` finds is on screen: inside the window and inside the panel that would scroll. */
function fullyVisible(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const panel = (document.querySelector('.play-main') as HTMLElement).getBoundingClientRect();
    const items = [...document.querySelectorAll(sel)];
    return items.length > 0 && items.every((e) => {
      const r = e.getBoundingClientRect();
      return r.top >= Math.max(0, panel.top) - 1 && r.bottom <= Math.min(innerHeight, panel.bottom) + 1 && r.right <= innerWidth;
    });
  }, selector);
}

/** Title → Whole class → the start form filled in → Start. */
async function startClass(page: Page, name: string, timer: string, chapter = CHAPTER): Promise<void> {
  await page.getByRole('button', { name: 'Whole class' }).click();
  await page.getByLabel('Class name').fill(name);
  await page.getByLabel('Discussion timer').selectOption({ label: timer });
  await page.getByLabel('From chapter').selectOption(String(chapter));
  await page.getByLabel('To chapter').selectOption(String(chapter));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: chapters[chapter - 1].title }).waitFor();
}

/** Leave whatever is on screen for the title, as a reload from the title would find it. */
async function toTitle(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('thaw.screen', 'title'));
  await page.reload();
  await page.getByRole('button', { name: 'Whole class' }).waitFor();
}

describe.skipIf(!hasBrowser)('whole class on one screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays to the debrief by PageDown, Tab, digits and Enter with a discussion timer; F5 resumes with the votes; other saves survive', async () => {
    expect(decisions.map((d) => d.id)).toEqual(['beria_first_moves', 'beria_arrest']);
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });

    // A student's own lesson on the same room computer.
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { name: chapters[0].title }).waitFor();
    await toTitle(page);

    // Another class, "9A Monday", votes once; bad counts are refused with a message, nothing lost.
    await startClass(page, '9A Monday', 'Off');
    expect(await nextToVote(page)).toBe('vote');
    const fields = voteFields(page);
    await fields.nth(0).fill('2.5');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /whole number/ }).count()).resolves.toBe(1);
    await fields.nth(0).fill('-1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /cannot be negative/ }).count()).resolves.toBe(1);
    await fields.nth(0).fill('40');
    await fields.nth(1).fill('30');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /add up to 70, more than a class/ }).count()).resolves.toBe(1);
    await expect(fields.nth(1).inputValue()).resolves.toBe('30');
    const h = decisions[0].historical;
    for (let i = 0; i < decisions[0].options.length; i++) await fields.nth(i).fill(i === h ? '20' : i === (h + 1) % 3 ? '4' : '');
    await page.keyboard.press('Enter');
    await nextUntil(page, /^20 of 24 predicted/);
    await toTitle(page);

    // "10B Tuesday", with a one-minute discussion before each vote: the keyboard alone from here.
    await startClass(page, '10B Tuesday', '1 minute');
    const first = decisions[0];
    for (let i = 0; i < 40 && !(await page.getByRole('timer').isVisible()); i++) await page.keyboard.press('PageDown');
    await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^Discussion: [01]:\d\d$/);
    // Next before the time is up goes to the vote.
    expect(await nextToVote(page)).toBe('vote');
    const counts1 = first.options.map((_, i) => (i === first.historical ? 19 : i === (first.historical + 1) % first.options.length ? 6 : 3));
    await typeVotes(page, counts1);
    await nextUntil(page, /^19 of 28 predicted/);
    // The card's split, beside what really happened.
    await expect(page.getByRole('heading', { name: 'What really happened' }).count()).resolves.toBe(1);

    // F5 (a remote's start button) mid-game: the same card, the same split.
    await page.reload();
    await page.getByText('Class: 10B Tuesday').waitFor();
    await nextUntil(page, /^19 of 28 predicted/);


    // The second decision: a tie, which the teacher breaks with a digit.
    const second = decisions[1];
    expect(await nextToVote(page)).toBe('vote');
    const other = second.historical === 0 ? 1 : 0;
    const counts2 = second.options.map((_, i) => (i === second.historical || i === other ? 12 : 4));
    await typeVotes(page, counts2);
    await page.getByText(/^A tie: 12 hands each/).waitFor();
    await page.keyboard.press(String(second.historical + 1));
    await nextUntil(page, /^12 of 28 chose .* \(a tie, broken by the teacher\): so did Khrushchev\.$/);
    await screenshot(page, 'whole-class-card-1920x1080');

    // On to the debrief with Next alone.
    expect(await nextToVote(page)).toBe('debrief');
    await expect(page.getByRole('heading', { name: "The class's score" }).count()).resolves.toBe(1);
    await expect(page.getByText('10B Tuesday').count()).resolves.toBeGreaterThan(0);
    const table = page.getByRole('table', { name: "The class's decisions and what really happened" });
    await expect(table.getByText(/^19 of 28 predicted/).count()).resolves.toBe(1);
    await expect(table.getByText(/^12 of 28 chose/).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Key terms the class met' }).count()).resolves.toBe(1);
    // The debrief speaks to the class, not to one student: none of its own words on screen says
    // "you" (the story's words, in its cards, quotes and the options it quotes, are the story's).
    const ownWords = await page.evaluate(() => {
      const copy = document.querySelector('main')?.cloneNode(true) as HTMLElement;
      for (const n of copy.querySelectorAll('.card-cell, .historian, .passage, .happened, .print-only, input')) n.remove();
      return (copy.textContent ?? '').replace(/“[^”]*”/g, '“…”');
    });
    expect(ownWords.match(/[^.]*\b(you|your)\b[^.]*/gi) ?? []).toEqual([]);
    await expect(page.getByText("Which historian best explains the decisions the class made?").count()).resolves.toBe(1);
    await screenshot(page, 'whole-class-debrief-1920x1080');
    // It prints: the class, its score and each decision's split are on the paper.
    const pdf = await page.pdf({ path: path.join(SHOTS, 'whole-class-debrief.pdf'), format: 'A4', printBackground: true });
    const printed = squash((await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text);
    for (const text of ['Class: 10B Tuesday', "The class's score", '19 of 28 predicted', '12 of 28 chose']) expect(printed, text).toContain(text);

    // F5 on the debrief stays on it.
    await page.reload();
    await page.getByRole('heading', { name: "The class's score" }).waitFor();

    // Every game is still there: the other class, this one (finished), and the student's lesson.
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await page.getByRole('heading', { name: 'Continue saved game' }).waitFor();
    const list = page.getByRole('list');
    await expect(list.getByRole('listitem').filter({ hasText: '9A Monday' }).textContent()).resolves.toMatch(/1 decision voted/);
    await expect(list.getByRole('listitem').filter({ hasText: '10B Tuesday' }).textContent()).resolves.toMatch(/Finished \(2 decisions voted\)/);
    await expect(list.getByRole('listitem').filter({ hasText: 'My own game' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: '9A Monday' }).click();
    await page.getByText('Class: 9A Monday').waitFor();
    await nextUntil(page, /^20 of 24 predicted/);
    await toTitle(page);
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await page.getByRole('button', { name: 'My own game' }).click();
    await page.getByRole('heading', { name: chapters[0].title }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the discussion timer, when it runs out, opens the vote panel by itself (the page clock is moved on); Back re-reads; B blanks', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'reduce', { prepare: (context) => context.clock.install() });
    await startClass(page, 'Clock', '1 minute');
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    for (let i = 0; i < 40 && !(await page.getByRole('timer').isVisible()); i++) await page.keyboard.press('PageDown');
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Discussion: 1:00');
    await page.clock.fastForward(30_000);
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Discussion: 0:30');
    expect(await focusedIsVoteField(page)).toBe(false);
    await page.clock.fastForward(31_000);
    await voteFields(page).first().waitFor();
    expect(await focusedIsVoteField(page)).toBe(true);

    // Back (PageUp) re-reads the passage before the question; Next (PageDown) returns to the vote.
    await page.keyboard.press('PageUp');
    await page.getByText(/Reading an earlier screen again/).waitFor();
    await expect(voteFields(page).count()).resolves.toBe(0);
    await page.keyboard.press('PageDown');
    await voteFields(page).first().waitFor();
    // B blanks the screen; nothing acts behind the blank (not even typing in the focused field) but B itself.
    await page.keyboard.press('Tab');
    await page.keyboard.press('b');
    await expect(page.getByRole('status').filter({ hasText: 'The screen is blank' }).count()).resolves.toBe(1);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('b');
    await expect(page.getByRole('status').filter({ hasText: 'The screen is blank' }).count()).resolves.toBe(0);
    await expect(voteFields(page).evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))).resolves.toEqual(decisions[0].options.map(() => ''));
    await expect(page.getByRole('button', { name: 'Record the vote' }).count()).resolves.toBe(1);
    // Nor behind the settings dialog: PageUp there is the dialog's, not the game's.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.getByText(/Reading an earlier screen again/).count()).resolves.toBe(0);
    await expect(voteFields(page).count()).resolves.toBe(decisions[0].options.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('F5 mid-discussion returns to the same decision with the time that was left; F5 at the vote keeps the counts typed; no vote is lost', async () => {
    const { page, errors } = await openGame(browser, { width: 1366, height: 768 }, 'reduce', { prepare: (context) => context.clock.install() });
    await startClass(page, 'Reload', '1 minute');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const [first] = decisions;
    // The first decision: voted, 19 of 28 as history went.
    expect(await nextToVote(page)).toBe('vote');
    await typeVotes(page, first.options.map((_, i) => (i === first.historical ? 19 : i === (first.historical + 1) % first.options.length ? 6 : 3)));
    await nextUntil(page, /^19 of 28 predicted/);
    // On to the second decision's discussion, 25 seconds into it.
    for (let i = 0; i < 40 && !(await page.getByRole('timer').isVisible()); i++) await page.keyboard.press('PageDown');
    const question = await page.locator('.choices .prompt').textContent();
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Discussion: 1:00');
    await page.clock.fastForward(25_000);
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Discussion: 0:35');

    // F5: the same question, its discussion with 35 seconds left (the reload's own time is not counted).
    await page.reload();
    await page.getByText('Class: Reload').waitFor();
    await page.getByRole('timer').waitFor();
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Discussion: 0:35');
    await expect(page.locator('.choices .prompt').textContent()).resolves.toBe(question);
    await screenshot(page, 'whole-class-reloaded-discussion-1366x768');
    await page.clock.fastForward(5_000);
    await expect(page.getByRole('timer').textContent()).resolves.toBe('Discussion: 0:30');

    // Next: the vote. A count typed, then F5: the vote panel again, the count still in its field.
    expect(await nextToVote(page)).toBe('vote');
    await page.keyboard.type('12');
    await page.reload();
    await page.getByText('Class: Reload').waitFor();
    await voteFields(page).first().waitFor();
    expect(await focusedIsVoteField(page)).toBe(true);
    await expect(voteFields(page).first().inputValue()).resolves.toBe('12');
    await expect(page.getByRole('timer').count()).resolves.toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');

    // Both votes are in the debrief.
    expect(await nextToVote(page)).toBe('debrief');
    const table = page.getByRole('table', { name: "The class's decisions and what really happened" });
    await expect(table.getByText(/^19 of 28 predicted/).count()).resolves.toBe(1);
    await expect(table.getByText(/^12 of 15 /).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks before a new game replaces a class's finished game and its debrief: keys reach only the dialog; Keep, Escape and Show its debrief lose nothing", async () => {
    const { page, errors } = await openThaw(browser, { width: 1366, height: 768 });
    // "7C" plays chapter 2 to its debrief, as history went.
    await startClass(page, '7C', 'Off');
    for (const d of decisions) {
      expect(await nextToVote(page)).toBe('vote');
      await typeVotes(page, d.options.map((_, i) => (i === d.historical ? 20 : 5)));
    }
    expect(await nextToVote(page)).toBe('debrief');
    await page.getByRole('button', { name: 'Play again' }).click();

    const askAgain = async () => {
      await page.getByRole('button', { name: 'Whole class' }).click();
      await page.getByLabel('Class name').fill('7C');
      await page.getByRole('button', { name: 'Start' }).click();
      const dialog = page.getByRole('dialog', { name: '7C already has a finished game' });
      await dialog.waitFor();
      return dialog;
    };
    const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('thaw.class:7c') ?? 'null') as { finished: boolean; votes: unknown[] } | null);
    const dialog = await askAgain();
    await expect(dialog.getByText(/Its game is finished \(2 decisions voted, saved .*\)/).count()).resolves.toBe(1);
    await screenshot(page, 'whole-class-replace-dialog-1366x768');
    expect(serious(await audit(page))).toEqual([]);
    // The safe answer has the focus; Tab never reaches the page behind (past the dialog's last
    // button it leaves the page for the browser, then comes back); the page takes no key and no click.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep it: choose another name');
    const visited = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      visited.add(await page.evaluate(() => (document.activeElement?.closest('dialog') ? document.activeElement.textContent ?? '' : document.activeElement === document.body ? '(the browser)' : `behind: ${document.activeElement?.outerHTML.slice(0, 60)}`)));
    }
    expect([...visited].sort()).toEqual(['(the browser)', 'Keep it: choose another name', 'Replace it with a new game', 'Show its debrief']);
    const start = await page.getByRole('button', { name: 'Start', includeHidden: true }).boundingBox();
    if (start) await page.mouse.click(start.x + start.width / 2, start.y + start.height / 2);
    await expect(page.getByRole('dialog').count()).resolves.toBe(1);
    await expect(page.getByLabel('Class name').inputValue()).resolves.toBe('7C');

    // Keep it (Enter on the focused button): back to the name, the finished game as it was.
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('button', { name: 'Keep it: choose another name' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('class-name');
    await expect(saved()).resolves.toMatchObject({ finished: true, votes: [expect.anything(), expect.anything()] });
    // Escape is the same safe answer.
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(saved()).resolves.toMatchObject({ finished: true });

    // Show its debrief: the class's result, to print before it goes.
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show its debrief' }).click();
    await page.getByRole('heading', { name: "The class's score" }).waitFor();
    await expect(page.getByText('7C').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Play again' }).click();

    // Replace it, said in so many words: a new game under the name.
    await askAgain();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace it with a new game' }).press('Enter');
    // The form's chapters were left as they come: the whole story.
    await page.getByRole('heading', { name: chapters[0].title }).waitFor();
    await expect(saved()).resolves.toMatchObject({ finished: false, votes: [] });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 1280×720, every question of the story shows all its options, and every vote panel all its fields, without scrolling', async () => {
    const { page, errors } = await openGame(browser, { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Whole class' }).click();
    await page.getByLabel('Class name').fill('Whole story');
    await page.getByLabel('Discussion timer').selectOption({ label: '3 minutes' });
    await page.getByRole('button', { name: 'Start' }).click();
    const cramped: string[] = [];
    let questions = 0;
    for (let step = 0; step < 400 && !(await debriefHeading(page).isVisible()); step++) {
      if (await page.getByRole('timer').isVisible()) {
        questions += 1;
        const prompt = `${await page.locator('.scene-header h1').textContent()}, ${await page.locator('.choices .prompt').textContent()} (${await page.locator('.choices .choice').count()} options)`;
        if (!(await fullyVisible(page, '.choices .choice'))) cramped.push(`discussion: ${prompt}`);
        await page.keyboard.press('PageDown');
        if (!(await fullyVisible(page, '.vote-row, .vote-panel button[type=submit]'))) cramped.push(`vote: ${prompt}`);
        await page.keyboard.type('1');
        await page.keyboard.press('Enter');
        continue;
      }
      // After a counterfactual ending, its options: Next moves to the first (carry on as history went), Enter takes it.
      const options = page.locator('.choices .choice');
      await page.keyboard.press('PageDown');
      if (!(await page.getByRole('timer').isVisible()) && (await options.count()) > 0) {
        // The screen tells the teacher which keys of a remote get past an ending's options.
        await expect(page.getByText(/^Keys: PageDown or 1–\d picks an option, then Enter takes it\.$/).count()).resolves.toBe(1);
        await page.keyboard.press('Enter');
      }
    }
    await debriefHeading(page).waitFor();
    expect(cramped).toEqual([]);
    expect(questions).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Chapter 9 opens on the longest question: four options, one of them four lines long.
  for (const viewport of [{ width: 1920, height: 1080, min: 32, chapter: 2 }, { width: 1280, height: 720, min: 28, chapter: 2 }, { width: 1280, height: 720, min: 28, chapter: 9 }]) {
    it(`is readable from the back of the room at ${viewport.width}×${viewport.height} (chapter ${viewport.chapter}): passage ≥ ${viewport.min} px, every option and count field on screen`, async () => {
      const { page, errors } = await openThaw(browser, { width: viewport.width, height: viewport.height });
      await startClass(page, `Size ${viewport.width}`, '2 minutes', viewport.chapter);
      // The smallest paragraph of the passage (a chapter's title is larger).
      const passageSize = () => page.evaluate(() => Math.min(...[...document.querySelectorAll('.narrative .passage p')]
        .map((p) => Number.parseFloat(getComputedStyle(p).fontSize))));
      expect(await passageSize()).toBeGreaterThanOrEqual(viewport.min);
      await screenshot(page, `whole-class-passage-${viewport.width}x${viewport.height}-ch${viewport.chapter}`);
      for (let i = 0; i < 40 && !(await page.getByRole('timer').isVisible()); i++) await page.keyboard.press('PageDown');
      await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^Discussion: [12]:\d\d$/);
      const allVisible = (selector: string) => fullyVisible(page, selector);
      expect(await allVisible('.choices .choice')).toBe(true);
      expect(serious(await audit(page))).toEqual([]);
      await screenshot(page, `whole-class-discussion-${viewport.width}x${viewport.height}-ch${viewport.chapter}`);
      expect(await nextToVote(page)).toBe('vote');
      expect(await allVisible('.vote-row, .vote-panel button[type=submit]')).toBe(true);
      expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.vote-row') as Element).fontSize))).toBeGreaterThanOrEqual(24);
      await screenshot(page, `whole-class-vote-${viewport.width}x${viewport.height}-ch${viewport.chapter}`);
      expect(serious(await audit(page))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
