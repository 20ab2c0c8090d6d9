import { describe, expect, it } from 'vitest';
import type { TrainDefaults } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import {
  parseHiddenLayers,
  parseHiddenList,
  parseNumberField,
  parseNumberList,
  parseTags,
} from '../../../src/ui/stages/train/parse-train-form';
import { computeSearchDraft, computeSearchOptions } from '../../../src/ui/stages/train/search-form';
import { computeStartOptions, computeTrainDraft } from '../../../src/ui/stages/train/train-form';

const defaults: TrainDefaults = {
  target: 'species',
  task: 'classification',
  features: ['a', 'b'],
  split: { source: 'column', column: 'split' },
  model: { family: 'mlp', hidden: [64, 32], activation: 'relu', dropout: 0.1, l2: 0.0001 },
  hyper: {
    optimizer: 'adam',
    learningRate: 0.001,
    batchSize: 32,
    epochs: 50,
    earlyStopping: { metric: 'val_loss', patience: 5 },
    classWeights: 'none',
  },
  seed: 42,
  notes: [],
};
const target = { projectId: 'p', versionId: 'v' };

function reasonOf(call: () => unknown): { field: unknown; reason: unknown } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(LabError);
    const { code, params } = error as LabError;
    expect(code).toBe('INVALID_ARGUMENT');
    return { field: params.field, reason: params.reason };
  }
  throw new Error('expected a LabError');
}

describe('parse-train-form', () => {
  it('a list of learning rates "0.001, 0.01, 0.1" parses to three numbers', () => {
    expect(parseNumberList('0.001, 0.01, 0.1', 'learningRate')).toEqual([0.001, 0.01, 0.1]);
  });

  it('hidden layers "64, 32" parse to [64, 32] and an empty text to no hidden layer', () => {
    expect(parseHiddenLayers('64, 32')).toEqual([64, 32]);
    expect(parseHiddenLayers('  ')).toEqual([]);
  });

  it('a hidden layer search list "16; 32; 64,32" parses to three specs', () => {
    expect(parseHiddenList('16; 32; 64,32')).toEqual([[16], [32], [64, 32]]);
  });

  it('a fractional unit count is refused as the wrong type, naming the field', () => {
    expect(reasonOf(() => parseHiddenLayers('64, 3.5'))).toEqual({
      field: 'hidden',
      reason: 'wrong_type',
    });
  });

  it('text that is not a number is refused as not finite', () => {
    expect(reasonOf(() => parseNumberField('abc', 'l2'))).toEqual({
      field: 'l2',
      reason: 'not_finite',
    });
  });

  it('an empty required number is refused as required', () => {
    expect(reasonOf(() => parseNumberField(' ', 'epochs'))).toMatchObject({ reason: 'required' });
  });

  it('dropout of 1 is out of range because it must stay below 1', () => {
    expect(
      reasonOf(() => parseNumberField('1', 'dropout', { max: 1, maxExclusive: true })),
    ).toMatchObject({ reason: 'out_of_range' });
    expect(parseNumberField('0.99', 'dropout', { max: 1, maxExclusive: true })).toBe(0.99);
  });

  it('tags are trimmed and duplicates dropped', () => {
    expect(parseTags(' baseline, small,, baseline ')).toEqual(['baseline', 'small']);
  });
});

describe('train-form', () => {
  it('the form prefilled from defaults states the same model and hyperparameters back', () => {
    const options = computeStartOptions(computeTrainDraft(defaults), target);
    expect(options.model).toEqual(defaults.model);
    expect(options.hyper).toEqual(defaults.hyper);
    expect(options.seed).toBe(42);
    expect(options).not.toHaveProperty('name');
  });

  it('turning early stopping off sends null, and a typed name and tags are sent', () => {
    const draft = { ...computeTrainDraft(defaults), earlyStopping: false, name: ' wide ' };
    const options = computeStartOptions({ ...draft, tags: 'a, b' }, target);
    expect(options.hyper?.earlyStopping).toBeNull();
    expect(options.name).toBe('wide');
    expect(options.tags).toEqual(['a', 'b']);
  });

  it('a logistic model sends no hidden layers even when the text has some', () => {
    const draft = { ...computeTrainDraft(defaults), family: 'logistic' as const };
    expect(computeStartOptions(draft, target).model?.hidden).toEqual([]);
  });

  it('a zero learning rate is refused before anything starts', () => {
    const draft = { ...computeTrainDraft(defaults), learningRate: '0' };
    expect(reasonOf(() => computeStartOptions(draft, target))).toEqual({
      field: 'learningRate',
      reason: 'not_positive',
    });
  });

  it('a search sends only the non-empty lists as its space, with its budget and metric', () => {
    const draft = computeTrainDraft(defaults);
    const search = { ...computeSearchDraft(draft), strategy: 'grid' as const, minutes: '2.5' };
    const options = computeSearchOptions(draft, search, target);
    expect(options.space).toEqual({
      learningRate: [0.001, 0.01, 0.1],
      hidden: [[16], [32], [64, 32]],
    });
    expect(options.budget).toEqual({ runs: 8, minutes: 2.5 });
    expect(options).toMatchObject({ strategy: 'grid', metric: 'val_loss', direction: 'min' });
  });

  it('a search with every list empty is refused: the space is required', () => {
    const draft = computeTrainDraft(defaults);
    const search = { ...computeSearchDraft(draft), learningRate: '', hidden: '' };
    expect(reasonOf(() => computeSearchOptions(draft, search, target))).toEqual({
      field: 'space',
      reason: 'required',
    });
  });
});
