/**
 * A search trial's overrides applied to a base model and hyperparameters, checked against the
 * same ranges as a plain run.
 */
import { LabError } from '../../shared/lab-error';
import { checkHyperRanges, checkModelRanges, createTrainCheckError } from './check-hyper';
import type { ModelSpec, TrainHyper } from './run-types';

/** Hyperparameter names a search space may use. */
export const searchParamKeys = [
  'learningRate',
  'batchSize',
  'epochs',
  'optimizer',
  'hidden',
  'units',
  'activation',
  'dropout',
  'l2',
  'family',
] as const;

/** One search-space name. */
export type SearchParamKey = (typeof searchParamKeys)[number];

/** A trial's value of one hyperparameter. */
export type TrialValue = number | string | number[];

/** Whether a name is a known search-space key. */
export function isSearchParamKey(key: string): key is SearchParamKey {
  return (searchParamKeys as readonly string[]).includes(key);
}

/** INVALID_ARGUMENT for a search-space name the lab does not know. */
export function createUnknownParamError(key: string): LabError {
  return new LabError('INVALID_ARGUMENT', `search space: unknown hyperparameter "${key}"`, {
    params: { field: `space.${key}`, reason: 'unknown_field' },
  });
}

function wrongType(key: string, expected: string, value: unknown): LabError {
  return createTrainCheckError(
    'bad-hyper',
    `space.${key}`,
    `${key} must be ${expected}, got ${JSON.stringify(value)}`,
    { limits: expected },
  );
}

function asNumber(key: string, value: TrialValue): number {
  if (typeof value !== 'number') throw wrongType(key, 'a number', value);
  return value;
}

function asText(key: string, value: TrialValue): string {
  if (typeof value !== 'string') throw wrongType(key, 'a name', value);
  return value;
}

/**
 * The model and hyperparameters of a trial: the base with each override applied (`units` n is
 * one hidden layer of n; `hidden` a list of layer widths). INVALID_ARGUMENT for unknown keys,
 * wrong types or values out of range.
 */
export function applyTrialParams(
  model: ModelSpec,
  hyper: TrainHyper,
  params: Readonly<Record<string, TrialValue>>,
): { model: ModelSpec; hyper: TrainHyper } {
  const m: ModelSpec = { ...model, hidden: [...model.hidden] };
  const h: TrainHyper = { ...hyper };
  for (const [key, value] of Object.entries(params)) {
    if (!isSearchParamKey(key)) throw createUnknownParamError(key);
    switch (key) {
      case 'learningRate':
      case 'batchSize':
      case 'epochs':
        h[key] = asNumber(key, value);
        break;
      case 'optimizer':
        h.optimizer = asText(key, value) as TrainHyper['optimizer'];
        break;
      case 'hidden':
        if (!Array.isArray(value)) throw wrongType(key, 'a list of layer widths', value);
        m.hidden = [...value];
        break;
      case 'units':
        m.hidden = [asNumber(key, value)];
        break;
      case 'activation':
        m.activation = asText(key, value) as ModelSpec['activation'];
        break;
      case 'family':
        m.family = asText(key, value) as ModelSpec['family'];
        break;
      case 'dropout':
      case 'l2':
        m[key] = asNumber(key, value);
        break;
    }
  }
  checkModelRanges(m);
  checkHyperRanges(h);
  return { model: m, hyper: h };
}
