/** Per-column drift with the default test by type and sample sizes, and dataset drift. */
import {
  defaultDriftShare,
  defaultJensenShannonThreshold,
  defaultPValueThreshold,
  defaultWassersteinThreshold,
  largeReferenceRows,
} from './defaults';
import { computeCategoryCounts, computeChiSquareGoodnessOfFit } from './chi-square';
import { computeJensenShannon } from './jensen-shannon';
import { computeKsTest, computeSortedPresent } from './ks-test';
import { computeWassersteinNorm } from './wasserstein';
import type { ColumnDrift, DatasetDrift, DriftColumnInput } from './types';

/** One column's drift by the defaults in defaults.ts (KS / normed Wasserstein / chi-square / JS). */
export function computeColumnDrift(input: DriftColumnInput): ColumnDrift {
  const { column } = input;
  if (input.kind === 'numeric') {
    const referenceRows = computeSortedPresent(input.reference, 'reference').length;
    const currentRows = computeSortedPresent(input.current, 'current').length;
    if (Math.min(referenceRows, currentRows) <= largeReferenceRows) {
      const { statistic, pValue } = computeKsTest(input.reference, input.current);
      const threshold = defaultPValueThreshold;
      return { column, test: 'ks', statistic, pValue, threshold, drifted: pValue < threshold };
    }
    const statistic = computeWassersteinNorm(input.reference, input.current);
    const threshold = defaultWassersteinThreshold;
    const drifted = statistic >= threshold;
    return { column, test: 'wasserstein-norm', statistic, pValue: null, threshold, drifted };
  }
  const counts = computeCategoryCounts(input.reference, input.current);
  const referenceRows = counts.reference.reduce((sum, count) => sum + count, 0);
  const currentRows = counts.current.reduce((sum, count) => sum + count, 0);
  if (Math.min(referenceRows, currentRows) <= largeReferenceRows) {
    const { statistic, pValue } = computeChiSquareGoodnessOfFit(counts);
    const threshold = defaultPValueThreshold;
    return {
      column,
      test: 'chi-square',
      statistic,
      pValue,
      threshold,
      drifted: pValue < threshold,
    };
  }
  const statistic = computeJensenShannon(counts.reference, counts.current);
  const threshold = defaultJensenShannonThreshold;
  const drifted = statistic >= threshold;
  return { column, test: 'jensen-shannon', statistic, pValue: null, threshold, drifted };
}

/** Dataset drift: the share of drifted columns, and whether it reaches `share`. */
export function computeDatasetDrift(
  columns: readonly ColumnDrift[],
  share = defaultDriftShare,
): DatasetDrift {
  const driftedShare =
    columns.length === 0 ? 0 : columns.filter((c) => c.drifted).length / columns.length;
  return { driftedShare, drifted: columns.length > 0 && driftedShare >= share };
}
