// The three ambient beds, one per era. Each returns one seamless loop (see loop.mjs).
import { bandPass, highPass, lowPass } from './filters.mjs';
import { drift, loopFrequency, periodic } from './loop.mjs';
import { reverb } from './reverb.mjs';
import { createRandom } from './random.mjs';
import { harmonicTone, mix, mixInto, noiseBurst, ringing, shape, silence, whiteNoise } from './signal.mjs';

// Laptop and projector speakers reproduce little below ~120 Hz, so every low
// sound here carries harmonics in the 110-400 Hz range that stay audible.
const SAW = [1, 0.5, 0.33, 0.25, 0.2, 0.16, 0.14, 0.12];

/** 1953: a closed, muffled office after Stalin's death: room tone, a slow low drone, a clock far off. */
export function bed1953(loopSeconds) {
  const L = loopSeconds;
  const rng = createRandom(1953);
  const room = periodic(whiteNoise(rng, L), (x) => lowPass(lowPass(x, 220), 500));
  const hum = periodic(whiteNoise(rng, L), (x) => bandPass(x, 100, 3));

  const breathing = drift(rng, L, [1, 2], 0.55, 1);
  const drone = mix([
    [harmonicTone({ freq: loopFrequency(55, L), seconds: L, partials: SAW }), 1],
    // One cycle more per loop: the two voices beat slowly against each other.
    [harmonicTone({ freq: loopFrequency(55, L) + 1 / L, seconds: L, partials: SAW, phase: 1 }), 0.8],
    [harmonicTone({ freq: loopFrequency(82.5, L), seconds: L, partials: SAW.slice(0, 4) }), 0.35],
  ]);
  const darkDrone = shape(
    periodic(drone, (x) => lowPass(lowPass(x, 260), 600)),
    breathing,
  );

  // A wall clock in the next room: alternating tick and tock, once a second.
  const clock = silence(L);
  for (let s = 0; s < L; s++) {
    const tick = s % 2 === 0;
    const strike = mix([
      [bandPass(noiseBurst(rng, { decay: 0.002, seconds: 0.05 }), tick ? 2600 : 2100, 6), 1],
      [ringing({ freq: tick ? 3300 : 2750, decay: 0.008, seconds: 0.05 }), 0.35],
      [ringing({ freq: tick ? 900 : 760, decay: 0.012, seconds: 0.05 }), 0.3],
    ]);
    mixInto(clock, strike, s + 0.05, tick ? 1 : 0.85, true);
  }
  const distantClock = periodic(clock, (x) =>
    reverb(lowPass(x, 1800), { size: 1.6, decay: 0.9, wet: 0.45 }),
  );

  return mix([
    [room, 0.7],
    [hum, 0.25],
    [darkDrone, 0.1],
    [distantClock, 0.5],
  ]);
}

/** 1956: the thaw: open air, a soft hopeful chord, water dripping from the eaves. */
export function bed1956(loopSeconds) {
  const L = loopSeconds;
  const rng = createRandom(1956);
  const wind = periodic(whiteNoise(rng, L), (x) => lowPass(lowPass(highPass(x, 400), 2500), 4000));
  const gust = drift(rng, L, [1, 3, 5], 0.35, 1);
  const air = shape(wind, gust);

  // D major with an added E: open, unresolved, calm. Each note swells on its own.
  const chord = silence(L);
  for (const [hz, gain] of [
    [146.83, 0.6],
    [220, 0.5],
    [293.66, 0.45],
    [369.99, 0.35],
    [329.63, 0.25],
  ]) {
    const note = harmonicTone({ freq: loopFrequency(hz, L), seconds: L, partials: [1, 0.25, 0.08] });
    const swell = drift(rng, L, [1, 2], 0.2, 1);
    mixInto(chord, shape(note, swell), 0, gain);
  }
  const pad = periodic(chord, (x) => lowPass(x, 1200));

  // Drips: a rising "plink" (a bubble's pitch glides up as it closes) and a tiny splash.
  const drips = silence(L);
  const count = Math.round(L * 0.8);
  for (let k = 0; k < count; k++) {
    const at = ((k + rng.range(0.1, 0.9)) * L) / count;
    const base = rng.range(900, 1700);
    const drop = mix([
      [ringing({ freq: base, endFreq: base * 2.1, decay: 0.035, glide: 0.02, seconds: 0.15 }), 1],
      [highPass(noiseBurst(rng, { decay: 0.0015, seconds: 0.15 }), 3000), 0.25],
    ]);
    mixInto(drips, drop, at, rng.range(0.25, 1), true);
  }
  const echoingDrips = periodic(drips, (x) => reverb(x, { size: 2.2, decay: 1.6, wet: 0.4 }));

  return mix([
    [air, 0.2],
    [pad, 0.06],
    [echoingDrips, 0.6],
  ]);
}

