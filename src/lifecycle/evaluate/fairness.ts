/**
 * Group fairness of predicted classes for one sensitive column and one positive class:
 * selection rate and true positive rate per group, demographic parity and equal opportunity
 * differences (as fairlearn's `demographic_parity_difference` and
 * `equal_opportunity_difference`). Plain numbers only.
 */
import { missingSliceValue } from './slices';
import type { FairnessReport } from './types';

function groupOf(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return missingSliceValue;
  if (typeof value === 'number' && Number.isNaN(value)) return missingSliceValue;
  return String(value);
}

/**
 * Per group (value of `values`, missing as "(missing)", in order of first appearance): rows,
 * selection rate P(predicted = positive) and true positive rate P(predicted = positive | truth =
 * positive), null without positives; max − min of each over the groups.
 */
export function computeFairness(
  values: ArrayLike<string | number | boolean | null>,
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  positive: number,
  labels: string[],
  column: string,
): FairnessReport {
  const tally = new Map<
    string,
    { rows: number; selected: number; positives: number; hits: number }
  >();
  for (let i = 0; i < truth.length; i++) {
    const key = groupOf(values[i]);
    const group = tally.get(key) ?? { rows: 0, selected: 0, positives: 0, hits: 0 };
    const selected = predicted[i] === positive;
    group.rows += 1;
    if (selected) group.selected += 1;
    if (truth[i] === positive) {
      group.positives += 1;
      if (selected) group.hits += 1;
    }
    tally.set(key, group);
  }
  const groups = [...tally].map(([value, g]) => ({
    value,
    rows: g.rows,
    selectionRate: g.selected / g.rows,
    truePositiveRate: g.positives > 0 ? g.hits / g.positives : null,
  }));
  const rates = groups.map((g) => g.selectionRate);
  const tprs = groups.flatMap((g) => (g.truePositiveRate === null ? [] : [g.truePositiveRate]));
  return {
    column,
    positive: labels[positive] ?? String(positive),
    groups,
    demographicParityDifference: rates.length > 0 ? Math.max(...rates) - Math.min(...rates) : 0,
    equalOpportunityDifference: tprs.length >= 2 ? Math.max(...tprs) - Math.min(...tprs) : null,
  };
}
