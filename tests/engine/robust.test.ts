// Hard to break: saves. A save sits in the browser's storage, where anything can write: other
// versions of Thaw, a browser extension, a student with the developer tools, a full disk that
// cut the write short. Thousands of damaged saves, made from real ones, must each be either
// refused with a reason a teacher can read out, or resumed into a game that plays on to its
// end; nothing may throw. Through the session, a refused save starts a new game and says why.
import { describe, expect, it } from 'vitest';
import { loadSave, MAX_SAVE_CHARS, makeSave, SAVE_FORMAT } from '../../src/engine/save';
import { historicalIndex, playChapters, spanRecord } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import { Session } from '../../src/game/session';
import { SAVE_KEY } from '../../src/game/storage';
import story from '../../story/main.ink';
import { memoryStore } from '../support/memoryStore';
import { playOut } from '../support/playOut';
import { seeded } from '../support/seeded';


const random = seeded(1957);
const pick = (n: number) => Math.floor(random() * n);
const choose = <T>(xs: readonly T[]): T => xs[pick(xs.length)];

/** Every reason a refused save may give: each says what happened, in words for people. */
const REASONS = [
  'The saved game is damaged and cannot be read.',
  'The saved game was made by a different version of Thaw and cannot be continued.',
  'The saved game was made with an earlier version of the story, so it cannot be continued.',
];

// ——— Real saves to damage ———

function played(steps: number, pickChoice: (n: number) => number = pick): GameStory {
  const game = new GameStory(story);
  for (let i = 0; i < steps && !game.turn.finished; i++) game.choose(pickChoice(game.turn.choices.length));
  return game;
}

const chapters = playChapters(new GameStory(story));
const spanGame = (() => {
  const game = new GameStory(story);
  const span = spanRecord({ from: 6, to: 7 }, chapters, game.meta);
  if (!span) throw new Error('chapters 6–7 must be a span');
  game.beginSpan(span);
  game.choose(historicalIndex(game.turn));
  return game;
})();
/** Always the first option: falls from power, so the save holds a counterfactual ending. */
const fallen = (() => {
  const game = new GameStory(story);
  while (!game.turn.finished && !game.log.endings.some((e) => e.kind === 'counterfactual')) game.choose(0);
  return game;
})();

const BASES: { name: string; text: string }[] = [
  { name: 'at the start', text: makeSave(played(0)) },
  { name: 'after three choices', text: makeSave(played(3)) },
  { name: 'mid-game', text: makeSave(played(12)) },
  { name: 'in a span of chapters', text: makeSave(spanGame) },
  { name: 'after a fall from power', text: makeSave(fallen) },
];

// ——— Kinds of damage ———

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const HUGE = 'Я'.repeat(300_000);
const ODD_VALUES: Json[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0, '', 'x', '0', 'null', '{}', HUGE, [], [1, 2, 3], {}, { a: 1 },
  [[[[[]]]]], { format: 1 }, 'NaN', '<script>alert(1)</script>', '\u0000\uD800', '__proto__',
];

/** Every place in a JSON value, as a path of keys. */
function places(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) {
    for (const [i, c] of v.entries()) places(c, [...at, i], out);
  } else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) places(v[k], [...at, k], out);
  return out;
}

/** Replace (or, with `undefined`, delete) the value at `path`, in a copy. */
function setAt(v: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value;
  const copy: Json = Array.isArray(v) ? [...v] : { ...(v as Record<string, Json>) };
  const [head, ...rest] = path;
  const container = copy as Record<string | number, Json>;
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(copy)) copy.splice(Number(head), 1);
    else delete container[head];
  } else {
    container[head] = setAt(container[head], rest, value) as Json;
  }
  return copy;
}

const replaceChar = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

interface Damage {
  kind: string;
  make: (save: string) => string;
}

/** A save's own JSON, with the ink state inside it parsed too, so damage can reach into it. */
function withInkState(save: string, change: (ink: Json) => Json): string {
  const file = JSON.parse(save);
  file.checkpoint.inkState = JSON.stringify(change(JSON.parse(file.checkpoint.inkState)));
  return JSON.stringify(file);
}

