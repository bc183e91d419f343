// Class codes and result codes, on the real story. Nothing here pins the story's length or
// its decisions: paths come from seeded random walks, so the tests hold as chapters are added.
import { describe, expect, it } from 'vitest';
import { type ClassOptions, fitsThisGame, makeClassCode, readClassCode } from '../../src/engine/codes/classCode';
import { MAX_NAME_CHARS, nameLength, readDisplayName } from '../../src/engine/codes/names';
import { gameFingerprint } from '../../src/engine/codes/fingerprint';
import { MAX_ATTEMPT, makeResultCode } from '../../src/engine/codes/resultCode';
import { timeoutOption } from '../../src/engine/modes';
import { ResultVerifier, verifyResultCode } from '../../src/engine/codes/verifier';
import { scoreGame } from '../../src/engine/scoring';
import { historicalIndex } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import story from '../../story/main.ink';
import small from '../fixtures/engine/small.ink';
import { atRandom, playOut } from '../support/playOut';
import { seeded } from '../support/seeded';
import { PLAYED, STORY_FINGERPRINT } from '../support/codes';
import { withExtraTimeField } from '../support/classCodes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';


const pick = (random: () => number, n: number) => Math.floor(random() * n);

/** Play a whole game with a fresh story, choosing at random: the reference the codes must agree with. */
const randomGame = (random: () => number): GameStory => playOut(new GameStory(story), atRandom(random));
const historicalGame = (): GameStory => playOut(new GameStory(story), historicalIndex);

const OPTIONS: ClassOptions = { secondsPerDecision: 60, holdFeedback: true, fromChapter: null, toChapter: null, fingerprint: STORY_FINGERPRINT };
const CLASS = makeClassCode(OPTIONS, seeded(1));
const OTHER_CLASS = makeClassCode(OPTIONS, seeded(2));

function codeFor(game: GameStory, name = 'Anna K.', seconds = 754, classCode = CLASS): string {
  return makeResultCode({ storyHash: game.hash, classCode, name, path: game.log.path, seconds, ...PLAYED });
}

function replace(code: string, at: number, ch: string): string {
  return code.slice(0, at) + ch + code.slice(at + 1);
}

