/**
 * The one preprocessing path: fitted parameters turn rows of a version into model inputs and
 * targets, the same way for training, evaluation, serving and retraining.
 */
import { LabError } from '../../shared/lab-error';
import type { ColumnTable, DatasetSchema } from '../data/types';
import {
  createCategoryIndexer,
  createLabelReader,
  findTrainingColumn,
  isCategorical,
  schemaMismatchError,
} from './read-column';
import type { FeatureTransform, FittedPreprocessing, TargetTransform } from './run-types';

type Writer = (row: number, out: Float32Array, at: number) => void;

function createWriter(schema: DatasetSchema, table: ColumnTable, step: FeatureTransform): Writer {
  const column = findTrainingColumn(schema, table, step.column);
  if (step.kind === 'numeric') {
    if (column.values.kind !== 'numeric' || isCategorical(column)) {
      throw schemaMismatchError(step.column, 'is not a number column');
    }
    const values = column.values.values;
    const { mean, scale } = step;
    return (row, out, at) => {
      const value = values[row] ?? NaN;
      out[at] = Number.isNaN(value) ? 0 : (value - mean) / scale;
    };
  }
  if (!isCategorical(column)) throw schemaMismatchError(step.column, 'is not a category column');
  const position = createCategoryIndexer(column.values, step.categories);
  return (row, out, at) => {
    const p = position(row);
    if (p >= 0) out[at + p] = 1;
  };
}

/** Model inputs per fitted feature: 1 for a numeric column, one per category for a one-hot one. */
export function computeFeatureWidth(step: FeatureTransform): number {
  return step.kind === 'numeric' ? 1 : step.categories.length;
}

/** The source column of every model input, in input order (one-hot columns repeat). */
export function computeInputColumns(fitted: FittedPreprocessing): string[] {
  return fitted.features.flatMap((step) =>
    Array.from({ length: computeFeatureWidth(step) }, () => step.column),
  );
}

/**
 * Rows (0-based) of a version as row-major model inputs (rows × inputWidth): numeric columns
 * standardised with the fitted mean and scale (missing → 0, the mean), one-hot columns 1 at the
 * fitted category (missing or unseen → all zeros). SCHEMA_MISMATCH when a fitted column is
 * absent or of the wrong kind.
 */
export function applyPreprocessing(
  schema: DatasetSchema,
  table: ColumnTable,
  rows: ArrayLike<number>,
  fitted: FittedPreprocessing,
): Float32Array {
  const writers = fitted.features.map((step) => ({
    write: createWriter(schema, table, step),
    width: computeFeatureWidth(step),
  }));
  const width = fitted.inputWidth;
  const out = new Float32Array(rows.length * width);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let at = i * width;
    for (const { write, width: w } of writers) {
      write(row, out, at);
      at += w;
    }
  }
  return out;
}

/**
 * Target per row as the model sees it: the class index (-1 for missing or unknown labels) or
 * the standardised value (NaN for missing). SCHEMA_MISMATCH when the target column is unfit.
 */
export function computeTargetValues(
  schema: DatasetSchema,
  table: ColumnTable,
  rows: ArrayLike<number>,
  target: TargetTransform,
): Float32Array {
  const column = findTrainingColumn(schema, table, target.column);
  const out = new Float32Array(rows.length);
  if (target.kind === 'classes') {
    const index = createCategoryIndexer(column.values, target.classes);
    for (let i = 0; i < rows.length; i++) out[i] = index(rows[i]!);
    return out;
  }
  if (column.values.kind !== 'numeric') {
    throw schemaMismatchError(target.column, 'is not a number column');
  }
  const values = column.values.values;
  for (let i = 0; i < rows.length; i++) {
    out[i] = ((values[rows[i]!] ?? NaN) - target.mean) / target.scale;
  }
  return out;
}

/** The class index of one row's target (-1 when missing or not among the fitted classes). */
export function readTargetIndex(
  schema: DatasetSchema,
  table: ColumnTable,
  row: number,
  target: TargetTransform,
): number {
  if (target.kind !== 'classes') throw schemaMismatchError(target.column, 'is not a class target');
  const column = findTrainingColumn(schema, table, target.column);
  const label = createLabelReader(column.values)(row);
  return label === null ? -1 : target.classes.indexOf(label);
}

/** A standardised regression output back in the target's original units. */
export function decodeRegression(value: number, target: TargetTransform): number {
  if (target.kind !== 'numeric') {
    throw new LabError('SCHEMA_MISMATCH', `target "${target.column}" holds classes, not numbers`, {
      column: target.column,
      params: { column: target.column, reason: 'is not a number target' },
    });
  }
  return value * target.scale + target.mean;
}
