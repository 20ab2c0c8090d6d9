/**
 * Which rows of a version are train, validation and test: read from the version's split column,
 * or a seeded split made by the run (the same allocation as the data stage's split step).
 */
import { createRandom } from '../../shared/random';
import { computeSplitAssignment, splitParts } from '../data/recipe/split';
import type { ColumnTable, DatasetSchema } from '../data/types';
import type { Task } from '../plan/types';
import { findTrainingColumn, schemaMismatchError } from './read-column';
import type { SplitSource } from './run-types';

/** Rows (0-based, ascending) of each part. */
export interface PartRows {
  train: number[];
  validation: number[];
  test: number[];
}

/** Share of the training rows carved out as validation when a split has none. */
export const carvedValidationShare = 0.15;

/**
 * Part of every row: 0 train, 1 validation, 2 test, -1 none (a split column cell that is
 * missing or not one of train/validation/test).
 */
export function computePartCodes(
  schema: DatasetSchema,
  table: ColumnTable,
  split: SplitSource,
  task: Task,
  target: string,
): Int32Array {
  if (split.source === 'column') {
    const column = findTrainingColumn(schema, table, split.column).values;
    if (column.kind !== 'coded')
      throw schemaMismatchError(split.column, 'is not a train/validation/test column');
    const parts = column.dictionary.map((name) => (splitParts as readonly string[]).indexOf(name));
    return Int32Array.from(column.codes, (code) => (code < 0 ? -1 : (parts[code] ?? -1)));
  }
  return computeSplitAssignment(
    {
      kind: 'split',
      method: task === 'classification' ? 'stratified' : 'random',
      ratios: split.ratios,
      seed: split.seed,
      column: target,
    },
    { schema, table },
  );
}

/** The kept rows grouped by part code. */
export function computePartRows(codes: Int32Array, keep: (row: number) => boolean): PartRows {
  const parts: PartRows = { train: [], validation: [], test: [] };
  const lists = [parts.train, parts.validation, parts.test];
  codes.forEach((code, row) => {
    if (code >= 0 && keep(row)) lists[code]?.push(row);
  });
  return parts;
}

/**
 * A seeded 15% of the training rows (at least 1 when there are 2 or more) moved to validation;
 * returns how many moved. Both lists stay ascending.
 */
export function carveValidation(parts: PartRows, seed: number): number {
  const n = parts.train.length;
  const count = n < 2 ? 0 : Math.max(1, Math.round(n * carvedValidationShare));
  if (count === 0) return 0;
  const shuffled = [...parts.train];
  const random = createRandom(seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const moved = new Set(shuffled.slice(0, count));
  parts.validation = [...moved].sort((a, b) => a - b);
  parts.train = parts.train.filter((row) => !moved.has(row));
  return count;
}
