/**
 * Population stability index over quantile bins of the reference: edges at the reference's
 * numpy-linear quantiles, first and last bins open-ended, bins closed on the left; shares are
 * floored at 1e-4 (Evidently replaces exact zeros by 0.0001; a floor also covers shares under
 * it). Evidently itself bins equal-width over both windows; quantile bins are the classic PSI.
 */
import { defaultPsiBins, psiShareEpsilon } from './defaults';
import { computeSortedPresent } from './ks-test';
import { computePairwiseSum, computeQuantile } from './numpy-sum';

/** Inner bin edges: the reference's quantiles at 1/bins … (bins − 1)/bins. */
export function computePsiEdges(sortedReference: Float64Array, bins: number): number[] {
  return Array.from({ length: bins - 1 }, (_, i) =>
    computeQuantile(sortedReference, (i + 1) * (1 / bins)),
  );
}

/** Share of values per bin (count of inner edges ≤ value), floored at the epsilon. */
function computeShares(sorted: Float64Array, edges: number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (const value of sorted) {
    while (bin < edges.length && edges[bin]! <= value) bin++;
    counts[bin]!++;
  }
  return counts.map((count) => Math.max(count / sorted.length, psiShareEpsilon));
}

/** PSI = Σ (current − reference) · ln(current / reference) over the bins; NaNs are dropped. */
export function computePsi(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  bins = defaultPsiBins,
): number {
  const ref = computeSortedPresent(reference, 'reference');
  const cur = computeSortedPresent(current, 'current');
  const edges = computePsiEdges(ref, bins);
  const refShares = computeShares(ref, edges);
  const curShares = computeShares(cur, edges);
  const terms = refShares.map((r, i) => (curShares[i]! - r) * Math.log(curShares[i]! / r));
  return computePairwiseSum(terms);
}
