import { describe, expect, it } from 'vitest';
import type { DatasetSchema } from '../../../src/lifecycle/data/types';
import { computeTrainDefaults } from '../../../src/lifecycle/train';

const schema: DatasetSchema = {
  missingTokens: [''],
  columns: [
    { name: 'id', type: 'integer', role: 'id' },
    { name: 'age', type: 'number', role: 'feature' },
    { name: 'city', type: 'category', role: 'feature' },
    { name: 'comment', type: 'text', role: 'feature' },
    { name: 'label', type: 'category', role: 'target' },
  ],
};
const base = {
  schema,
  rows: 1000,
  task: 'classification' as const,
  target: 'label',
  classCount: 2,
};

describe('computeTrainDefaults', () => {
  it('uses feature columns without text, a seeded 70/15/15 split and an MLP', () => {
    const defaults = computeTrainDefaults(base);
    expect(defaults.features).toEqual(['age', 'city']);
    expect(defaults.split).toEqual({
      source: 'seeded',
      ratios: { train: 0.7, validation: 0.15, test: 0.15 },
      seed: 42,
    });
    expect(defaults.model).toEqual({
      family: 'mlp',
      hidden: [8],
      activation: 'relu',
      dropout: 0,
      l2: 1e-4,
    });
    expect(defaults.hyper).toEqual({
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 32,
      epochs: 60,
      earlyStopping: { metric: 'val_loss', patience: 8 },
      classWeights: 'none',
    });
    expect(defaults.seed).toBe(42);
  });

  it('uses the version split column when there is one, and never lists it as a feature', () => {
    const withSplit = {
      ...schema,
      columns: [
        ...schema.columns,
        { name: 'split', type: 'category' as const, role: 'feature' as const },
      ],
    };
    const defaults = computeTrainDefaults({ ...base, schema: withSplit });
    expect(defaults.split).toEqual({ source: 'column', column: 'split' });
    expect(defaults.features).not.toContain('split');
  });

  it('sizes the hidden layer as 2 × inputs clamped to 8..64, rounded to a power of 2', () => {
    const units = (inputWidth: number) =>
      computeTrainDefaults({ ...base, inputWidth }).model.hidden;
    expect([units(3), units(12), units(20), units(100)]).toEqual([[8], [32], [32], [64]]);
  });

  it('scales batch size and epochs with rows, and never asks for more rows than training has', () => {
    const hyperOf = (rows: number) => computeTrainDefaults({ ...base, rows }).hyper;
    expect(hyperOf(30).batchSize).toBe(16);
    expect([hyperOf(5000).batchSize, hyperOf(5000).epochs]).toEqual([64, 60]);
    expect([hyperOf(100_000).batchSize, hyperOf(100_000).epochs]).toEqual([128, 30]);
    expect(hyperOf(300_000).epochs).toBe(15);
  });

  it('weights classes when the largest class is more than 3 × the smallest', () => {
    expect(computeTrainDefaults({ ...base, classCounts: [100, 20] }).hyper.classWeights).toBe(
      'balanced',
    );
    expect(computeTrainDefaults({ ...base, classCounts: [60, 20] }).hyper.classWeights).toBe(
      'none',
    );
  });
});