const DAMAGE: Damage[] = [
  {
    kind: 'bit flips',
    make: (s) => {
      let out = s;
      for (let k = 0; k <= pick(4); k++) {
        const i = pick(out.length);
        out = replaceChar(out, i, String.fromCharCode(out.charCodeAt(i) ^ (1 << pick(16))));
      }
      return out;
    },
  },
  {
    kind: 'wrong characters',
    make: (s) => {
      let out = s;
      for (let k = 0; k <= pick(6); k++) out = replaceChar(out, pick(out.length), choose(['"', '{', '}', '[', ']', ',', ':', '\\', '0', 'a', ' ', '\n', 'é', '😀']));
      return out;
    },
  },
  { kind: 'truncated', make: (s) => s.slice(0, pick(s.length)) },
  { kind: 'cut out', make: (s) => ((i) => s.slice(0, i) + s.slice(i + 1 + pick(200)))(pick(s.length)) },
  {
    kind: 'doubled',
    make: (s) => {
      const [i, j] = [pick(s.length), pick(s.length)].sort((a, b) => a - b);
      return s.slice(0, j) + s.slice(i, j) + s.slice(j);
    },
  },
  { kind: 'junk appended', make: (s) => s + choose(['}', ']', ',', ' x', '\u0000', s]) },
  {
    kind: 'a value of the wrong type',
    make: (s) => {
      const file = JSON.parse(s) as Json;
      return JSON.stringify(setAt(file, choose(places(file)), choose(ODD_VALUES)));
    },
  },
  {
    kind: 'a field missing',
    make: (s) => {
      const file = JSON.parse(s) as Json;
      const at = choose(places(file).filter((p) => p.length > 0));
      return JSON.stringify(setAt(file, at, undefined));
    },
  },
  {
    kind: 'a field added',
    make: (s) => {
      const file = JSON.parse(s) as Record<string, Json>;
      const target = choose([file, file.checkpoint, (file.checkpoint as Record<string, Json>).record]) as Record<string, Json>;
      const key = choose(['constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra']);
      target[key] = choose(ODD_VALUES);
      // "__proto__" cannot be set as a key from JavaScript, only written into the text.
      return JSON.stringify(file).replace(`"${key}"`, random() < 0.5 ? '"__proto__"' : `"${key}"`);
    },
  },
  {
    kind: 'damage inside the ink state',
    make: (s) =>
      withInkState(s, (ink) => {
        const all = places(ink);
        let out = ink;
        for (let k = 0; k <= pick(3); k++) out = setAt(out, choose(all), choose(ODD_VALUES));
        return out;
      }),
  },
  {
    kind: 'a field missing from the ink state',
    make: (s) => withInkState(s, (ink) => setAt(ink, choose(places(ink).filter((p) => p.length > 0)), undefined)),
  },
  {
    kind: 'a number changed in the ink state',
    make: (s) =>
      withInkState(s, (ink) => {
        const numbers = places(ink).filter((p) => {
          let v: Json = ink;
          for (const k of p) v = (v as Record<string | number, Json>)[k];
          return typeof v === 'number';
        });
        return numbers.length ? setAt(ink, choose(numbers), choose([-1, 0, 1, 2, 99, 1e9, -1e9, 0.5])) : ink;
      }),
  },
  {
    kind: 'a huge text inside',
    make: (s) => {
      const file = JSON.parse(s) as Json;
      const strings = places(file).filter((p) => {
        let v: Json = file;
        for (const k of p) v = (v as Record<string | number, Json>)[k];
        return typeof v === 'string';
      });
      return JSON.stringify(setAt(file, choose(strings), choose([HUGE, 'x'.repeat(MAX_SAVE_CHARS)])));
    },
  },
  {
    kind: 'valid JSON of another shape',
    make: (s) =>
      JSON.stringify(
        choose<Json>([
          null, 0, 1, 'save', [], [JSON.parse(s)], {}, { format: SAVE_FORMAT }, { story: 'x' },
          { format: SAVE_FORMAT, story: JSON.parse(s).story }, { format: SAVE_FORMAT, story: JSON.parse(s).story, checkpoint: [] },
          { format: SAVE_FORMAT, story: JSON.parse(s).story, checkpoint: { inkState: {}, record: {}, context: {} } },
          { format: SAVE_FORMAT, story: JSON.parse(s).story, checkpoint: { ...JSON.parse(s).checkpoint, inkState: '{}' } },
          { format: SAVE_FORMAT, story: JSON.parse(s).story, checkpoint: { ...JSON.parse(s).checkpoint, inkState: 'null' } },
          { format: SAVE_FORMAT, story: JSON.parse(s).story, checkpoint: { ...JSON.parse(s).checkpoint, inkState: '[]' } },
          { format: SAVE_FORMAT, story: JSON.parse(s).story, checkpoint: { ...JSON.parse(s).checkpoint, inkState: 'not json' } },
        ]),
      ),
  },
  {
    kind: 'deeply nested',
    make: () => choose(['[', '{"a":']).repeat(100_000 + pick(100_000)),
  },
  { kind: 'another format', make: (s) => s.replace(`"format":${SAVE_FORMAT}`, `"format":${choose(['0', '2', '-1', '1.5', '"1"', '99', 'null', 'true'])}`) },
  { kind: 'another story', make: (s) => s.replace(/"story":"[0-9a-f]+"/, `"story":"${choose(['', '0', '00000000000000', 'deadbeef000000', 'abc'])}"`) },
  { kind: 'empty or blank', make: () => choose(['', ' ', '\n', '\u0000', '""', 'undefined', 'NaN']) },
  { kind: 'too big', make: (s) => s + ' '.repeat(MAX_SAVE_CHARS - s.length + 1 + pick(1000)) },
];

