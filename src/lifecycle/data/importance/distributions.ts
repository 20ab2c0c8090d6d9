import { computeRegularizedBeta, computeRegularizedGamma } from './special-functions';

/** P(F > f) for Snedecor's F with d1, d2 degrees of freedom (scipy `f.sf`, cephes `fdtrc`). */
export function computeFSurvival(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f) || !(d1 > 0 && d2 > 0)) return Number.NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return computeRegularizedBeta(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
}

/** P(X > x) for chi-square with `df` degrees of freedom (scipy `chi2.sf`). */
export function computeChiSquareSurvival(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return computeRegularizedGamma(df / 2, x / 2).upper;
}
