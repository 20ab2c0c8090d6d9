/**
 * Bad-input checks that run before training: each throws INVALID_ARGUMENT with
 * `{ field, reason, column?, row? }` so the facade can say which column, which row and why.
 */
import type { LabError } from '../../shared/lab-error';
import type { DatasetSchema } from '../data/types';
import type { Task } from '../plan/types';
import { computeInputColumns } from './apply-preprocessing';
import {
  checkFamilyTask,
  checkHyperRanges,
  checkModelRanges,
  createTrainCheckError,
} from './check-hyper';
import type { TrainConfig, TrainHyper, TrainingData, TrainingMatrix } from './run-types';

/** The part of a run's config the config checks read; the target may be unset. */
export type CheckedConfig = Pick<TrainConfig, 'task' | 'features' | 'model' | 'hyper'> & {
  target: string | null;
};

/**
 * Checks that need no data: a target is chosen (and, given the schema, exists), features are
 * chosen, the model family fits the task, and every hyperparameter is in range.
 */
export function checkTrainConfig(config: CheckedConfig, schema?: DatasetSchema): void {
  const { target } = config;
  const known = !schema || schema.columns.some((column) => column.name === target);
  if (typeof target !== 'string' || target === '' || !known) {
    throw createTrainCheckError(
      'no-target',
      'target',
      target ? `target "${target}" is not a column of the version` : 'no target column is chosen',
      { column: target ?? '' },
    );
  }
  if (!Array.isArray(config.features) || config.features.length === 0) {
    throw createTrainCheckError('no-features', 'features', 'no feature columns are chosen');
  }
  checkModelRanges(config.model);
  checkFamilyTask(config.model.family, config.task);
  checkHyperRanges(config.hyper);
}

/** `all-missing` for a feature column with no value in the training rows. */
export function createAllMissingError(column: string): LabError {
  return createTrainCheckError(
    'all-missing',
    'features',
    `column "${column}" has no values in the training rows`,
    { column },
  );
}

function checkFinite(
  part: TrainingMatrix,
  inputs: readonly string[],
  targetColumn: string,
  task: Task,
): void {
  const width = inputs.length;
  const x = part.x;
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]!)) continue;
    const row = part.rows[Math.floor(i / width)]! + 1;
    const column = inputs[i % width]!;
    throw createTrainCheckError(
      'non-finite',
      'features',
      `row ${row}, column "${column}" is not a finite number after preprocessing`,
      { row, column },
    );
  }
  if (task !== 'regression') return;
  for (let i = 0; i < part.y.length; i++) {
    if (Number.isFinite(part.y[i]!)) continue;
    const row = part.rows[i]! + 1;
    throw createTrainCheckError(
      'non-finite',
      'target',
      `row ${row}, target "${targetColumn}" is not a finite number after preprocessing`,
      { row, column: targetColumn },
    );
  }
}

/**
 * Checks after preparation: classification has at least 2 classes in the training rows, there
 * are at least as many training rows as the batch size, and every model input and regression
 * target is finite (naming the 1-based row and the source column).
 */
export function checkTrainingData(data: TrainingData, hyper: TrainHyper, task: Task): void {
  const { train } = data;
  if (task === 'classification') {
    const classes = new Set(Array.from(train.y).filter((y) => y >= 0)).size;
    if (classes < 2) {
      throw createTrainCheckError(
        'single-class',
        'target',
        `the training rows hold ${classes} class(es); classification needs at least 2`,
        { classes, column: data.preprocessing.target.column },
      );
    }
  }
  const rows = train.rows.length;
  if (rows < hyper.batchSize) {
    throw createTrainCheckError(
      'too-few-rows',
      'hyper.batchSize',
      `${rows} training rows are fewer than the batch size ${hyper.batchSize}`,
      { rows, batchSize: hyper.batchSize },
    );
  }
  const inputs = computeInputColumns(data.preprocessing);
  const targetColumn = data.preprocessing.target.column;
  for (const part of [data.train, data.validation, data.test])
    checkFinite(part, inputs, targetColumn, task);
}
