import {
  computeMoments,
  computeSortedPresent,
  computeSortedQuantile,
} from '../explore/summary-statistics';

/** Present values sorted, their mean and population standard deviation (ddof = 0, as scikit-learn). */
export interface FitStatistics {
  sorted: Float64Array;
  mean: number;
  std: number;
}

/** Statistics of a column's present values (NaN when none). */
export function computeFitStatistics(values: Float64Array): FitStatistics {
  const sorted = computeSortedPresent(values);
  const n = sorted.length;
  const { mean, std } = computeMoments(sorted);
  const population = n < 2 ? (n === 1 ? 0 : NaN) : std * Math.sqrt((n - 1) / n);
  return { sorted, mean, std: population };
}

/** The p-quantile (numpy 'linear') of sorted values. */
export const computeQuantile = computeSortedQuantile;

/** The most frequent of sorted values, the smallest on ties (scikit-learn's most_frequent); NaN if none. */
export function computeSortedMode(sorted: Float64Array): number {
  let best = NaN;
  let bestCount = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === sorted[i - 1] ? run + 1 : 1;
    if (run > bestCount) {
      bestCount = run;
      best = sorted[i]!;
    }
  }
  return best;
}

/** The most frequent code's text, the smallest text (code-unit order) on ties; null if none. */
export function computeCodedMode(codes: Int32Array, dictionary: readonly string[]): string | null {
  const counts = new Float64Array(dictionary.length);
  for (const code of codes) if (code >= 0) counts[code]!++;
  let best: string | null = null;
  let bestCount = 0;
  counts.forEach((count, code) => {
    const text = dictionary[code]!;
    if (count > bestCount || (count === bestCount && count > 0 && best !== null && text < best)) {
      best = text;
      bestCount = count;
    }
  });
  return best;
}
