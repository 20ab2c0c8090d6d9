import { describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/api/localize-errors';
import {
  checkTrainConfig,
  checkTrainingData,
  computeTrainingData,
  type CheckedConfig,
} from '../../../src/lifecycle/train';
import { LabError } from '../../../src/shared/lab-error';
import { makeTable } from '../data/recipe/helpers';
import { hyper, inputOf, model } from './helpers';

function thrown(fn: () => unknown): LabError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LabError);
    return error as LabError;
  }
  throw new Error('expected a LabError');
}

const config: CheckedConfig = {
  task: 'classification',
  target: 'y',
  features: ['x'],
  model,
  hyper,
};

const split = ['train', 'train', 'train', 'train', 'validation', 'test'];

describe('checkTrainConfig', () => {
  it('accepts a sound config', () => {
    expect(() => checkTrainConfig(config)).not.toThrow();
  });

  it('rejects a missing, empty or unknown target with no-target', () => {
    const schema = makeTable({ x: [1], y: [1] }).schema;
    for (const target of [null, '', 'nope']) {
      const error = thrown(() => checkTrainConfig({ ...config, target }, schema));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.params).toMatchObject({ field: 'target', reason: 'no-target' });
    }
  });

  it('rejects an empty feature list with no-features', () => {
    const error = thrown(() => checkTrainConfig({ ...config, features: [] }));
    expect(error.params.reason).toBe('no-features');
  });

  it('rejects logistic for regression and linear for classification with family-task', () => {
    const a = thrown(() =>
      checkTrainConfig({ ...config, task: 'regression', model: { ...model, family: 'logistic' } }),
    );
    const b = thrown(() => checkTrainConfig({ ...config, model: { ...model, family: 'linear' } }));
    expect([a.params.reason, b.params.reason]).toEqual(['family-task', 'family-task']);
    expect(a.params.field).toBe('model.family');
  });

  it.each([
    ['hyper.learningRate', { hyper: { ...hyper, learningRate: 0 } }],
    ['hyper.learningRate', { hyper: { ...hyper, learningRate: Infinity } }],
    ['hyper.batchSize', { hyper: { ...hyper, batchSize: 0 } }],
    ['hyper.epochs', { hyper: { ...hyper, epochs: 0 } }],
    ['hyper.epochs', { hyper: { ...hyper, epochs: 1001 } }],
    [
      'hyper.earlyStopping.patience',
      { hyper: { ...hyper, earlyStopping: { metric: 'val_loss', patience: 0 } } },
    ],
    ['model.dropout', { model: { ...model, dropout: 1 } }],
    ['model.dropout', { model: { ...model, dropout: -0.1 } }],
    ['model.l2', { model: { ...model, l2: -1 } }],
    ['model.hidden', { model: { ...model, hidden: [8, 2.5] } }],
    ['model.hidden', { model: { ...model, hidden: [0] } }],
  ])('rejects %s out of range with bad-hyper naming the field', (field, patch) => {
    const error = thrown(() => checkTrainConfig({ ...config, ...patch }));
    expect(error.params).toMatchObject({ field, reason: 'bad-hyper' });
  });
});

describe('checkTrainingData', () => {
  it('rejects a feature column entirely missing in the training rows with all-missing', () => {
    const data = makeTable({
      x: [null, null, null, null, 1, 2],
      y: ['a', 'b', 'a', 'b', 'a', 'b'],
      split,
    });
    const error = thrown(() =>
      computeTrainingData(inputOf(data, { target: 'y', features: ['x'] })),
    );
    expect(error.params).toMatchObject({ reason: 'all-missing', column: 'x' });
  });

  it('rejects classification with one class in the training rows with single-class', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: ['a', 'a', 'a', 'a', 'b', 'b'], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x'] }));
    const error = thrown(() => checkTrainingData(prepared, hyper, 'classification'));
    expect(error.params).toMatchObject({ reason: 'single-class', classes: 1 });
  });

  it('rejects fewer training rows than the batch size with too-few-rows, saying both', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: ['a', 'b', 'a', 'b', 'a', 'b'], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x'] }));
    const error = thrown(() =>
      checkTrainingData(prepared, { ...hyper, batchSize: 32 }, 'classification'),
    );
    expect(error.params).toMatchObject({ reason: 'too-few-rows', rows: 4, batchSize: 32 });
    expect(localizeError(error, 'en').message).toBe(
      'Check “hyper.batchSize”: there are 4 training rows, fewer than the batch size 32. Lower the batch size or add data.',
    );
    expect(localizeError(error, 'ko').message).toContain('배치 크기 32');
  });

  it('rejects an infinite input with non-finite naming the 1-based row and the source column', () => {
    const data = makeTable({
      c: ['p', 'q', 'p', 'q', 'p', 'q'],
      x: [1, 2, 3, 4, 5, Infinity],
      y: ['a', 'b', 'a', 'b', 'a', 'b'],
      split,
    });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['c', 'x'] }));
    expect(prepared.preprocessing.inputWidth).toBe(3);
    const error = thrown(() => checkTrainingData(prepared, hyper, 'classification'));
    expect(error.params).toMatchObject({ reason: 'non-finite', row: 6, column: 'x' });
    expect(error.row).toBe(6);
    expect(localizeError(error, 'en').message).toContain('row 6, column “x”');
  });

  it('rejects an infinite regression target with non-finite naming the target', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: [1, 2, 3, 4, 5, -Infinity], split });
    const input = inputOf(data, { task: 'regression', target: 'y', features: ['x'] });
    const prepared = computeTrainingData(input);
    const error = thrown(() => checkTrainingData(prepared, hyper, 'regression'));
    expect(error.params).toMatchObject({
      reason: 'non-finite',
      field: 'target',
      row: 6,
      column: 'y',
    });
  });

  it('accepts clean data', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: ['a', 'b', 'a', 'b', 'a', 'b'], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x'] }));
    expect(() => checkTrainingData(prepared, hyper, 'classification')).not.toThrow();
  });
});
