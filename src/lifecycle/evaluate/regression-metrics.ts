/**
 * Regression scores with scikit-learn 1.2's semantics (MAE, RMSE, R², MAPE), the residual summary
 * and a seeded sample of (actual, predicted) points for the plots. Plain numbers only.
 */
import { createRandom } from '../../shared/random';
import type { MetricScores, RegressionReport } from './types';

/** Most (actual, predicted) points kept for the plots. */
export const regressionPointLimit = 2000;

/** MAE, RMSE and R² (sklearn: R² of a constant truth is 1 if predicted exactly, else 0; null below 2 rows). */
export function computeErrorScores(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
): MetricScores {
  const n = truth.length;
  if (n === 0) return { mae: null, rmse: null, r2: null };
  let truthSum = 0;
  for (let i = 0; i < n; i++) truthSum += truth[i]!;
  const truthMean = truthSum / n;
  let absolute = 0;
  let squared = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const error = truth[i]! - predicted[i]!;
    absolute += Math.abs(error);
    squared += error * error;
    total += (truth[i]! - truthMean) ** 2;
  }
  let r2: number | null = null;
  if (n >= 2) r2 = total > 0 ? 1 - squared / total : squared === 0 ? 1 : 0;
  return { mae: absolute / n, rmse: Math.sqrt(squared / n), r2 };
}

/** Mean absolute percentage error as a fraction (sklearn: denominator max(|truth|, 2⁻⁵²)). */
export function computeMape(truth: ArrayLike<number>, predicted: ArrayLike<number>): number | null {
  const n = truth.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += Math.abs(predicted[i]! - truth[i]!) / Math.max(Math.abs(truth[i]!), Number.EPSILON);
  }
  return sum / n;
}

/** Positions 0…n−1, or a seeded sample of `limit` of them in ascending order when n is larger. */
export function computeSamplePositions(n: number, limit: number, seed: number): number[] {
  const positions = Array.from({ length: n }, (_, i) => i);
  if (n <= limit) return positions;
  const random = createRandom(seed);
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(random() * (n - i));
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions.slice(0, limit).sort((a, b) => a - b);
}

/**
 * Regression scores of `predicted` against `truth` (mae, rmse, r2, mape) and the report: residual
 * (actual − predicted) mean, population std, min and max, and at most 2,000 seeded points whose
 * `row` comes from `rows`.
 */
export function computeRegressionScores(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows: ArrayLike<number>,
  seed: number,
): { metrics: MetricScores; report: RegressionReport } {
  const n = truth.length;
  const metrics: MetricScores = {
    ...computeErrorScores(truth, predicted),
    mape: computeMape(truth, predicted),
  };
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const residual = truth[i]! - predicted[i]!;
    sum += residual;
    min = Math.min(min, residual);
    max = Math.max(max, residual);
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  let spread = 0;
  for (let i = 0; i < n; i++) spread += (truth[i]! - predicted[i]! - mean) ** 2;
  const residualSummary =
    n > 0
      ? { mean, std: Math.sqrt(spread / n), min, max }
      : { mean: Number.NaN, std: Number.NaN, min: Number.NaN, max: Number.NaN };
  const points = computeSamplePositions(n, regressionPointLimit, seed).map((i) => ({
    actual: truth[i]!,
    predicted: predicted[i]!,
    row: rows[i]!,
  }));
  return { metrics, report: { points, residualSummary } };
}
