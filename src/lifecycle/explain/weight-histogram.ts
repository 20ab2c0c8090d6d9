/** Histogram of a layer's weights for the structure diagram. */
import { weightHistogramBins } from './defaults';
import { computeLinspace } from './dependence-grid';
import { computeMeanStd } from './permutation-importance';
import { computeInvalidArgument } from './table-columns';

/** A weight histogram: bin edges (bins + 1), counts per bin, mean and population std. */
export interface WeightHistogram {
  edges: number[];
  counts: number[];
  mean: number;
  std: number;
}

/**
 * Equal-width histogram of `values` between their min and max, as numpy's `histogram` (last bin
 * closed; a constant input spans value ± 0.5); non-finite values are left out.
 */
export function computeWeightHistogram(
  values: ArrayLike<number>,
  bins = weightHistogramBins,
): WeightHistogram {
  if (!Number.isInteger(bins) || bins < 1) {
    throw computeInvalidArgument('bins', 'not_positive', 'bins must be a positive integer');
  }
  const finite = Array.from(values).filter((v) => Number.isFinite(v));
  let low = finite.length === 0 ? 0 : Math.min(...finite);
  let high = finite.length === 0 ? 1 : Math.max(...finite);
  if (low === high) {
    low -= 0.5;
    high += 0.5;
  }
  const width = high - low;
  const edges = computeLinspace(low, high, bins + 1);
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) {
    let bin = Math.floor((v - low) * (bins / width));
    if (bin >= bins) bin = bins - 1;
    if ((edges[bin] ?? 0) > v) bin -= 1;
    else if ((edges[bin + 1] ?? Infinity) <= v && bin < bins - 1) bin += 1;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { edges, counts, ...computeMeanStd(finite) };
}