/** Play a resumed game to its end at random; returns the error it threw, if any. */
function playsToEnd(game: GameStory): string | null {
  try {
    playOut(game, (t) => pick(t.choices.length));
    return null;
  } catch (e) {
    return String(e);
  }
}

describe('damaged saves', () => {
  const PER_KIND = 60;
  /** Each damaged save in turn, made as it is needed (some are megabytes long). */
  function* damagedSaves(): Generator<{ kind: string; base: string; text: string }> {
    for (const d of DAMAGE) {
      for (let n = 0; n < PER_KIND; n++) {
        const base = BASES[n % BASES.length];
        const text = d.make(base.text);
        if (text !== base.text) yield { kind: d.kind, base: base.name, text };
      }
    }
  }

  it(`are each refused with a reason, or resumed into a game that plays to its end: ${DAMAGE.length} kinds, over 1,000 saves`, () => {
    const failures: string[] = [];
    const outcomes = new Map<string, { refused: number; resumed: number }>();
    let count = 0;
    for (const d of damagedSaves()) {
      count += 1;
      const tally = outcomes.get(d.kind) ?? { refused: 0, resumed: 0 };
      outcomes.set(d.kind, tally);
      let result: ReturnType<typeof loadSave>;
      try {
        result = loadSave(d.text, story);
      } catch (e) {
        failures.push(`${d.kind} (${d.base}): loadSave threw ${e}`);
        continue;
      }
      if (!result.ok) {
        tally.refused += 1;
        if (!REASONS.includes(result.reason)) failures.push(`${d.kind} (${d.base}): unclear reason "${result.reason}"`);
        continue;
      }
      tally.resumed += 1;
      const error = playsToEnd(result.game);
      if (error) failures.push(`${d.kind} (${d.base}): resumed, then threw ${error}`);
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(1000);
    // Damage to the file's own structure is always refused, never half-read.
    for (const kind of ['truncated', 'valid JSON of another shape', 'deeply nested', 'another format', 'another story', 'empty or blank', 'too big']) {
      expect(outcomes.get(kind), kind).toMatchObject({ resumed: 0 });
    }
  }, 600_000);

  it('from an older version of the story are explained, not read as this one', () => {
    // The same save, made by a story that differs in one word: another fingerprint.
    const older = story.replace('Beria moves first.', 'Beria moves fast.');
    expect(older).not.toBe(story);
    for (const steps of [0, 4, 15]) {
      const game = new GameStory(older);
      for (let i = 0; i < steps && !game.turn.finished; i++) game.choose(historicalIndex(game.turn));
      expect(loadSave(makeSave(game), story)).toEqual({
        ok: false, reason: 'The saved game was made with an earlier version of the story, so it cannot be continued.',
      });
    }
  });

  it('start a new game through the session, which says why and then saves the new game', () => {
    const kinds = new Set<string>();
    let checked = 0;
    for (const d of damagedSaves()) {
      const refused = loadSave(d.text, story);
      if (refused.ok || kinds.has(`${d.kind}:${refused.reason}`)) continue;
      kinds.add(`${d.kind}:${refused.reason}`);
      const store = memoryStore({ [SAVE_KEY]: d.text, 'thaw.competition': choose(['{', '"x"', 'null', '{"name":1}', '[]']) });
      const session = new Session(story, store, () => {});
      expect(session.inspectSave()).toBe(refused.reason);
      const turn = session.continueGame();
      expect(turn.choices.length, d.kind).toBeGreaterThan(0);
      expect(session.takeNotice()).toBe(`${refused.reason} A new game has started.`);
      expect(session.competition).toBeNull();
      // The junk is gone: the new game is what is saved now, and it can be continued.
      const now = loadSave(store.data[SAVE_KEY] ?? '', story);
      expect(now.ok).toBe(true);
      session.choose(0);
      expect(new Session(story, store, () => {}).inspectSave()).toBe('ok');
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(DAMAGE.length);
  }, 600_000);
});
