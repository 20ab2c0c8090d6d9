/**
 * From a dataset version to model-ready matrices: rows without a target dropped, parts
 * assigned, preprocessing fitted on the training rows only and applied to every part through
 * the one preprocessing path.
 */
import type { ColumnTable, DatasetSchema } from '../data/types';
import {
  applyPreprocessing,
  computeFeatureWidth,
  computeTargetValues,
} from './apply-preprocessing';
import { carveValidation, computePartCodes, computePartRows } from './assign-parts';
import { createTrainCheckError } from './check-hyper';
import { fitFeatures, fitTarget } from './fit-preprocessing';
import { createLabelReader } from './read-column';
import type {
  FittedPreprocessing,
  TrainConfig,
  TrainingData,
  TrainingMatrix,
  TrainingNote,
} from './run-types';

/** What preparation reads: the version and the data side of a run's config. */
export interface TrainingInput {
  schema: DatasetSchema;
  table: ColumnTable;
  /** `seed` (optional) seeds the validation carve when the split is a column. */
  config: Pick<TrainConfig, 'task' | 'target' | 'features' | 'split' | 'hyper' | 'model'> & {
    seed?: number;
  };
}

/** Seed of the validation carve when neither the split nor the config gives one. */
export const defaultCarveSeed = 42;

function presentTargetRows(input: TrainingInput): number[] {
  const { schema, table, config } = input;
  const c = table.names.indexOf(config.target);
  const known = schema.columns.some((column) => column.name === config.target);
  const column = table.columns[c];
  if (!config.target || !known || !column) {
    throw createTrainCheckError(
      'no-target',
      'target',
      `target "${config.target}" is not a column of the version`,
      { column: config.target ?? '' },
    );
  }
  const read = createLabelReader(column);
  const rows: number[] = [];
  for (let row = 0; row < table.rowCount; row++) if (read(row) !== null) rows.push(row);
  return rows;
}

function buildMatrix(
  input: TrainingInput,
  rows: readonly number[],
  fitted: FittedPreprocessing,
): TrainingMatrix {
  const indices = Int32Array.from(rows);
  return {
    rows: indices,
    x: applyPreprocessing(input.schema, input.table, indices, fitted),
    y: computeTargetValues(input.schema, input.table, indices, fitted.target),
  };
}

/**
 * Train, validation and test matrices of a version, with the preprocessing fitted on the
 * training rows only and notes of what preparation decided (rows dropped, columns skipped or
 * constant, validation carved from train when the split has none).
 */
export function computeTrainingData(input: TrainingInput): TrainingData {
  const { schema, table, config } = input;
  const notes: TrainingNote[] = [];
  const present = presentTargetRows(input);
  const dropped = table.rowCount - present.length;
  if (dropped > 0)
    notes.push({ code: 'missing-target-dropped', column: config.target, count: dropped });
  const isPresent = new Uint8Array(table.rowCount);
  for (const row of present) isPresent[row] = 1;
  const codes = computePartCodes(schema, table, config.split, config.task, config.target);
  const parts = computePartRows(codes, (row) => isPresent[row] === 1);
  if (parts.validation.length === 0) {
    const seed =
      config.split.source === 'seeded' ? config.split.seed : (config.seed ?? defaultCarveSeed);
    const count = carveValidation(parts, seed);
    if (count > 0) notes.push({ code: 'validation-carved', count });
  }
  const fittedFeatures = fitFeatures(schema, table, parts.train, config.features);
  notes.push(...fittedFeatures.notes);
  const target = fitTarget(schema, table, config.task, config.target, present, parts.train);
  const preprocessing: FittedPreprocessing = {
    features: fittedFeatures.features,
    inputWidth: fittedFeatures.features.reduce((sum, step) => sum + computeFeatureWidth(step), 0),
    target,
  };
  return {
    preprocessing,
    train: buildMatrix(input, parts.train, preprocessing),
    validation: buildMatrix(input, parts.validation, preprocessing),
    test: buildMatrix(input, parts.test, preprocessing),
    notes,
  };
}
