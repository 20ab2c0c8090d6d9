/**
 * Seeded pseudo-random numbers (mulberry32): the only randomness the core uses, so every
 * split, shuffle and initialisation can be replayed from its recorded seed.
 */

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/** A mulberry32 generator for a 32-bit seed; the same seed gives the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller) from a uniform generator. */
export function drawNormal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
