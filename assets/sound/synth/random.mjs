// A seeded PRNG (mulberry32). Math.random would make every `npm run sounds`
// produce different bytes, and the committed files would churn for nothing.

/** @param {number} seed */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** uniform in [0, 1) */
    next,
    /** uniform in [lo, hi) */
    range: (lo, hi) => lo + (hi - lo) * next(),
    /** uniform in [-1, 1): white noise sample */
    bipolar: () => next() * 2 - 1,
    /** @template T @param {T[]} items @returns {T} */
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
