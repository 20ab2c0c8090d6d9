/** Two-sample Kolmogorov–Smirnov test, as scipy 1.10.1 `ks_2samp(a, b)` (two-sided, 'auto'). */
import { LabError } from '../../shared/lab-error';
import { ksExactMaxSize } from './defaults';
import { computeGcd, computeOuterProbInside, computeProbOutsideSquare } from './ks-exact';
import { computeKolmogorovSurvival } from './kolmogorov';
import type { KsResult } from './types';

/** The values of a window without its missing (NaN) entries, sorted ascending. */
export function computeSortedPresent(values: ArrayLike<number>, field: string): Float64Array {
  const present = Float64Array.from(values).filter((v) => !Number.isNaN(v));
  if (present.length === 0) {
    throw new LabError('INVALID_ARGUMENT', `the ${field} window has no values`, {
      params: { field, reason: 'empty-window' },
    });
  }
  return present.sort();
}

/** The largest gap between the two empirical CDFs of sorted samples (ties handled as scipy). */
export function computeKsStatistic(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

/** KS statistic and two-sided p-value of a reference and a current window; NaNs are dropped. */
export function computeKsTest(reference: ArrayLike<number>, current: ArrayLike<number>): KsResult {
  const a = computeSortedPresent(reference, 'reference');
  const b = computeSortedPresent(current, 'current');
  const n1 = a.length;
  const n2 = b.length;
  const d = computeKsStatistic(a, b);
  if (Math.max(n1, n2) <= ksExactMaxSize) {
    const g = computeGcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const rounded = h / lcm;
    if (h === 0) return { statistic: rounded, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? computeProbOutsideSquare(n1, h) : computeOuterProbInside(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: rounded, pValue: p, method: 'exact' };
  }
  const en = Math.round((n1 * n2) / (n1 + n2));
  const p = computeKolmogorovSurvival(en, d);
  return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: 'asymptotic' };
}
