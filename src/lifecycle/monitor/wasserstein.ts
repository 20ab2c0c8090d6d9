/** 1-D Wasserstein distance (scipy `wasserstein_distance`) and Evidently's normed variant. */
import { wassersteinStdFloor } from './defaults';
import { computeSortedPresent } from './ks-test';
import { computePairwiseSum, computeStd } from './numpy-sum';

/** Count of sorted values ≤ x, from index `from` on (a moving searchsorted 'right'). */
function advance(sorted: Float64Array, from: number, x: number): number {
  let i = from;
  while (i < sorted.length && sorted[i]! <= x) i++;
  return i;
}

/** The area between the two empirical CDFs, in the column's units; NaNs are dropped. */
export function computeWassersteinDistance(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
): number {
  const u = computeSortedPresent(reference, 'reference');
  const v = computeSortedPresent(current, 'current');
  const all = new Float64Array(u.length + v.length);
  all.set(u);
  all.set(v, u.length);
  all.sort();
  const terms = new Float64Array(all.length - 1);
  let i = 0;
  let j = 0;
  for (let k = 0; k < terms.length; k++) {
    i = advance(u, i, all[k]!);
    j = advance(v, j, all[k]!);
    terms[k] = Math.abs(i / u.length - j / v.length) * (all[k + 1]! - all[k]!);
  }
  return computePairwiseSum(terms);
}

/** Wasserstein distance in reference standard deviations: d / max(std ddof=0, 0.001). */
export function computeWassersteinNorm(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
): number {
  const std = computeStd(computeSortedPresent(reference, 'reference'));
  return computeWassersteinDistance(reference, current) / Math.max(std, wassersteinStdFloor);
}
