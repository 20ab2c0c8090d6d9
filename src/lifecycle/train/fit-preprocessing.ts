/**
 * Fitting the preprocessing on the training rows only: means and scales of numeric columns,
 * sorted categories of category columns, and the target's classes or scale.
 */
import type { ColumnTable, DatasetSchema } from '../data/types';
import type { Task } from '../plan/types';
import { createAllMissingError } from './check-training';
import {
  computeSortedLabels,
  createLabelReader,
  findTrainingColumn,
  isCategorical,
  schemaMismatchError,
} from './read-column';
import type { FeatureTransform, TargetTransform, TrainingNote } from './run-types';

/** Mean and population standard deviation (ddof 0) of the present (non-NaN) values at `rows`. */
export function computeMeanStd(
  values: Float64Array,
  rows: readonly number[],
): { mean: number; std: number; count: number } {
  let count = 0;
  let sum = 0;
  for (const row of rows) {
    const v = values[row]!;
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
  }
  const mean = count > 0 ? sum / count : NaN;
  let squares = 0;
  for (const row of rows) {
    const v = values[row]!;
    if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  }
  return { mean, std: count > 0 ? Math.sqrt(squares / count) : NaN, count };
}

/**
 * Feature transforms fitted on the training rows: numeric columns standardised (zero spread →
 * scale 1, constant), category and boolean columns one-hot over their sorted training
 * categories, text columns skipped. `all-missing` when a column has no training value.
 */
export function fitFeatures(
  schema: DatasetSchema,
  table: ColumnTable,
  trainRows: readonly number[],
  names: readonly string[],
): { features: FeatureTransform[]; notes: TrainingNote[] } {
  const features: FeatureTransform[] = [];
  const notes: TrainingNote[] = [];
  for (const name of names) {
    const column = findTrainingColumn(schema, table, name);
    if (column.schema.type === 'text') {
      notes.push({ code: 'text-column-skipped', column: name });
      continue;
    }
    if (isCategorical(column)) {
      const read = createLabelReader(column.values);
      const labels = trainRows.map(read).filter((label): label is string => label !== null);
      if (labels.length === 0) throw createAllMissingError(name);
      const numeric = column.values.kind === 'numeric';
      features.push({
        kind: 'one-hot',
        column: name,
        categories: computeSortedLabels(labels, numeric),
      });
      continue;
    }
    if (column.values.kind !== 'numeric') throw schemaMismatchError(name, 'is not a number column');
    const { mean, std, count } = computeMeanStd(column.values.values, trainRows);
    if (count === 0) throw createAllMissingError(name);
    const constant = !(std > 0);
    if (constant) notes.push({ code: 'constant-column', column: name });
    features.push({ kind: 'numeric', column: name, mean, scale: constant ? 1 : std, constant });
  }
  return { features, notes };
}

/**
 * The target as the model sees it. Classification: the sorted labels of every non-missing
 * target cell of the version (numbers as their string forms, sorted numerically), so test rows'
 * classes have an index. Regression: the training mean and scale (zero spread → 1).
 */
export function fitTarget(
  schema: DatasetSchema,
  table: ColumnTable,
  task: Task,
  target: string,
  presentRows: readonly number[],
  trainRows: readonly number[],
): TargetTransform {
  const column = findTrainingColumn(schema, table, target);
  if (task === 'classification') {
    const read = createLabelReader(column.values);
    const labels = presentRows.map((row) => read(row)!);
    const numeric = column.values.kind === 'numeric';
    return { kind: 'classes', column: target, classes: computeSortedLabels(labels, numeric) };
  }
  if (column.values.kind !== 'numeric') {
    throw schemaMismatchError(
      target,
      'is not a number column, so it cannot be a regression target',
    );
  }
  const { mean, std } = computeMeanStd(column.values.values, trainRows);
  return { kind: 'numeric', column: target, mean, scale: std > 0 ? std : 1 };
}
