// Hard to break: result codes. A code is read aloud, copied by hand, photographed, pasted with
// half a line missing. Whatever happens to it, the teacher must never see a score the student
// did not earn: a damaged code is refused with a reason, or (when the damage is only layout)
// verifies to exactly the student's own result. Nothing may throw.
import { describe, expect, it } from 'vitest';
import { codeKey } from '../../src/engine/codes/base32';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { makeResultCode, type ResultCheck } from '../../src/engine/codes/resultCode';
import { ResultVerifier } from '../../src/engine/codes/verifier';
import { scoreGame } from '../../src/engine/scoring';
import { playChapters, spanRecord } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import story from '../../story/main.ink';
import { playOut } from '../support/playOut';
import { seeded } from '../support/seeded';
import { PLAYED, STORY_FINGERPRINT } from '../support/codes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';


const random = seeded(1964);
const pick = (n: number) => Math.floor(random() * n);
const choose = <T>(xs: readonly T[]): T => xs[pick(xs.length)];

// ——— Real codes ———

const chapters = playChapters(new GameStory(story));
const meta = new GameStory(story).meta;
const NAMES = ['Anna K.', 'Ben', 'Саша Петрова', '王小明', 'Zoë-Ève', 'Dmitri', 'Fatima Z.', '😀 Emoji', 'Ἀλέξανδρος', 'O.I.L. Lou'];

interface Original {
  code: string;
  /** The student's own result, from playing the game, not from any verifier. */
  path: number[];
  final: number;
  name: string;
  seconds: number;
  classCode: string;
}

function original(i: number): Original {
  const span = i % 4 === 3 ? { from: 1 + pick(6), to: 7 + pick(6) } : { from: null, to: null };
  const classCode = makeClassCode({ secondsPerDecision: choose([null, 60, 120]), holdFeedback: random() < 0.5, fromChapter: span.from, toChapter: span.to, fingerprint: STORY_FINGERPRINT }, random);
  const game = new GameStory(story);
  const limited = spanRecord(span, chapters, meta);
  if (limited) game.beginSpan(limited);
  // Mostly what really happened, as a good student would: their codes share long beginnings.
  const lean = random();
  playOut(game, (t) => {
    const h = t.choices.findIndex((c) => c.tags.historical);
    return h >= 0 && random() < lean ? h : pick(t.choices.length);
  });
  const name = NAMES[i % NAMES.length];
  const seconds = pick(4000);
  const code = makeResultCode({ storyHash: game.hash, classCode, name, path: game.log.path, seconds, ...PLAYED });
  return { code, path: game.log.path, final: scoreGame(game.log, meta).final, name, seconds, classCode };
}

const originals = Array.from({ length: 40 }, (_, i) => original(i));

/** Every reason a refused code may give, each saying what to do. */
const REASONS = [
  /^This line is empty\.$/,
  /^This is not a result code: it is far longer than any result code \(\d+ characters\)\.$/,
  /^This is not a result code: result codes never contain ".+"\.$/su,
  /^This is a class code, not a result code: students get their result code at the end of the game\.$/,
  /^This result code is damaged or mistyped: ask the student to copy it again, in full\.$/,
  /^This result code was made by a different version of Thaw, so this page cannot read it\.$/,
  /^This result code was made with a different version of the story, so its choices cannot be checked against this one: .+\.$/,
  /^This result code (has choices after the end|has a choice the story never offers|stops after \d+ choices).+(altered|made by hand)\.$/,
  /^The story could not replay the choices in this result code: it was altered or made by hand\.$/,
];

/** What is wrong with a check of a damaged `code` made from `o`, or null when nothing is. */
function problem(o: Original, code: string, check: ResultCheck): string | null {
  if (!check.ok) return REASONS.some((r) => r.test(check.reason)) ? null : `unclear reason "${check.reason}" for ${code}`;
  const r = check.result;
  const same = r.path.join() === o.path.join() && r.score.final === o.final && r.name === o.name && r.seconds === o.seconds &&
    codeKey(r.classCode) === codeKey(o.classCode);
  return same ? null : `${code} (from ${o.code}) verified to ${r.score.final} points, path ${r.path.join('')}, "${r.name}", ${r.seconds} s`;
}

// ——— Kinds of damage ———

const at = (s: string, i: number, ch: string) => s.slice(0, i) + ch + s.slice(i + 1);
const otherSymbol = (ch: string) => {
  let c = ch;
  while (c === ch) c = choose([...ALPHABET]);
  return c;
};

