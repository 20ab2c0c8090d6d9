/** Permutation importance: how much a score drops when one feature's values are shuffled. */
import { createRandom } from '../../shared/random';
import type { ColumnTable } from '../data/types';
import { permutationRepeats } from './defaults';
import type { Score } from './predict';
import {
  computeColumn,
  computeColumnCopy,
  computeColumnData,
  computeColumnIndex,
  computeInvalidArgument,
  computeTableWithColumn,
} from './table-columns';
import type { PermutationImportance, PermutationReport } from './types';

/** Inputs of `computePermutationImportance`. */
export interface PermutationOptions {
  table: ColumnTable;
  /** Version rows scored (e.g. the test split). */
  rows: ArrayLike<number>;
  /** Source columns to permute, each as a whole (a one-hot category moves as one column). */
  features: string[];
  score: Score;
  /** Name of the score for the report (`accuracy`, `r2`, `neg_mae`…). */
  metric: string;
  repeats?: number;
  seed: number;
}

/** A 32-bit seed for one feature and repeat, derived from the report's seed. */
export function computeRepeatSeed(seed: number, feature: number, repeat: number): number {
  let h = (seed ^ Math.imul(feature + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(repeat + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded Fisher–Yates permutation of 0..n-1. */
export function computePermutation(n: number, seed: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  const random = createRandom(seed);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
  return order;
}

/** The mean and population standard deviation of a list of numbers. */
export function computeMeanStd(values: readonly number[]): { mean: number; std: number } {
  if (values.length === 0) return { mean: NaN, std: NaN };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}

/** The metric's drop per feature when its values at `rows` are permuted among those rows. */
export async function computePermutationImportance(
  options: PermutationOptions,
): Promise<PermutationReport> {
  const { table, rows, features, score, metric, seed } = options;
  const repeats = options.repeats ?? permutationRepeats;
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw computeInvalidArgument('repeats', 'not_positive', 'repeats must be a positive integer');
  }
  if (features.length === 0) {
    throw computeInvalidArgument('features', 'required', 'choose at least one feature');
  }
  const baseline = await score(table, rows);
  const results: PermutationImportance[] = [];
  for (const [f, feature] of features.entries()) {
    const index = computeColumnIndex(table, feature);
    const source = computeColumn(table, index);
    const sourceData = computeColumnData(source);
    const drops: number[] = [];
    for (let r = 0; r < repeats; r += 1) {
      const order = computePermutation(rows.length, computeRepeatSeed(seed, f, r));
      const column = computeColumnCopy(source);
      const data = computeColumnData(column);
      for (let i = 0; i < rows.length; i += 1) {
        data[rows[i] ?? 0] = sourceData[rows[order[i] ?? 0] ?? 0] ?? NaN;
      }
      drops.push(baseline - (await score(computeTableWithColumn(table, index, column), rows)));
    }
    results.push({ feature, ...computeMeanStd(drops), drops });
  }
  results.sort((a, b) => b.mean - a.mean);
  return { metric, baseline, repeats, seed, features: results };
}
