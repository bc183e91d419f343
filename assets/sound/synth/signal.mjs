// Buffers and the small building blocks every sound is made of.
// All sounds share one sample rate: 22.05 kHz keeps everything up to ~10 kHz,
// which is more than classroom speakers reproduce, at half the bytes of 44.1 kHz.

export const SAMPLE_RATE = 22050;

/** @param {number} seconds */
export const samples = (seconds) => Math.round(seconds * SAMPLE_RATE);

/** @param {number} seconds */
export const silence = (seconds) => new Float32Array(samples(seconds));

/** White noise. @param {{bipolar: () => number}} rng @param {number} seconds */
export function whiteNoise(rng, seconds) {
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) out[i] = rng.bipolar();
  return out;
}

/**
 * A sine that rings and dies away: the sound of a struck resonant body (a wooden
 * mode, a typewriter's metal arm, a water drop). An optional pitch glide ends at
 * `endFreq` (a drop's rising "plink", a stamp's falling thump).
 */
export function ringing({ freq, endFreq = freq, decay, seconds, attack = 0.0005, glide = decay }) {
  const out = silence(seconds);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const f = endFreq + (freq - endFreq) * Math.exp(-t / glide);
    phase += (2 * Math.PI * f) / SAMPLE_RATE;
    const env = Math.min(1, t / attack) * Math.exp(-t / decay);
    out[i] = Math.sin(phase) * env;
  }
  return out;
}

/** A short burst of noise with an exponential tail: the strike that excites a body. */
export function noiseBurst(rng, { decay, seconds, attack = 0.0003 }) {
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    out[i] = rng.bipolar() * Math.min(1, t / attack) * Math.exp(-t / decay);
  }
  return out;
}

/**
 * Mix `source` into `target` at `atSeconds`. With `wrap`, whatever runs past the
 * end comes back in at the start, which is how events in a loop stay seamless.
 */
export function mixInto(target, source, atSeconds, gain = 1, wrap = false) {
  const offset = samples(atSeconds);
  for (let i = 0; i < source.length; i++) {
    let j = offset + i;
    if (wrap) j %= target.length;
    else if (j >= target.length) break;
    target[j] += source[i] * gain;
  }
  return target;
}

/** Sum of signals of equal length, each with its gain. @param {[Float32Array, number][]} parts */
export function mix(parts) {
  const out = new Float32Array(parts[0][0].length);
  for (const [signal, gain] of parts) {
    for (let i = 0; i < out.length; i++) out[i] += signal[i] * gain;
  }
  return out;
}

/** Multiply in place by a per-sample envelope function of time in seconds. */
export function shape(signal, envelope) {
  for (let i = 0; i < signal.length; i++) signal[i] *= envelope(i / SAMPLE_RATE);
  return signal;
}

/** Raised-cosine fades at both ends so a one-shot starts and ends at zero (no click). */
export function fadeEdges(signal, fadeIn, fadeOut) {
  const n = signal.length;
  const a = samples(fadeIn);
  const b = samples(fadeOut);
  for (let i = 0; i < a && i < n; i++) signal[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b && i < n; i++) signal[n - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return signal;
}

export function peak(signal) {
  let p = 0;
  for (const x of signal) p = Math.max(p, Math.abs(x));
  return p;
}

/** Scale so the loudest sample sits at `peakDb` dBFS: every file uses its headroom alike. */
export function normalize(signal, peakDb) {
  const gain = 10 ** (peakDb / 20) / (peak(signal) || 1);
  for (let i = 0; i < signal.length; i++) signal[i] *= gain;
  return signal;
}

/**
 * A steady tone of summed harmonics, `partials[k]` being the amplitude of
 * harmonic k+1. In a loop, give it a `loopFrequency` so it repeats seamlessly.
 */
export function harmonicTone({ freq, seconds, partials = [1], phase = 0 }) {
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) {
    const w = (2 * Math.PI * freq * i) / SAMPLE_RATE + phase;
    let v = 0;
    for (let k = 0; k < partials.length; k++) v += partials[k] * Math.sin((k + 1) * w);
    out[i] = v;
  }
  return out;
}
