/** numpy's summation and quantile, ported so sums and bin edges match it to the last bit. */

/** Σ values in numpy's pairwise order (`np.sum` of a contiguous float64 array). */
export function computePairwiseSum(
  values: ArrayLike<number>,
  start = 0,
  n = values.length,
): number {
  if (n < 8) {
    let sum = -0;
    for (let i = start; i < start + n; i++) sum += values[i]!;
    return sum;
  }
  if (n <= 128) {
    const r = Array.from({ length: 8 }, (_, k) => values[start + k]!);
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let k = 0; k < 8; k++) r[k] = r[k]! + values[start + i + k]!;
    }
    let sum = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) sum += values[start + i]!;
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return (
    computePairwiseSum(values, start, half) + computePairwiseSum(values, start + half, n - half)
  );
}

/** Population standard deviation (ddof = 0) as `np.std`. */
export function computeStd(values: ArrayLike<number>): number {
  const n = values.length;
  const mean = computePairwiseSum(values) / n;
  const squares = Float64Array.from(values, (v) => (v - mean) * (v - mean));
  return Math.sqrt(computePairwiseSum(squares) / n);
}

/** The q-quantile of ascending values with numpy's default 'linear' method. */
export function computeQuantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const index = (n - 1) * q;
  if (index >= n - 1) return sorted[n - 1]!;
  if (index <= 0) return sorted[0]!;
  const previous = Math.floor(index);
  const gamma = index - previous;
  const a = sorted[previous]!;
  const b = sorted[previous + 1]!;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
