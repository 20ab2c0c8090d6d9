/**
 * Seeds derived from a run's seed for each random choice of training (the shuffle of epoch e,
 * the dropout masks of batch b), so a run resumed at any epoch draws exactly what it would have.
 */

/** A 32-bit seed mixed from `seed` and `parts` (murmur3's finaliser over each part). */
export function computeSubSeed(seed: number, ...parts: number[]): number {
  let h = seed >>> 0;
  for (const part of [...parts, parts.length]) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A seeded permutation of 0…n−1 (Fisher–Yates over `random`). */
export function computePermutation(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
