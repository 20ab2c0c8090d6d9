/**
 * Range checks of a model and its hyperparameters, shared by the run checks and by search
 * trials. Each failure is INVALID_ARGUMENT `bad-hyper` naming the field and its limits.
 */
import { LabError, type LabErrorParams } from '../../shared/lab-error';
import type { Task } from '../plan/types';
import type { ModelSpec, TrainHyper } from './run-types';

/** Reasons of the train checks; each has an `invalid.<reason>` message in the catalogs. */
export type TrainCheckReason =
  | 'no-target'
  | 'no-features'
  | 'all-missing'
  | 'single-class'
  | 'too-few-rows'
  | 'non-finite'
  | 'family-task'
  | 'bad-hyper';

/** INVALID_ARGUMENT of a train check, with `{ field, reason, ...extra }` params for the catalogs. */
export function createTrainCheckError(
  reason: TrainCheckReason,
  field: string,
  message: string,
  extra: Readonly<Record<string, string | number>> = {},
): LabError {
  const params: LabErrorParams = { ...extra, field, reason };
  const location: { row?: number; column?: string } = {};
  if (typeof extra.row === 'number') location.row = extra.row;
  if (typeof extra.column === 'string') location.column = extra.column;
  return new LabError('INVALID_ARGUMENT', message, { ...location, params });
}

function badHyper(field: string, limits: string, value: unknown): LabError {
  return createTrainCheckError(
    'bad-hyper',
    field,
    `${field} must be ${limits}, got ${JSON.stringify(value)}`,
    { limits },
  );
}

const optimizers = ['adam', 'sgd', 'rmsprop'];
const activations = ['relu', 'tanh', 'sigmoid', 'elu'];
const families = ['linear', 'logistic', 'mlp'];

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Throws `bad-hyper` for the first hyperparameter outside its range. */
export function checkHyperRanges(hyper: TrainHyper): void {
  const { learningRate, batchSize, epochs, earlyStopping } = hyper;
  if (!optimizers.includes(hyper.optimizer))
    throw badHyper('hyper.optimizer', optimizers.join(' | '), hyper.optimizer);
  if (!isNumber(learningRate) || learningRate <= 0)
    throw badHyper('hyper.learningRate', '> 0', learningRate);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw badHyper('hyper.batchSize', 'a whole number ≥ 1', batchSize);
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 1000)
    throw badHyper('hyper.epochs', 'a whole number in 1–1000', epochs);
  if (hyper.classWeights !== 'none' && hyper.classWeights !== 'balanced')
    throw badHyper('hyper.classWeights', 'none | balanced', hyper.classWeights);
  if (earlyStopping !== null) {
    if (!Number.isInteger(earlyStopping.patience) || earlyStopping.patience < 1)
      throw badHyper('hyper.earlyStopping.patience', 'a whole number ≥ 1', earlyStopping.patience);
    if (typeof earlyStopping.metric !== 'string' || earlyStopping.metric === '')
      throw badHyper('hyper.earlyStopping.metric', 'a metric name', earlyStopping.metric);
  }
}

/** Throws `bad-hyper` for the first model setting outside its range. */
export function checkModelRanges(model: ModelSpec): void {
  if (!families.includes(model.family))
    throw badHyper('model.family', families.join(' | '), model.family);
  if (!activations.includes(model.activation))
    throw badHyper('model.activation', activations.join(' | '), model.activation);
  if (!isNumber(model.dropout) || model.dropout < 0 || model.dropout >= 1)
    throw badHyper('model.dropout', 'in [0, 1)', model.dropout);
  if (!isNumber(model.l2) || model.l2 < 0) throw badHyper('model.l2', '≥ 0', model.l2);
  const hidden: unknown = model.hidden;
  if (
    !Array.isArray(hidden) ||
    !hidden.every((units) => Number.isInteger(units) && (units as number) > 0)
  )
    throw badHyper('model.hidden', 'whole numbers > 0', hidden);
}

/** Throws `family-task` when logistic meets regression or linear meets classification. */
export function checkFamilyTask(family: ModelSpec['family'], task: Task): void {
  if (
    (family === 'logistic' && task === 'regression') ||
    (family === 'linear' && task === 'classification')
  ) {
    throw createTrainCheckError(
      'family-task',
      'model.family',
      `model family ${family} does not fit a ${task} task`,
      { family, task },
    );
  }
}