const DAMAGE: { kind: string; make: (code: string) => string }[] = [
  { kind: 'one wrong character', make: (c) => ((i) => at(c, i, otherSymbol(c[i])))(pick(c.length)) },
  {
    kind: 'two wrong characters',
    make: (c) => {
      const i = pick(c.length);
      let j = pick(c.length - 1);
      if (j >= i) j += 1;
      return at(at(c, i, otherSymbol(c[i])), j, otherSymbol(c[j]));
    },
  },
  {
    kind: 'three to six wrong characters',
    make: (c) => {
      let out = c;
      for (let k = 0; k < 3 + pick(4); k++) out = at(out, pick(out.length), choose([...ALPHABET]));
      return out;
    },
  },
  {
    kind: 'neighbours swapped',
    make: (c) => ((i) => c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2))(pick(c.length - 1)),
  },
  {
    kind: 'two characters swapped',
    make: (c) => {
      const [i, j] = [pick(c.length), pick(c.length)].sort((a, b) => a - b);
      return c.slice(0, i) + c[j] + c.slice(i + 1, j) + c[i] + c.slice(j + 1);
    },
  },
  { kind: 'a character added', make: (c) => ((i) => c.slice(0, i) + choose([...ALPHABET]) + c.slice(i))(pick(c.length + 1)) },
  { kind: 'a character left out', make: (c) => ((i) => c.slice(0, i) + c.slice(i + 1))(pick(c.length)) },
  { kind: 'a character typed twice', make: (c) => ((i) => c.slice(0, i) + c[i] + c.slice(i))(pick(c.length)) },
  {
    kind: 'several characters added or left out',
    make: (c) => {
      let out = c;
      for (let k = 0; k < 2 + pick(4); k++) {
        const i = pick(out.length);
        out = random() < 0.5 ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + choose([...ALPHABET]) + out.slice(i);
      }
      return out;
    },
  },
  { kind: 'cut short', make: (c) => c.slice(0, 1 + pick(c.length - 1)) },
  { kind: 'its start lost', make: (c) => c.slice(1 + pick(c.length - 1)) },
  { kind: 'a group of five lost', make: (c) => ((i) => c.slice(0, i) + c.slice(i + 5))(5 * pick(Math.floor(c.length / 5))) },
  { kind: 'two codes run together', make: (c) => c + choose(originals).code },
  { kind: 'a character no code has', make: (c) => at(c, pick(c.length), choose(['U', '!', 'é', '😀', '\u0000', '<', '\u202E', 'Ж'])) },
];