/** 1962: Cuba, the bomb, the hotline: a low pulse under the hiss of shortwave static. */
export function bed1962(loopSeconds) {
  const L = loopSeconds;
  const rng = createRandom(1962);

  // The pulse: a slow heartbeat-like throb, 80 a minute, the first of each four stressed.
  const beats = silence(L);
  const interval = 0.75;
  for (let k = 0; k < Math.round(L / interval); k++) {
    const throb = mix([
      [ringing({ freq: 95, endFreq: 52, decay: 0.16, glide: 0.05, attack: 0.006, seconds: 0.6 }), 1],
      [ringing({ freq: 150, endFreq: 104, decay: 0.08, glide: 0.04, attack: 0.004, seconds: 0.6 }), 0.45],
      [ringing({ freq: 200, endFreq: 150, decay: 0.05, glide: 0.03, attack: 0.004, seconds: 0.6 }), 0.25],
    ]);
    mixInto(beats, throb, k * interval, k % 4 === 0 ? 1 : 0.65, true);
  }
  const pulse = periodic(beats, (x) => lowPass(x, 500));

  // A quiet minor-second drone under it: unease without melody.
  const uneasy = periodic(
    mix([
      [harmonicTone({ freq: loopFrequency(73.4, L), seconds: L, partials: SAW.slice(0, 5) }), 1],
      [harmonicTone({ freq: loopFrequency(77.8, L), seconds: L, partials: SAW.slice(0, 5) }), 0.7],
    ]),
    (x) => lowPass(x, 300),
  );

  // Shortwave static: band-limited hiss that fades in and out, with crackle.
  const fading = drift(rng, L, [2, 3, 7], 0.25, 1);
  const hiss = shape(
    periodic(whiteNoise(rng, L), (x) => lowPass(lowPass(highPass(x, 900), 4500), 6000)),
    fading,
  );
  const crackle = silence(L);
  for (let k = 0; k < L * 25; k++) {
    const click = noiseBurst(rng, { decay: rng.range(0.0003, 0.002), seconds: 0.01 });
    mixInto(crackle, click, rng.range(0, L), rng.next() ** 3, true);
  }
  // Far-off Morse, barely there: someone is always listening.
  const morse = silence(L);
  let t = 3.2;
  for (const symbol of '-.-. --.- -.-.'.split('')) {
    const length = symbol === '-' ? 0.18 : symbol === '.' ? 0.06 : 0;
    if (length > 0) {
      const beep = shape(harmonicTone({ freq: 760, seconds: length }), (s) =>
        Math.min(1, s / 0.005, (length - s) / 0.005),
      );
      mixInto(morse, beep, t, 1, true);
    }
    t += length + (symbol === ' ' ? 0.18 : 0.06);
  }
  const radio = periodic(mix([[hiss, 1], [highPass(crackle, 1500), 0.5], [morse, 0.05]]), (x) =>
    bandPass(x, 1800, 0.6),
  );

  return mix([
    [pulse, 0.9],
    [uneasy, 0.05],
    [radio, 0.35],
  ]);
}
