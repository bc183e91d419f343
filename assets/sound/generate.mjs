#!/usr/bin/env node
// Makes every sound of the game from code: `npm run sounds`.
// Deterministic (seeded noise, LAME in WebAssembly), so re-running it rewrites the
// same bytes and the committed files only change when a recipe does.
// How each sound is made: README.md beside this file; the recipes: synth/.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bed1953, bed1956, bed1962 } from './synth/beds.mjs';
import { click, gavel, murmur, stamp, typewriter } from './synth/effects.mjs';
import { encodeMp3, encodeWav } from './synth/encode.mjs';
import { padPeriodically } from './synth/loop.mjs';
import { SAMPLE_RATE, normalize, peak } from './synth/signal.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// Seconds of the loop's own audio around it in the MP3 (see padPeriodically).
const PAD_SECONDS = 0.5;
// LAME VBR quality (0 best .. 9 worst): 4 is ~50 kbit/s at this rate, plenty for
// a quiet bed under the game (~80 KB each), and its codec noise is low enough
// that the loop seam stays inside the signal's ordinary movement (check.mjs).
const BED_VBR_QUALITY = 4;
// Beds peak lower than effects: the codec can overshoot a little, and a bed is
// never meant to be the loudest thing in the room.
const BED_PEAK_DB = -3;
const EFFECT_PEAK_DB = -1;

const beds = [
  { era: 1953, loopSeconds: 12, render: bed1953 },
  { era: 1956, loopSeconds: 10, render: bed1956 },
  { era: 1962, loopSeconds: 12, render: bed1962 },
];
const effects = { typewriter, stamp, murmur, gavel, click };

const written = [];
const write = (name, bytes, seconds) => {
  writeFileSync(join(here, name), bytes);
  written.push({ name, bytes: bytes.length, seconds });
};

// The loop window of each bed inside its file, for the player (src/audio) to loop exactly that.
const loops = {};
for (const { era, loopSeconds, render } of beds) {
  const loop = normalize(render(loopSeconds), BED_PEAK_DB);
  const padded = padPeriodically(loop, PAD_SECONDS);
  const name = `ambient-${era}.mp3`;
  write(name, await encodeMp3(padded, BED_VBR_QUALITY), padded.length / SAMPLE_RATE);
  loops[era] = { file: name, loopStartMs: PAD_SECONDS * 1000, loopMs: loopSeconds * 1000 };
}
writeFileSync(join(here, 'loops.json'), `${JSON.stringify(loops, null, 2)}\n`);

let seed = 1;
for (const [name, render] of Object.entries(effects)) {
  const signal = normalize(render(), EFFECT_PEAK_DB);
  if (peak(signal) > 1) throw new Error(`${name} clips`);
  write(`${name}.wav`, encodeWav(signal, seed++), signal.length / SAMPLE_RATE);
}

let total = 0;
for (const { name, bytes, seconds } of written) {
  total += bytes;
  console.log(`${name.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(7)} KB ${seconds.toFixed(2).padStart(6)} s`);
}
console.log(`${'total'.padEnd(20)} ${(total / 1024).toFixed(1).padStart(7)} KB`);