describe('damaged result codes', () => {
  const verifier = new ResultVerifier(story);

  it('the originals verify to the scores the students saw', () => {
    for (const o of originals) {
      const check = verifier.verify(o.code);
      expect(problem(o, o.code, check), o.code).toBeNull();
      expect(check.ok).toBe(true);
    }
  });

  it('over 10,000 damaged codes: none verifies to anything but the student\'s own result', () => {
    const failures: string[] = [];
    const refused = new Map<string, number>();
    const triedKind = new Map<string, number>();
    let tried = 0;
    for (let n = 0; tried < 14 * 800; n++) {
      const d = DAMAGE[n % DAMAGE.length];
      const o = originals[pick(originals.length)];
      const code = d.make(o.code);
      if (codeKey(code) === codeKey(o.code)) continue;
      tried += 1;
      triedKind.set(d.kind, (triedKind.get(d.kind) ?? 0) + 1);
      let check: ResultCheck;
      try {
        check = verifier.verify(code);
      } catch (e) {
        failures.push(`${d.kind}: ${code} threw ${e}`);
        continue;
      }
      const p = problem(o, code, check);
      if (p) failures.push(`${d.kind}: ${p}`);
      if (!check.ok) refused.set(d.kind, (refused.get(d.kind) ?? 0) + 1);
    }
    expect(tried).toBeGreaterThanOrEqual(10_000);
    expect(failures).toEqual([]);
    // Damage that cannot leave a code readable is always refused.
    for (const kind of ['one wrong character', 'two wrong characters', 'neighbours swapped', 'two characters swapped', 'a character no code has']) {
      expect(refused.get(kind), kind).toBe(triedKind.get(kind));
    }
  }, 600_000);

  it('every single wrong character, and every swap of two different characters, is refused', () => {
    for (const o of originals.slice(0, 8)) {
      const c = o.code;
      for (let i = 0; i < c.length; i++) {
        for (const ch of ALPHABET) {
          if (ch !== c[i]) expect(verifier.verify(at(c, i, ch)).ok, `${c}: ${ch} at ${i}`).toBe(false);
        }
        for (let j = i + 1; j < c.length; j++) {
          if (c[i] === c[j]) continue;
          const swapped = c.slice(0, i) + c[j] + c.slice(i + 1, j) + c[i] + c.slice(j + 1);
          expect(verifier.verify(swapped).ok, `${c}: ${i} and ${j} swapped`).toBe(false);
        }
      }
    }
  }, 600_000);

  it('20,000 codes with two wrong characters are all refused', () => {
    let accepted = 0;
    for (let n = 0; n < 20_000; n++) {
      const o = originals[n % originals.length];
      const code = DAMAGE[1].make(o.code);
      if (verifier.verify(code).ok) accepted += 1;
    }
    expect(accepted).toBe(0);
  }, 600_000);

  it('layout is forgiven: case, spaces, hyphens, line breaks and the look-alikes O, I, L', () => {
    for (const o of originals) {
      const lookalike = o.code.replace(/0/g, () => choose(['0', 'O', 'o'])).replace(/1/g, () => choose(['1', 'I', 'l', 'L', 'i']));
      const grouped = o.code.replace(/(.{5})/g, '$1 ').replace(/ (.{5}) /, '-$1\n');
      for (const typed of [o.code.toLowerCase(), ` ${grouped} `, lookalike, `\t${o.code}\r\n`]) {
        expect(problem(o, typed, verifier.verify(typed))).toBeNull();
        expect(verifier.verify(typed).ok).toBe(true);
      }
    }
  });

  it('a code in the earlier format (first letter T, a weaker check) is explained, not called damaged', () => {
    // The earlier check: Σ s_i·x^(i+1) + 1 over GF(2^10), as two symbols.
    const mul = (a: number, b: number) => {
      let r = 0;
      for (let x = a, y = b; y > 0; y >>= 1) {
        if (y & 1) r ^= x;
        x <<= 1;
        if (x >> 10) x ^= 0b10000001001;
      }
      return r;
    };
    for (const o of originals.slice(0, 5)) {
      const data = [...o.code.slice(0, -3)].map((c) => ALPHABET.indexOf(c));
      data[0] = ALPHABET.indexOf('T');
      let sum = 1;
      let weight = 2;
      for (const d of data) {
        sum ^= mul(d, weight);
        weight = mul(weight, 2);
      }
      const old = [...data, sum >> 5, sum & 31].map((d) => ALPHABET[d]).join('');
      expect(verifier.verify(old)).toEqual({ ok: false, kind: 'other-format', reason: expect.stringMatching(/older version of Thaw/) });
    }
  });

  it('junk of every size is refused quickly, never thrown on', () => {
    const junk = [
      '', ' ', '-', '\u0000', 'T', 'R', 'TTTTTTTTTT', '0'.repeat(200), 'Z'.repeat(5000), 'A1'.repeat(500_000),
      '😀'.repeat(1000), '<script>alert(1)</script>', '=1+1', 'null', '{}', '\u202Eevil', originals[0].code.repeat(50),
      Array.from({ length: 2000 }, () => choose([...ALPHABET])).join(''),
    ];
    const started = performance.now();
    for (const j of junk) {
      const check = verifier.verify(j);
      expect(check.ok, j.slice(0, 40)).toBe(false);
      if (!check.ok) expect(REASONS.some((r) => r.test(check.reason)), check.reason).toBe(true);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('the verifier\'s memory of earlier codes', () => {
  it('never changes a result: a verifier that keeps few choice points agrees with a fresh replay of every code', () => {
    const small = new ResultVerifier(story, { points: 8 });
    const codes = [...originals.map((o) => o.code), ...originals.map((o) => o.code).reverse()];
    // Impossible codes mixed in: a replay that fails must leave nothing behind that misleads the next.
    const impossible = originals.map((o) =>
      makeResultCode({ storyHash: new GameStory(story).hash, classCode: o.classCode, name: 'X', path: [...o.path.slice(0, -1), 3, 3], seconds: 1, ...PLAYED }),
    );
    const all = codes.flatMap((c, i) => [c, impossible[i % impossible.length]]);
    for (const [n, code] of all.entries()) {
      const check = small.verify(code);
      // The reference: a verifier that has seen nothing, replaying from the story's start.
      if (n % 3 === 0) expect(check).toEqual(new ResultVerifier(story).verify(code));
      const o = originals.find((x) => x.code === code);
      if (o) expect(problem(o, code, check)).toBeNull();
        expect(small.pointsKept).toBeLessThanOrEqual(8);
    }
    // And against the reference: the whole record, not only the score.
    const fresh = new ResultVerifier(story, { points: 0 });
    for (const o of originals.slice(0, 10)) {
      const a = small.verify(o.code);
      const b = fresh.verify(o.code);
      expect(a).toEqual(b);
      const game = new GameStory(story);
      if (a.ok && a.result.record.span) game.beginSpan(a.result.record.span);
      for (const i of o.path) game.choose(i);
      expect(a.ok && a.result.record).toEqual(game.log);
    }
  }, 600_000);
});