describe('class codes', () => {
  const grid: ClassOptions[] = [];
  for (const secondsPerDecision of [null, 10, 30, 60, 90, 310]) {
    for (const holdFeedback of [true, false]) {
      for (const [fromChapter, toChapter] of [[null, null], [1, 12], [3, null], [null, 5], [63, 63], [7, 7]] as const) {
        for (const soundOff of [false, true]) grid.push({ secondsPerDecision, holdFeedback, fromChapter, toChapter, soundOff, fingerprint: STORY_FINGERPRINT });
      }
    }
  }

  it('carry every setting there and back, and are short, with only unambiguous characters', () => {
    const random = seeded(10);
    for (const options of grid) {
      const code = makeClassCode(options, random);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      const read = readClassCode(code);
      expect(read).toEqual({ ok: true, settings: { ...options, classId: expect.stringMatching(/^[0-9A-Z]{5}$/) } });
    }
  });

  it('give each class its own id, and the same id for the same random numbers', () => {
    const ids = new Set<string>();
    const random = seeded(11);
    for (let i = 0; i < 200; i++) {
      const read = readClassCode(makeClassCode(OPTIONS, random));
      if (read.ok) ids.add(read.settings.classId);
    }
    expect(ids.size).toBe(200);
    expect(makeClassCode(OPTIONS, seeded(5))).toBe(makeClassCode(OPTIONS, seeded(5)));
  });

  it('are read in any case, with spaces, without the hyphen, and with O, I, L for 0, 1, 1', () => {
    const code = makeClassCode(OPTIONS, seeded(3));
    const expected = readClassCode(code);
    expect(expected.ok).toBe(true);
    const lookalike = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    for (const typed of [code.toLowerCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, ' ')} `, lookalike]) {
      expect(readClassCode(typed)).toEqual(expected);
    }
  });

  it('reject every single wrong character and every swap of neighbours as a typo', () => {
    const random = seeded(12);
    for (let n = 0; n < 20; n++) {
      const code = makeClassCode(grid[n % grid.length], random).replace(/-/g, '');
      for (let i = 0; i < code.length; i++) {
        for (const ch of ALPHABET) {
          if (ch === code[i]) continue;
          expect(readClassCode(replace(code, i, ch))).toEqual({
            ok: false, kind: 'typo', reason: 'That class code has a typo in it: check it with your teacher.',
          });
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(readClassCode(swapped).ok).toBe(false);
        }
      }
    }
  });

  it('reject what is not a class code, saying what is wrong', () => {
    expect(readClassCode('   ')).toEqual({ ok: false, kind: 'empty', reason: expect.stringMatching(/Type the class code/) });
    expect(readClassCode('ABCD')).toEqual({ ok: false, kind: 'wrong-length', reason: expect.stringMatching(/has 15 letters and digits.*this one has 4/) });
    expect(readClassCode('ABCDE-FGHJU')).toEqual({ ok: false, kind: 'not-a-code', reason: expect.stringMatching(/never "U"/) });
    expect(readClassCode('ABCDE-FGHJ!')).toEqual({ ok: false, kind: 'not-a-code', reason: expect.stringMatching(/never "!"/) });
    expect(readClassCode('00000-00000-00000')).toEqual({ ok: false, kind: 'typo', reason: expect.stringMatching(/typo/) });
  });

  it('recognise a class code of the earlier format (ten characters, no fingerprint) and ask for a new one', () => {
    // Made by Thaw before this format: 60 s a decision, feedback held back, the whole story.
    expect(readClassCode('ACSK6-9M00X')).toEqual({ ok: false, kind: 'old-format', reason: expect.stringMatching(/older version of Thaw.*ask your teacher for a new one/) });
  });

  it('carry the fingerprint of the story and its scoring rules, so a different copy is told before it starts', () => {
    const read = readClassCode(CLASS);
    if (!read.ok) throw new Error(read.reason);
    expect(fitsThisGame(read.settings, gameFingerprint(new GameStory(story).hash))).toBe(true);
    expect(fitsThisGame(read.settings, gameFingerprint(new GameStory(small).hash))).toBe(false);
    expect(gameFingerprint(new GameStory(story).hash)).not.toBe(gameFingerprint(new GameStory(small).hash));
  });

  it('refuse settings a code cannot carry', () => {
    expect(() => makeClassCode({ ...OPTIONS, secondsPerDecision: 45 })).toThrow(RangeError);
    expect(() => makeClassCode({ ...OPTIONS, secondsPerDecision: 0 })).toThrow(RangeError);
    expect(() => makeClassCode({ ...OPTIONS, fromChapter: 0 })).toThrow(RangeError);
    expect(() => makeClassCode({ ...OPTIONS, fromChapter: 5, toChapter: 4, fingerprint: STORY_FINGERPRINT })).toThrow(/comes after/);
  });
});

describe('display names', () => {
  it('are trimmed and tidied, in any script, and never cut: a name too long is refused, saying by how much', () => {
    expect(readDisplayName('  Anna   K. ')).toEqual({ ok: true, name: 'Anna K.' });
    expect(readDisplayName('Мария\tИвановна')).toEqual({ ok: true, name: 'Мария Ивановна' });
    expect(readDisplayName('王小明')).toEqual({ ok: true, name: '王小明' });
    const longest = 'Ж'.repeat(MAX_NAME_CHARS);
    expect(readDisplayName(longest)).toEqual({ ok: true, name: longest });
    // 32 characters: 8 more than a code carries.
    expect(readDisplayName('Светлана Александровна Кузнецова')).toEqual({
      ok: false, kind: 'too-long', reason: expect.stringMatching(/up to 24 characters, and this one has 32: shorten it by 8/),
    });
    expect(nameLength('  Anna   K. ')).toBe(7);
    expect(nameLength('王小明')).toBe(3);
  });

  it('lose control characters and direction overrides, and must not be empty', () => {
    expect(readDisplayName('Ann\u202Eevil\u0000')).toEqual({ ok: true, name: 'Annevil' });
    expect(readDisplayName(' \u200F ')).toEqual({ ok: false, kind: 'empty', reason: 'Type a name for the leaderboard.' });
  });
});

describe('result codes', () => {
  const random = seeded(2024);
  const games = Array.from({ length: 120 }, () => randomGame(random));
  games.push(historicalGame());

  it('verify to the same score, record and path as playing the game, for many paths', () => {
    const verifier = new ResultVerifier(story);
    games.forEach((game, i) => {
      const name = ['Anna K.', 'Мария', '<b>Bold</b>', '王小明', 'Zoë-Ève'][i % 5];
      const check = verifier.verify(codeFor(game, name, i * 37), CLASS);
      if (!check.ok) throw new Error(`${game.log.path.join('')}: ${check.reason}`);
      const log = game.log;
      expect(check.result.score).toEqual(scoreGame(log, game.meta));
      expect(check.result.record).toEqual(log);
      expect(check.result.path).toEqual(log.path);
      expect(check.result).toMatchObject({ name, seconds: i * 37, classCode: CLASS });
      expect(check.result.offered.map((d) => d.id)).toEqual(log.decisions.map((d) => d.id));
    });
  });

  it('are the same whether verified through one shared story or a fresh one each time', () => {
    for (const game of games.slice(0, 10)) {
      const code = codeFor(game);
      const fresh = new ResultVerifier(story).verify(code);
      const shared = verifyResultCode(code, story);
      expect(shared).toEqual(fresh);
    }
  });

  it('fit in 140 characters for a full game, even with a 24-letter Cyrillic name', () => {
    const longest = games.reduce((a, b) => (b.log.path.length > a.log.path.length ? b : a));
    for (const name of ['Alexandra Konstantinovna', 'Александра Константинова']) {
      for (const game of [longest, historicalGame()]) {
        const code = codeFor(game, name, 60 * 60);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
        expect(code.length).toBeLessThanOrEqual(140);
      }
    }
  });

  it('reject every single wrong character as damaged', () => {
    for (const game of games.slice(0, 3)) {
      const code = codeFor(game);
      for (let i = 0; i < code.length; i++) {
        for (const ch of ALPHABET) {
          if (ch === code[i]) continue;
          expect(verifyResultCode(replace(code, i, ch), story)).toEqual({ ok: false, kind: 'damaged', reason: expect.stringMatching(/damaged or mistyped/) });
        }
      }
    }
  });

  it('reject every swap of two different neighbouring characters', () => {
    for (const game of games.slice(0, 3)) {
      const code = codeFor(game);
      // Every one, the swap across the data and its check symbols too.
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(verifyResultCode(swapped, story).ok).toBe(false);
      }
    }
  });

  it('never verify to a score that the decoded choices do not earn, over 10,000 mutations', () => {
    const verifier = new ResultVerifier(story);
    const rnd = seeded(99);
    const originals = games.slice(0, 40).map((g) => codeFor(g));
    let rejected = 0;
    let accepted = 0;
    const mutations = 10_000;
    for (let n = 0; n < mutations; n++) {
      const original = originals[n % originals.length];
      let code = original;
      const kind = n % 5;
      if (kind === 0 || kind === 1) {
        // One to four characters changed at random.
        for (let k = 0; k <= pick(rnd, 4); k++) code = replace(code, pick(rnd, code.length), ALPHABET[pick(rnd, 32)]);
      } else if (kind === 2) {
        code = code.slice(0, pick(rnd, code.length));
      } else if (kind === 3) {
        for (let k = 0; k <= pick(rnd, 5); k++) code += ALPHABET[pick(rnd, 32)];
      } else {
        const i = pick(rnd, code.length - 1);
        code = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        code = replace(code, pick(rnd, code.length), ALPHABET[pick(rnd, 32)]);
      }
      if (code === original) continue;
      const check = verifier.verify(code);
      if (!check.ok) {
        rejected += 1;
        continue;
      }
      accepted += 1;
      // Accepted by chance: then the score must still be what those choices really earn.
      const replay = new GameStory(story);
      for (const i of check.result.path) replay.choose(i);
      expect(replay.turn.finished).toBe(true);
      expect(check.result.score).toEqual(scoreGame(replay.log, replay.meta));
    }
    expect(rejected + accepted).toBeGreaterThan(mutations * 0.95);
    expect(accepted).toBeLessThan(mutations * 0.01);
  });

  it('say when a code was made with another version of the story', () => {
    const code = codeFor(games[0]);
    expect(verifyResultCode(code, small)).toEqual({ ok: false, kind: 'other-story', reason: expect.stringMatching(/different version of the story/) });
    const forged = makeResultCode({ storyHash: '1234567890abcd', classCode: CLASS, name: 'X', path: games[0].log.path, seconds: 1, ...PLAYED });
    expect(verifyResultCode(forged, story)).toEqual({ ok: false, kind: 'other-story', reason: expect.stringMatching(/different version of the story/) });
  });

  it('say when a code is from another class, and accept it when no class is asked for', () => {
    const code = codeFor(games[0], 'Anna', 1, OTHER_CLASS);
    expect(verifyResultCode(code, story, CLASS)).toEqual({ ok: false, kind: 'other-class', reason: expect.stringMatching(/from another class/) });
    expect(verifyResultCode(code, story, 'nonsense')).toMatchObject({ ok: false, kind: 'bad-class' });
    expect(verifyResultCode(code, story, OTHER_CLASS.toLowerCase()).ok).toBe(true);
    expect(verifyResultCode(code, story).ok).toBe(true);
    // Same class id, other rules: another class too, so nobody can loosen the rules for themselves.
    const id = readClassCode(CLASS);
    if (!id.ok) throw new Error(id.reason);
    const looser = makeClassCode({ ...OPTIONS, secondsPerDecision: null }, seeded(1));
    expect(readClassCode(looser)).toMatchObject({ ok: true, settings: { classId: id.settings.classId } });
    expect(verifyResultCode(codeFor(games[0], 'Anna', 1, looser), story, CLASS).ok).toBe(false);
  });

  it('say when the choices are impossible: not on offer, past the end, or short of it', () => {
    const game = games.find((g) => g.log.path.length > 2) ?? games[0];
    const path = game.log.path;
    const make = (p: number[]) => makeResultCode({ storyHash: game.hash, classCode: CLASS, name: 'X', path: p, seconds: 1, ...PLAYED });
    const first = new GameStory(story).turn.choices.length;
    if (first < 4) {
      expect(verifyResultCode(make([first, ...path.slice(1)]), story)).toEqual({ ok: false, kind: 'altered', reason: expect.stringMatching(/never offers/) });
    }
    expect(verifyResultCode(make([...path, 0]), story)).toEqual({ ok: false, kind: 'altered', reason: expect.stringMatching(/after the end of the game/) });
    expect(verifyResultCode(make(path.slice(0, -1)), story)).toEqual({ ok: false, kind: 'altered', reason: expect.stringMatching(/before the end of the game/) });
    expect(verifyResultCode(make([]), story)).toEqual({ ok: false, kind: 'altered', reason: expect.stringMatching(/before the end of the game/) });
  });

  it('tell a class code, a stray character or an empty line from a result code', () => {
    expect(verifyResultCode(CLASS, story)).toEqual({ ok: false, kind: 'class-code', reason: expect.stringMatching(/class code, not a result code/) });
    expect(verifyResultCode('ACSK6-9M00X', story)).toMatchObject({ ok: false, kind: 'class-code' });
    expect(verifyResultCode(`${codeFor(games[0])}!`, story)).toEqual({ ok: false, kind: 'not-a-code', reason: expect.stringMatching(/never contain "!"/) });
    expect(verifyResultCode('', story)).toMatchObject({ ok: false, kind: 'empty' });
  });

  it('are read in any case and with spaces or hyphens between groups', () => {
    const code = codeFor(games[0]);
    const grouped = code.toLowerCase().replace(/(.{5})/g, '$1 ').replace(/ (.{5}) /, '-$1-');
    expect(verifyResultCode(grouped, story)).toEqual(verifyResultCode(code, story));
  });

  it('carry names exactly, and never anything a reader would not see', () => {
    for (const name of ['<img src=x onerror=x()>', '=HYPERLINK("x")', 'Ἀλέξανδρος', '😀 Emoji']) {
      const check = verifyResultCode(codeFor(games[0], name), story);
      const expected = readDisplayName(name);
      expect(check.ok && expected.ok && check.result.name).toBe(expected.ok && expected.name);
    }
  });

  it('refuse to make a code from a bad class code, an empty name or an impossible choice', () => {
    const base = { storyHash: games[0].hash, classCode: CLASS, name: 'A', path: [0], seconds: 1, ...PLAYED };
    expect(() => makeResultCode({ ...base, classCode: 'nonsense' })).toThrow(RangeError);
    expect(() => makeResultCode({ ...base, name: '   ' })).toThrow(RangeError);
    expect(() => makeResultCode({ ...base, path: [4] })).toThrow(RangeError);
    expect(() => makeResultCode({ ...base, seconds: -1 })).toThrow(RangeError);
    expect(() => makeResultCode({ ...base, attempt: 0 })).toThrow(RangeError);
    expect(() => makeResultCode({ ...base, timeouts: [1] })).toThrow(RangeError);
    expect(() => makeResultCode({ ...base, name: 'x'.repeat(MAX_NAME_CHARS + 1) })).toThrow(RangeError);
  });

  it('round very long times down to the largest they can carry', () => {
    const check = verifyResultCode(codeFor(games[0], 'A', 10 ** 9), story);
    expect(check.ok && check.result.seconds).toBe(65535);
  });
});

describe('result codes of this format', () => {
  const game = historicalGame();

  it('carry the start time (to the minute), the attempt on this device and the extra time', () => {
    const startedAt = Date.UTC(2026, 8, 7, 9, 41, 27, 500);
    for (const [attempt, extraTime] of [[1, 0], [2, 25], [3, 50]] as const) {
      const code = makeResultCode({ storyHash: game.hash, classCode: CLASS, name: 'Anna', path: game.log.path, seconds: 900, startedAt, attempt, extraTime });
      expect(code[0]).toBe('V');
      expect(verifyResultCode(code, story)).toMatchObject({
        ok: true, result: { startedAt: Date.UTC(2026, 8, 7, 9, 41), attempt, extraTime, seconds: 900 },
      });
    }
    const many = makeResultCode({ storyHash: game.hash, classCode: CLASS, name: 'Anna', path: game.log.path, seconds: 9, ...PLAYED, attempt: 500 });
    expect(verifyResultCode(many, story)).toMatchObject({ ok: true, result: { attempt: MAX_ATTEMPT } });
  });

  it('never carry extra time for a class with no time limit; a code written with it still verifies, as none', () => {
    const untimed = makeClassCode({ ...OPTIONS, secondsPerDecision: null }, seeded(3));
    const input = { storyHash: game.hash, name: 'Ben', path: game.log.path, seconds: 900, ...PLAYED, extraTime: 25 } as const;
    const made = makeResultCode({ ...input, classCode: untimed });
    expect(verifyResultCode(made, story)).toMatchObject({ ok: true, result: { extraTime: 0 } });
    // As the game wrote it before: the same code with +25% in its extra-time field.
    const older = withExtraTimeField(made, 1);
    expect(older).not.toBe(made);
    // The field is the one extra time is read from: under a time limit it reads as +25%.
    expect(verifyResultCode(withExtraTimeField(makeResultCode({ ...input, extraTime: 0, classCode: CLASS }), 1), story)).toMatchObject({ ok: true, result: { extraTime: 25 } });
    expect(verifyResultCode(older, story)).toMatchObject({ ok: true, result: { name: 'Ben', extraTime: 0 } });
    // Under a time limit, extra time is kept.
    expect(verifyResultCode(makeResultCode({ ...input, classCode: CLASS }), story)).toMatchObject({ ok: true, result: { extraTime: 25 } });
  });

  it('recognise the earlier formats and say the student must play again, never calling them damaged', () => {
    // Format "R", made by the previous version for a historical game by "Anna K.".
    const earlier = 'R7V9DACSK69M000BS2T94K94H941T1DSQ6282B5RJ4P';
    expect(verifyResultCode(earlier, story)).toEqual({ ok: false, kind: 'other-format', reason: expect.stringMatching(/older version of Thaw.*play again/) });
  });

  it('record a time-out as such: the writer\'s time-out option, never a match, and verify to the score shown', () => {
    const played = new GameStory(story);
    const timedAt: number[] = [];
    while (!played.turn.finished) {
      const turn = played.turn;
      // Time runs out on every second decision.
      if (turn.decision && played.log.decisions.length % 2 === 1) {
        timedAt.push(played.log.path.length);
        played.choose(timeoutOption(turn), true);
      } else played.choose(historicalIndex(turn));
    }
    const log = played.log;
    expect(log.timeouts).toEqual(timedAt);
    const code = makeResultCode({ storyHash: played.hash, classCode: CLASS, name: 'Tim', path: log.path, timeouts: log.timeouts, seconds: 60, ...PLAYED });
    const check = verifyResultCode(code, story);
    if (!check.ok) throw new Error(check.reason);
    expect(check.result.record).toEqual(log);
    expect(check.result.score).toEqual(scoreGame(log, played.meta));
    const timed = check.result.offered.filter((d) => d.timedOut);
    expect(timed.length).toBe(timedAt.length);
    expect(check.result.record.decisions.filter((d) => d.timedOut).every((d) => !d.historical && d.actor === null)).toBe(true);
    // The same choices without the time-outs score higher only if a time-out's option was historical: never here.
    expect(check.result.score.judgement.matched + check.result.score.reading.matched).toBe(log.decisions.length - timedAt.length);
  });

  it('refuse a time-out where the game would not make one: at another option, or at a choice that is no decision', () => {
    const path = game.log.path;
    const turns: { decision: boolean; timeout: number }[] = [];
    const replay = new GameStory(story);
    for (const i of path) {
      turns.push({ decision: replay.turn.decision !== null, timeout: timeoutOption(replay.turn) });
      replay.choose(i);
    }
    const make = (timeouts: number[]) => makeResultCode({ storyHash: game.hash, classCode: CLASS, name: 'X', path, timeouts, seconds: 1, ...PLAYED });
    const atHistorical = turns.findIndex((t, i) => t.decision && t.timeout !== path[i]);
    expect(verifyResultCode(make([atHistorical]), story)).toEqual({ ok: false, kind: 'altered', reason: expect.stringMatching(/time-out at choice/) });
    const notDecision = turns.findIndex((t) => !t.decision);
    if (notDecision >= 0) expect(verifyResultCode(make([notDecision]), story)).toMatchObject({ ok: false, kind: 'altered' });
  });
});
