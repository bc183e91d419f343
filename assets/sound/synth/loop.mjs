// Seamless loops. A bed is built from parts that are periodic by construction:
// noise of exactly one loop's length (it repeats when the loop does), tones with a
// whole number of cycles per loop, and events mixed in with wrap-around. Filters
// and reverb are then run over the loop played three times and the middle copy is
// kept: by then every filter and reverb tail is in its steady, periodic state, so
// the last sample flows into the first one as if the recording never ended.
import { SAMPLE_RATE } from './signal.mjs';

/** Run `process` over the loop in its periodic steady state. */
export function periodic(loop, process) {
  const n = loop.length;
  const tripled = new Float32Array(n * 3);
  for (let k = 0; k < 3; k++) tripled.set(loop, k * n);
  return process(tripled).slice(n, 2 * n);
}

/** The nearest frequency with a whole number of cycles in the loop, so a tone never jumps at the seam. */
export function loopFrequency(hz, loopSeconds) {
  return Math.max(1, Math.round(hz * loopSeconds)) / loopSeconds;
}

/**
 * A slow movement between `lo` and `hi` made of whole-loop-periodic sines: the
 * breathing of a drone or the fading of a radio, never jumping at the seam.
 * @param {number[]} cyclesPerLoop how many times each component repeats in a loop
 */
export function drift(rng, loopSeconds, cyclesPerLoop, lo, hi) {
  const parts = cyclesPerLoop.map((cycles) => ({ cycles, phase: rng.range(0, 2 * Math.PI) }));
  return (t) => {
    let v = 0;
    for (const { cycles, phase } of parts) v += Math.sin((2 * Math.PI * cycles * t) / loopSeconds + phase);
    return lo + ((hi - lo) * (v / parts.length + 1)) / 2;
  };
}

/**
 * For a compressed file: the loop with `padSeconds` of its own tail before it and
 * of its own head after it. MP3 adds encoder delay and padding whose exact length
 * browsers disagree about; with this padding the signal is periodic throughout
 * the file, so any window exactly one loop long inside it loops seamlessly, and a
 * decoder shifting the start by a few milliseconds cannot put a gap in the loop.
 */
export function padPeriodically(loop, padSeconds) {
  const pad = Math.round(padSeconds * SAMPLE_RATE);
  const out = new Float32Array(loop.length + 2 * pad);
  out.set(loop.subarray(loop.length - pad), 0);
  out.set(loop, pad);
  out.set(loop.subarray(0, pad), pad + loop.length);
  return out;
}
