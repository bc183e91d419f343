// Hard to break: random games. tests/story/randomWalk.test.ts plays 2,000 random games of the
// whole story through the engine; these add what it does not reach: games on every span of
// chapters a class code can name, and games played the way the page plays them, through the
// session, with the page reloaded at random moments and competition games handed in as
// result codes. No game may meet a problem, fail to end, or score outside 0–100.
import { describe, expect, it } from 'vitest';
import { makeClassCode, readClassCode } from '../../src/engine/codes/classCode';
import { ResultVerifier } from '../../src/engine/codes/verifier';
import { scoreGame } from '../../src/engine/scoring';
import { type ChapterSpan, playChapters, spanRecord } from '../../src/engine/span';
import { type Checkpoint, GameStory, type Problem } from '../../src/engine/story';
import { Session } from '../../src/game/session';
import story from '../../story/main.ink';
import { memoryStore } from '../support/memoryStore';
import { atRandom, playOut } from '../support/playOut';
import { seeded } from '../support/seeded';
import { STORY_FINGERPRINT } from '../support/codes';


const MAX_TURNS = 500;
const chapters = playChapters(new GameStory(story));
const meta = new GameStory(story).meta;

/** A random span of chapters, or (one time in four) the whole story. */
function randomSpan(random: () => number): ChapterSpan {
  if (random() < 0.25) return { from: null, to: null };
  const a = 1 + Math.floor(random() * chapters.length);
  const b = 1 + Math.floor(random() * chapters.length);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The chapter titles a span covers, in order. */
function titlesOf(span: ChapterSpan): string[] {
  return chapters.slice((span.from ?? 1) - 1, span.to ?? chapters.length).map((c) => c.title);
}

describe('random games on spans of chapters', () => {
  const GAMES = 1000;

  it(`plays ${GAMES} games, each on a random span, to an end within the span and without a problem`, () => {
    const random = seeded(1956);
    const problems: Problem[] = [];
    const game = new GameStory(story, { onProblem: (p) => problems.push(p) });
    const whole = game.checkpointNow();
    const starts = new Map<string, Checkpoint>();
    const spans = new Set<string>();
    for (let g = 0; g < GAMES; g++) {
      const span = randomSpan(random);
      const key = `${span.from}-${span.to}`;
      spans.add(key);
      let start = starts.get(key);
      if (!start) {
        game.restore(whole);
        const limited = spanRecord(span, chapters, meta);
        if (limited) game.beginSpan(limited);
        start = game.checkpointNow();
        starts.set(key, start);
      }
      game.restore(start);
      playOut(game, atRandom(random));
      const log = game.log;
      const where = `game ${g}, chapters ${key}: ${log.path.join('')}`;
      expect(game.turn.finished, where).toBe(true);
      expect(log.decisions.length, where).toBeGreaterThan(0);
      // Every decision comes from the span's chapters, and the first from its first chapter.
      const titles = titlesOf(span);
      for (const d of log.decisions) expect(titles, where).toContain(d.chapter);
      expect(log.decisions[0].chapter, where).toBe(titles[0]);
      const score = scoreGame(log, meta);
      expect(score.final, where).toBeGreaterThanOrEqual(0);
      expect(score.final, where).toBeLessThanOrEqual(100);
      expect(score.survival, where).toBeGreaterThanOrEqual(0);
      expect(score.survival, where).toBeLessThanOrEqual(1);
      expect(score.rank, where).not.toBeNull();
    }
    expect(problems).toEqual([]);
    // The generator reached a good share of the 78 spans a class code can name.
    expect(spans.size).toBeGreaterThan(60);
  }, 600_000);
});

describe('random games through the session, as the page plays them', () => {
  const GAMES = 150;

  it(`plays ${GAMES} lesson and competition games, reloading at random, and every result code verifies to the score shown`, () => {
    const random = seeded(1961);
    const problems: Problem[] = [];
    const report = (p: Problem) => problems.push(p);
    const verifier = new ResultVerifier(story);
    let reloads = 0;
    let competitions = 0;
    for (let g = 0; g < GAMES; g++) {
      const store = memoryStore();
      let session = new Session(story, store, report);
      const span = randomSpan(random);
      const competing = random() < 0.5;
      let turn = competing
        ? (() => {
            const classCode = makeClassCode({ secondsPerDecision: 60, holdFeedback: true, fromChapter: span.from, toChapter: span.to, fingerprint: STORY_FINGERPRINT }, random);
            const read = readClassCode(classCode);
            if (!read.ok) throw new Error(read.reason);
            return session.newCompetition(classCode, `Student ${g}`, read.settings);
          })()
        : session.newGame(span);
      for (let turns = 0; !turn.finished && turns < MAX_TURNS; turns++) {
        turn = session.choose(Math.floor(random() * turn.choices.length));
        if (random() < 0.08) {
          // The page is reloaded: a new session on the same storage continues the game.
          const before = turn;
          session = new Session(story, store, report);
          expect(session.inspectSave()).toBe('ok');
          turn = session.continueGame();
          expect(session.takeNotice()).toBeNull();
          expect(turn.choices.map((c) => c.text)).toEqual(before.choices.map((c) => c.text));
          expect(turn.finished).toBe(before.finished);
          expect(session.competition !== null).toBe(competing);
          reloads += 1;
        }
      }
      const where = `game ${g} (${competing ? 'competition' : 'lesson'}, chapters ${span.from}-${span.to}): ${session.current.log.path.join('')}`;
      expect(turn.finished, where).toBe(true);
      const score = session.score();
      expect(score.final, where).toBeGreaterThanOrEqual(0);
      expect(score.final, where).toBeLessThanOrEqual(100);
      const finishedAt = Date.now();
      const code = session.resultCode(finishedAt);
      if (competing) {
        competitions += 1;
        if (code === null) throw new Error(`${where}: no result code`);
        const check = verifier.verify(code);
        if (!check.ok) throw new Error(`${where}: ${check.reason}`);
        expect(check.result.score, where).toEqual(score);
        expect(check.result.path, where).toEqual(session.current.log.path);
        expect(check.result.name).toBe(`Student ${g}`);
      } else {
        expect(code, where).toBeNull();
      }
      // Finished: kept for its debrief (and result code) until the next game, never continued.
      expect(session.finish(finishedAt).resultCode).toBe(code);
      expect(session.inspectSave()).toBeNull();
      expect(new Session(story, store, report).hasLastResult()).toBe(true);
    }
    expect(problems).toEqual([]);
    expect(reloads).toBeGreaterThan(GAMES / 2);
    expect(competitions).toBeGreaterThan(GAMES / 4);
  }, 600_000);
});
