/**
 * Order and moment statistics of numeric samples, written to agree with pandas/numpy: quantiles
 * use numpy's 'linear' method (including its two-sided lerp), skewness is pandas' adjusted
 * Fisher–Pearson estimator, and the standard deviation is the sample one (ddof = 1).
 */

/** The present (non-NaN) values of a column, sorted ascending, in a new array. */
export function computeSortedPresent(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) count++;
  const present = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) present[j++] = v;
  }
  return present.sort();
}

/** The p-quantile (p in [0, 1]) of ascending values, linear interpolation as numpy; NaN if empty. */
export function computeSortedQuantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * p;
  const below = Math.min(Math.max(Math.floor(position), 0), n - 1);
  const above = Math.min(below + 1, n - 1);
  const a = sorted[below]!;
  const b = sorted[above]!;
  const t = position - below;
  const difference = b - a;
  // numpy's _lerp: interpolate from the nearer end for t >= 0.5 (monotone and exact at t = 1).
  return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
}

/** Number of distinct values in an ascending array (NaN-free). */
export function computeSortedUniqueCount(sorted: Float64Array): number {
  let unique = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) unique++;
  return unique;
}

/** Mean, sample standard deviation (ddof = 1) and pandas skewness of NaN-free values. */
export interface Moments {
  mean: number;
  std: number;
  skew: number;
}

/** Moments of NaN-free values by the corrected two-pass algorithm (stable for 10^6 rows). */
export function computeMoments(values: Float64Array): Moments {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, std: Number.NaN, skew: Number.NaN };
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  let mean = (sum + compensation) / n;
  let firstSum = 0;
  let secondSum = 0;
  let thirdSum = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    const d2 = d * d;
    firstSum += d;
    secondSum += d2;
    thirdSum += d2 * d;
  }
  mean += firstSum / n;
  const m2 = secondSum - (firstSum * firstSum) / n;
  const std = n > 1 ? Math.sqrt(Math.max(m2, 0) / (n - 1)) : Number.NaN;
  return { mean, std, skew: computeSkewFromSums(n, m2, thirdSum) };
}

/** pandas `nanskew` from the count and the sums of squared and cubed deviations. */
function computeSkewFromSums(n: number, m2: number, m3: number): number {
  if (n < 3) return Number.NaN;
  // pandas zeroes sums below 1e-14 in magnitude, so a constant column has skewness 0.
  const s2 = Math.abs(m2) < 1e-14 ? 0 : m2;
  const s3 = Math.abs(m3) < 1e-14 ? 0 : m3;
  if (s2 === 0) return 0;
  return ((n * Math.sqrt(n - 1)) / (n - 2)) * (s3 / Math.pow(s2, 1.5));
}
