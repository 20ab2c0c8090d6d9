/**
 * Categorical drift by chi-square. Categories are the union of both windows (as Evidently):
 * a category unseen in the reference counts 0 there. The goodness-of-fit form matches scipy
 * `chisquare(f_obs = current counts, f_exp = reference share × n_current)`, Evidently's choice; a
 * category new in the current window then has expected 0, so the statistic is Infinity and the
 * p-value 0. The contingency form matches scipy `chi2_contingency` on the 2 × k table.
 */
import { computeChiSquareSurvival } from '../data/importance/distributions';
import { computePairwiseSum } from './numpy-sum';
import type { CategoryCounts, ChiSquareResult } from './types';

/** Counts per category of both windows over the sorted union of categories; nulls dropped. */
export function computeCategoryCounts(
  reference: readonly (string | null)[],
  current: readonly (string | null)[],
): CategoryCounts {
  const seen = new Set<string>();
  for (const value of [...reference, ...current]) if (value !== null) seen.add(value);
  const categories = [...seen].sort();
  const index = new Map(categories.map((category, i) => [category, i]));
  const count = (values: readonly (string | null)[]): number[] => {
    const counts = new Array<number>(categories.length).fill(0);
    for (const value of values) if (value !== null) counts[index.get(value)!]!++;
    return counts;
  };
  return { categories, reference: count(reference), current: count(current) };
}

/** Goodness of fit of the current counts to the reference shares (dof = categories − 1). */
export function computeChiSquareGoodnessOfFit(counts: CategoryCounts): ChiSquareResult {
  const refTotal = computePairwiseSum(counts.reference);
  const curTotal = computePairwiseSum(counts.current);
  const terms = counts.current.map((observed, i) => {
    const expected = (counts.reference[i]! / refTotal) * curTotal;
    return ((observed - expected) * (observed - expected)) / expected;
  });
  const statistic = computePairwiseSum(terms);
  const dof = counts.categories.length - 1;
  const pValue = dof === 0 ? 1 : computeChiSquareSurvival(statistic, dof);
  return { statistic, pValue, dof };
}

/** Chi-square test of independence on the reference/current × category table (Yates at dof 1). */
export function computeChiSquareContingency(counts: CategoryCounts): ChiSquareResult {
  const rows = [counts.reference, counts.current];
  const rowSums = rows.map((row) => computePairwiseSum(row));
  const total = rowSums[0]! + rowSums[1]!;
  const columnSums = counts.reference.map((r, i) => r + counts.current[i]!);
  const dof = counts.categories.length - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof };
  const terms = rows.flatMap((row, r) =>
    row.map((observed, c) => {
      const expected = (rowSums[r]! * columnSums[c]!) / total;
      let adjusted = observed;
      if (dof === 1) {
        const diff = expected - observed;
        adjusted = observed + Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      return ((adjusted - expected) * (adjusted - expected)) / expected;
    }),
  );
  const statistic = computePairwiseSum(terms);
  return { statistic, pValue: computeChiSquareSurvival(statistic, dof), dof };
}
