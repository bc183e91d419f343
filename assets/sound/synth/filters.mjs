// Filters. All return a new buffer and keep their state across the whole signal,
// so running one over a loop played twice gives a seam-free result (see loop.mjs).
import { SAMPLE_RATE } from './signal.mjs';

/** One-pole low-pass: gentle 6 dB/octave, the "heard through a wall" filter. */
export function lowPass(signal, cutoffHz) {
  const a = 1 - Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  const out = new Float32Array(signal.length);
  let y = 0;
  for (let i = 0; i < signal.length; i++) {
    y += a * (signal[i] - y);
    out[i] = y;
  }
  return out;
}

/** One-pole high-pass: what the low-pass takes away. */
export function highPass(signal, cutoffHz) {
  const low = lowPass(signal, cutoffHz);
  for (let i = 0; i < low.length; i++) low[i] = signal[i] - low[i];
  return low;
}

/**
 * Two-pole band-pass (RBJ cookbook, 0 dB peak). `center` may be a function of the
 * sample index, for formants that move from vowel to vowel; coefficients are then
 * recomputed every 32 samples, which is smooth enough and cheap.
 */
export function bandPass(signal, center, q) {
  const out = new Float32Array(signal.length);
  const centerAt = typeof center === 'function' ? center : () => center;
  let b0 = 0;
  let a1 = 0;
  let a2 = 0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < signal.length; i++) {
    if (i % 32 === 0) {
      const w = (2 * Math.PI * centerAt(i)) / SAMPLE_RATE;
      const alpha = Math.sin(w) / (2 * q);
      const a0 = 1 + alpha;
      b0 = alpha / a0;
      a1 = (-2 * Math.cos(w)) / a0;
      a2 = (1 - alpha) / a0;
    }
    const x = signal[i];
    const y = b0 * x - b0 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}
