// A small Schroeder reverb (parallel combs, then all-passes): enough to put a
// sound in a room or a hall without a sample of a real one.
import { SAMPLE_RATE } from './signal.mjs';

const COMB_MS = [29.7, 37.1, 41.1, 43.7];
const ALLPASS_MS = [5.0, 1.7];

/**
 * @param {Float32Array} signal
 * @param {{size: number, decay: number, wet: number, damping?: number}} room
 *   size scales the delay lengths (1 = a small office), decay is the seconds
 *   to fall by 60 dB, wet the reverb's share in the output.
 */
export function reverb(signal, { size, decay, wet, damping = 0.3 }) {
  const tail = new Float32Array(signal.length);
  for (const ms of COMB_MS) {
    const delay = Math.max(1, Math.round((ms * size * SAMPLE_RATE) / 1000));
    const feedback = 10 ** ((-3 * delay) / (decay * SAMPLE_RATE));
    const line = new Float32Array(delay);
    let lp = 0;
    for (let i = 0; i < signal.length; i++) {
      const k = i % delay;
      const y = line[k];
      // Damping in the loop: high frequencies die sooner, as in a real room.
      lp = y + damping * (lp - y);
      line[k] = signal[i] + lp * feedback;
      tail[i] += y / COMB_MS.length;
    }
  }
  let diffused = tail;
  for (const ms of ALLPASS_MS) {
    const delay = Math.max(1, Math.round((ms * SAMPLE_RATE) / 1000));
    const line = new Float32Array(delay);
    const out = new Float32Array(signal.length);
    for (let i = 0; i < signal.length; i++) {
      const k = i % delay;
      const buffered = line[k];
      const x = diffused[i];
      line[k] = x + buffered * 0.5;
      out[i] = buffered - x * 0.5;
    }
    diffused = out;
  }
  const out = new Float32Array(signal.length);
  for (let i = 0; i < signal.length; i++) out[i] = signal[i] * (1 - wet) + diffused[i] * wet;
  return out;
}
