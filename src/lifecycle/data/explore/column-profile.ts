import { LabError } from '../../../shared/lab-error';
import type { ColumnValues } from '../types';
import { defaultHistogramRule, defaultMaxBins, defaultTopCount } from './defaults';
import { computeHistogram } from './histogram';
import {
  computeMoments,
  computeSortedPresent,
  computeSortedQuantile,
  computeSortedUniqueCount,
} from './summary-statistics';
import type {
  CategoryCount,
  CodedProfile,
  ColumnProfile,
  ColumnProfileOptions,
  NumericProfile,
} from './types';

/**
 * A column's profile as pandas `describe` would give it: counts, moments, quartiles and a
 * histogram for numbers; counts and the most frequent values for categories. One copy and one
 * sort for numbers (about 0.1 s per million rows), one counting pass for categories.
 */
export function computeColumnProfile(
  column: ColumnValues,
  options: ColumnProfileOptions = {},
): ColumnProfile {
  return column.kind === 'numeric'
    ? computeNumericProfile(column.values, options)
    : computeCodedProfile(column.codes, column.dictionary, options);
}

/** Profile of a numeric column (NaN = missing). */
export function computeNumericProfile(
  values: Float64Array,
  options: ColumnProfileOptions = {},
): NumericProfile {
  const sorted = computeSortedPresent(values);
  const count = sorted.length;
  const { mean, std, skew } = computeMoments(sorted);
  return {
    kind: 'numeric',
    count,
    missing: values.length - count,
    unique: computeSortedUniqueCount(sorted),
    mean,
    std,
    min: count > 0 ? sorted[0]! : Number.NaN,
    q1: computeSortedQuantile(sorted, 0.25),
    median: computeSortedQuantile(sorted, 0.5),
    q3: computeSortedQuantile(sorted, 0.75),
    max: count > 0 ? sorted[count - 1]! : Number.NaN,
    skew,
    histogram: computeHistogram(
      sorted,
      options.histogram ?? defaultHistogramRule,
      options.maxBins ?? defaultMaxBins,
    ),
  };
}

/** Profile of a coded column (code -1 = missing); ties in `top` break by value, ascending. */
export function computeCodedProfile(
  codes: Int32Array,
  dictionary: readonly string[],
  options: ColumnProfileOptions = {},
): CodedProfile {
  const tally = computeCodeCounts(codes, dictionary.length);
  let count = 0;
  let unique = 0;
  const present: CategoryCount[] = [];
  for (let code = 0; code < tally.length; code++) {
    const n = tally[code]!;
    if (n === 0) continue;
    count += n;
    unique++;
    present.push({ value: dictionary[code]!, count: n });
  }
  present.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return {
    kind: 'coded',
    count,
    missing: codes.length - count,
    unique,
    top: present.slice(0, options.topCount ?? defaultTopCount),
  };
}

/** Rows per dictionary code; a code outside [-1, size) is an INVALID_ARGUMENT error. */
export function computeCodeCounts(codes: Int32Array, size: number): Int32Array {
  const tally = new Int32Array(size);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) {
      if (code === -1) continue;
    } else if (code < size) {
      tally[code]!++;
      continue;
    }
    throw new LabError('INVALID_ARGUMENT', `Code ${code} at row ${i} is outside the dictionary.`, {
      row: i,
    });
  }
  return tally;
}
