/** Grids of partial dependence, as scikit-learn 1.2.1's `_grid_from_X` builds them. */
import type { ColumnValues } from '../data/types';
import { computeInvalidArgument } from './table-columns';

/**
 * Quantiles of sorted values as scipy's `mstats.mquantiles` with its defaults (alphap = betap =
 * 0.4): aleph = n·p + m with m = 0.4 + 0.2·p, k = floor(clip(aleph, 1, n − 1)), γ = clip(aleph −
 * k, 0, 1), q = (1 − γ)·x[k − 1] + γ·x[k].
 */
export function computeMquantiles(
  sorted: ArrayLike<number>,
  probabilities: readonly number[],
  alphap = 0.4,
  betap = 0.4,
): number[] {
  const n = sorted.length;
  if (n === 0) return probabilities.map(() => NaN);
  if (n === 1) return probabilities.map(() => sorted[0] ?? NaN);
  return probabilities.map((p) => {
    const aleph = n * p + (alphap + p * (1 - alphap - betap));
    const k = Math.floor(Math.min(Math.max(aleph, 1), n - 1));
    const gamma = Math.min(Math.max(aleph - k, 0), 1);
    return (1 - gamma) * (sorted[k - 1] ?? NaN) + gamma * (sorted[k] ?? NaN);
  });
}

/** `count` evenly spaced numbers from `start` to `stop` inclusive, as numpy's `linspace`. */
export function computeLinspace(start: number, stop: number, count: number): number[] {
  if (count === 1) return [start];
  const step = (stop - start) / (count - 1);
  const out = Array.from({ length: count }, (_, i) => i * step + start);
  out[count - 1] = stop;
  return out;
}

/**
 * The numeric grid of a feature over `rows`: its sorted unique values when there are fewer than
 * `resolution`, else `resolution` points evenly spaced between its `percentiles` (mquantiles).
 * Missing values (NaN) are left out.
 */
export function computeNumericGrid(
  values: Float64Array,
  rows: ArrayLike<number>,
  resolution: number,
  percentiles: readonly [number, number],
): number[] {
  const [low, high] = percentiles;
  if (!(low >= 0 && high <= 1 && low < high)) {
    throw computeInvalidArgument('percentiles', 'out_of_range', 'percentiles must rise in [0, 1]');
  }
  if (!Number.isInteger(resolution) || resolution <= 1) {
    throw computeInvalidArgument('gridResolution', 'out_of_range', 'grid needs at least 2 points');
  }
  const present: number[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const value = values[rows[i] ?? 0] ?? NaN;
    if (!Number.isNaN(value)) present.push(value);
  }
  const sorted = Float64Array.from(present).sort();
  const unique = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
  if (unique.length < resolution) return Array.from(unique);
  const [qLow = NaN, qHigh = NaN] = computeMquantiles(sorted, [low, high]);
  if (Math.abs(qLow - qHigh) <= 1e-8 + 1e-5 * Math.abs(qHigh)) {
    throw computeInvalidArgument('percentiles', 'out_of_range', 'percentiles are too close');
  }
  return computeLinspace(qLow, qHigh, resolution);
}

/** The categorical grid of a feature: the codes present in `rows`, in dictionary order. */
export function computeCategoricalGrid(column: ColumnValues, rows: ArrayLike<number>): number[] {
  const data = column.kind === 'numeric' ? column.values : column.codes;
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i += 1) {
    const value = data[rows[i] ?? 0] ?? NaN;
    if (!Number.isNaN(value) && value >= (column.kind === 'coded' ? 0 : -Infinity)) seen.add(value);
  }
  return [...seen].sort((a, b) => a - b);
}
