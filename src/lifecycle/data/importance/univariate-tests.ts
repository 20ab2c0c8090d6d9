import type { ColumnValues } from '../types';
import { computeCodesAt, computeCompleteRows, computeNumbersAt } from './complete-rows';
import { computeChiSquareSurvival, computeFSurvival } from './distributions';
import type { UnivariateTest } from './types';

/**
 * The univariate test the lab shows for a feature against the target, on complete rows:
 * one-way ANOVA F when one side is numeric and the other coded (sklearn `f_classif`, scipy
 * `f_oneway`), correlation F for two numeric columns (sklearn `f_regression`), and Pearson's
 * chi-square of independence for two coded ones (scipy `chi2_contingency`).
 */
export function computeUnivariateTest(
  feature: ColumnValues,
  target: ColumnValues,
  options: { yates?: boolean } = {},
): UnivariateTest {
  const rows = computeCompleteRows([feature, target]);
  if (feature.kind === 'numeric') {
    const x = computeNumbersAt(feature.values, rows);
    return target.kind === 'numeric'
      ? computeCorrelationF(x, computeNumbersAt(target.values, rows))
      : computeAnovaF(x, computeCodesAt(target.codes, rows));
  }
  const a = computeCodesAt(feature.codes, rows);
  return target.kind === 'coded'
    ? computeChiSquare(a, computeCodesAt(target.codes, rows), options.yates ?? true)
    : computeAnovaF(computeNumbersAt(target.values, rows), a);
}

/** One-way ANOVA F of `values` split by `groups` (codes ≥ 0; empty groups ignored). */
export function computeAnovaF(values: Float64Array, groups: Int32Array): UnivariateTest {
  const n = values.length;
  const sums = new Map<number, { count: number; sum: number }>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const entry = sums.get(groups[i]!) ?? { count: 0, sum: 0 };
    entry.count++;
    entry.sum += values[i]!;
    sums.set(groups[i]!, entry);
    total += values[i]!;
  }
  const k = sums.size;
  const grand = total / n;
  let between = 0;
  for (const { count, sum } of sums.values()) between += count * (sum / count - grand) ** 2;
  let within = 0;
  for (let i = 0; i < n; i++) {
    const { count, sum } = sums.get(groups[i]!)!;
    within += (values[i]! - sum / count) ** 2;
  }
  const df = [k - 1, n - k];
  if (k < 2 || n - k < 1) return { test: 'anova-f', statistic: NaN, pValue: NaN, df, n };
  const statistic = between / (k - 1) / (within / (n - k));
  return { test: 'anova-f', statistic, pValue: computeFSurvival(statistic, k - 1, n - k), df, n };
}

/**
 * F test of a linear relation, F = r² / (1 − r²) · (n − 2) with Pearson's r (sklearn
 * `f_regression`, `force_finite=True`: a constant side gives F = 0, p = 1).
 */
export function computeCorrelationF(x: Float64Array, y: Float64Array): UnivariateTest {
  const n = x.length;
  const df = [1, n - 2];
  if (n < 3) return { test: 'correlation-f', statistic: NaN, pValue: NaN, df, n };
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0 || syy === 0) return { test: 'correlation-f', statistic: 0, pValue: 1, df, n };
  const r2 = (sxy * sxy) / (sxx * syy);
  const statistic = r2 >= 1 ? Infinity : (r2 / (1 - r2)) * (n - 2);
  return { test: 'correlation-f', statistic, pValue: computeFSurvival(statistic, 1, n - 2), df, n };
}

/**
 * Pearson's chi-square of independence of two code arrays (codes ≥ 0) over their observed
 * categories, with Yates' correction only for a 2×2 table when `yates` (scipy's default).
 */
export function computeChiSquare(a: Int32Array, b: Int32Array, yates = true): UnivariateTest {
  const n = a.length;
  const levelsA = [...new Set(a)].sort((p, q) => p - q);
  const levelsB = [...new Set(b)].sort((p, q) => p - q);
  const rowOf = new Map(levelsA.map((code, i) => [code, i]));
  const columnOf = new Map(levelsB.map((code, j) => [code, j]));
  const r = levelsA.length;
  const c = levelsB.length;
  const table = new Float64Array(r * c);
  for (let i = 0; i < n; i++) table[rowOf.get(a[i]!)! * c + columnOf.get(b[i]!)!]!++;
  const rowSums = new Float64Array(r);
  const columnSums = new Float64Array(c);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      rowSums[i]! += table[i * c + j]!;
      columnSums[j]! += table[i * c + j]!;
    }
  }
  const dof = (r - 1) * (c - 1);
  if (n === 0 || dof === 0) return { test: 'chi-square', statistic: 0, pValue: 1, df: [dof], n };
  let statistic = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const expected = (rowSums[i]! * columnSums[j]!) / n;
      let observed = table[i * c + j]!;
      if (yates && dof === 1) {
        const gap = expected - observed;
        observed += Math.sign(gap) * Math.min(0.5, Math.abs(gap));
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return {
    test: 'chi-square',
    statistic,
    pValue: computeChiSquareSurvival(statistic, dof),
    df: [dof],
    n,
  };
}
