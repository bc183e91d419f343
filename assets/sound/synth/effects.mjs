// The one-shot effects. Each returns a buffer that starts and ends at silence.
import { bandPass, highPass, lowPass } from './filters.mjs';
import { createRandom } from './random.mjs';
import { reverb } from './reverb.mjs';
import {
  SAMPLE_RATE,
  fadeEdges,
  mix,
  mixInto,
  noiseBurst,
  ringing,
  samples,
  shape,
  silence,
} from './signal.mjs';

/**
 * A struck object: a short noise strike exciting a few resonant modes. Wood,
 * metal and rubber differ only in their mode frequencies and how fast they die.
 * @param {[number, number, number][]} modes [frequency Hz, decay s, gain]
 */
function strike(rng, modes, { seconds, strikeDecay, strikeGain, detune = 0 }) {
  const parts = modes.map(([freq, decay, gain]) => [
    ringing({ freq: freq * (1 + rng.range(-detune, detune)), decay, seconds }),
    gain,
  ]);
  parts.push([noiseBurst(rng, { decay: strikeDecay, seconds }), strikeGain]);
  return mix(parts);
}

/** A few typewriter keys, unevenly timed like a real typist: click, metal ring, platen thunk. */
export function typewriter() {
  const rng = createRandom(101);
  const out = silence(0.6);
  for (const [at, force] of [
    [0.01, 1],
    [0.12, 0.8],
    [0.2, 0.9],
    [0.33, 0.75],
    [0.44, 1],
  ]) {
    const key = mix([
      [
        strike(rng, [[2100, 0.012, 0.5], [3400, 0.009, 0.4], [5200, 0.006, 0.3]], {
          seconds: 0.12,
          strikeDecay: 0.0015,
          strikeGain: 0.9,
          detune: 0.08,
        }),
        1,
      ],
      [ringing({ freq: 190, endFreq: 150, decay: 0.02, seconds: 0.12 }), 0.7],
    ]);
    mixInto(out, highPass(key, 120), at + rng.range(-0.01, 0.01), force);
  }
  return fadeEdges(reverb(out, { size: 0.8, decay: 0.35, wet: 0.15 }), 0.001, 0.03);
}

/** A rubber stamp coming down on paper on a wooden desk: a dull falling thump and a slap. */
export function stamp() {
  const rng = createRandom(102);
  const thump = ringing({ freq: 150, endFreq: 55, decay: 0.06, glide: 0.03, attack: 0.002, seconds: 0.3 });
  const slap = lowPass(noiseBurst(rng, { decay: 0.012, attack: 0.001, seconds: 0.3 }), 1400);
  const desk = strike(rng, [[230, 0.035, 0.5], [420, 0.025, 0.35], [780, 0.012, 0.2]], {
    seconds: 0.3,
    strikeDecay: 0.003,
    strikeGain: 0.2,
  });
  const out = mix([
    [thump, 1],
    [slap, 0.9],
    [desk, 0.6],
  ]);
  return fadeEdges(reverb(out, { size: 0.7, decay: 0.3, wet: 0.12 }), 0.001, 0.04);
}

// Formants (F1, F2) of a few Russian-ish vowels: a, o, u, e, i.
const VOWELS = [
  [750, 1200],
  [500, 850],
  [320, 750],
  [480, 1800],
  [300, 2200],
];

/** One voice talking: a buzzy source through two moving formants, in syllables with pauses. */
function voice(rng, seconds) {
  const n = samples(seconds);
  const pitch = rng.range(95, 230);
  const source = new Float32Array(n);
  const envelope = new Float32Array(n);
  const f1 = new Float32Array(n);
  const f2 = new Float32Array(n);
  let phase = rng.next();
  let i = 0;
  let vowel = rng.pick(VOWELS);
  while (i < n) {
    const talking = rng.next() < 0.8;
    const length = samples(talking ? rng.range(0.08, 0.22) : rng.range(0.1, 0.35));
    const next = rng.pick(VOWELS);
    const inflection = rng.range(0.9, 1.12);
    for (let k = 0; k < length && i < n; k++, i++) {
      const x = k / length;
      // Pitch moves within a syllable, as speech does; the source is a naive
      // sawtooth, whose aliasing the formants and the low-pass hide.
      phase += (pitch * (inflection + 0.06 * Math.sin(Math.PI * x))) / SAMPLE_RATE;
      source[i] = 2 * (phase % 1) - 1;
      envelope[i] = talking ? Math.sin(Math.PI * x) ** 1.5 : 0;
      f1[i] = vowel[0] + (next[0] - vowel[0]) * x;
      f2[i] = vowel[1] + (next[1] - vowel[1]) * x;
    }
    vowel = next;
  }
  const formed = mix([
    [bandPass(source, (j) => f1[j], 5), 1],
    [bandPass(source, (j) => f2[j], 7), 0.6],
  ]);
  for (let j = 0; j < n; j++) formed[j] *= envelope[j];
  return formed;
}

/** A hall of delegates talking among themselves: many voices, far off, in a large room. */
export function murmur() {
  const rng = createRandom(103);
  const seconds = 2;
  const crowd = silence(seconds);
  for (let k = 0; k < 16; k++) mixInto(crowd, voice(rng, seconds), 0, rng.range(0.3, 1));
  const hall = reverb(lowPass(lowPass(crowd, 2200), 3500), { size: 3, decay: 1.4, wet: 0.45 });
  const swell = shape(hall, (t) => Math.min(1, t / 0.35, (seconds - t) / 0.5));
  return fadeEdges(highPass(swell, 150), 0.01, 0.05);
}

/** A chairman's gavel: two knocks of hardwood on a block. */
export function gavel() {
  const rng = createRandom(104);
  const out = silence(0.6);
  for (const [at, force] of [
    [0.01, 1],
    [0.3, 0.85],
  ]) {
    const knock = mix([
      [
        strike(rng, [[310, 0.07, 0.7], [720, 0.045, 0.5], [1280, 0.025, 0.35], [2300, 0.012, 0.2]], {
          seconds: 0.25,
          strikeDecay: 0.0012,
          strikeGain: 0.7,
          detune: 0.02,
        }),
        1,
      ],
      [ringing({ freq: 110, endFreq: 80, decay: 0.04, seconds: 0.25 }), 0.5],
    ]);
    mixInto(out, knock, at, force);
  }
  return fadeEdges(reverb(out, { size: 1.5, decay: 0.6, wet: 0.2 }), 0.001, 0.05);
}

/** A small dry UI tick, like a switch on a Soviet control panel. */
export function click() {
  const rng = createRandom(105);
  const out = mix([
    [ringing({ freq: 2600, decay: 0.005, seconds: 0.05 }), 0.8],
    [ringing({ freq: 1300, decay: 0.004, seconds: 0.05 }), 0.4],
    [highPass(noiseBurst(rng, { decay: 0.0008, seconds: 0.05 }), 2000), 0.6],
  ]);
  return fadeEdges(out, 0.0002, 0.01);
}
