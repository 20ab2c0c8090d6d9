import { describe, expect, it } from 'vitest';
import { applySplit } from '../../../src/lifecycle/data/recipe/split';
import {
  applyPreprocessing,
  computeTrainingData,
  decodeRegression,
  readTargetIndex,
} from '../../../src/lifecycle/train';
import { LabError } from '../../../src/shared/lab-error';
import { cellsOf, makeTable } from '../data/recipe/helpers';
import { inputOf } from './helpers';

const split = ['train', 'train', 'train', 'train', 'validation', 'test'];

function thrown(fn: () => unknown): LabError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LabError);
    return error as LabError;
  }
  throw new Error('expected a LabError');
}

describe('computeTrainingData', () => {
  it('preprocessing is fitted on training rows only: a huge test value does not move the mean', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 1000], y: ['a', 'b', 'a', 'b', 'a', 'b'], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x'] }));
    const [step] = prepared.preprocessing.features;
    // Train rows 1, 2, 3, 4: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4.
    expect(step).toEqual({
      kind: 'numeric',
      column: 'x',
      mean: 2.5,
      scale: Math.sqrt(1.25),
      constant: false,
    });
    expect(prepared.test.x[0]).toBeCloseTo((1000 - 2.5) / Math.sqrt(1.25), 3);
    expect(Array.from(prepared.train.rows)).toEqual([0, 1, 2, 3]);
    expect(Array.from(prepared.validation.rows)).toEqual([4]);
  });

  it('a constant column becomes 0, never NaN, and is noted', () => {
    const data = makeTable({ c: [7, 7, 7, 7, 9, null], y: ['a', 'b', 'a', 'b', 'a', 'b'], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['c'] }));
    expect(prepared.preprocessing.features[0]).toMatchObject({ scale: 1, constant: true });
    expect(Array.from(prepared.train.x)).toEqual([0, 0, 0, 0]);
    expect(Array.from(prepared.validation.x)).toEqual([2]);
    expect(Array.from(prepared.test.x)).toEqual([0]);
    expect(prepared.notes).toContainEqual({ code: 'constant-column', column: 'c' });
  });

  it('categories are one-hot over sorted training categories; unseen and missing give all zeros', () => {
    const data = makeTable({
      colour: ['red', 'blue', 'red', 'blue', null, 'green'],
      y: ['a', 'b', 'a', 'b', 'a', 'b'],
      split,
    });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['colour'] }));
    expect(prepared.preprocessing.features[0]).toEqual({
      kind: 'one-hot',
      column: 'colour',
      categories: ['blue', 'red'],
    });
    expect(prepared.preprocessing.inputWidth).toBe(2);
    expect(Array.from(prepared.train.x)).toEqual([0, 1, 1, 0, 0, 1, 1, 0]);
    expect(Array.from(prepared.validation.x)).toEqual([0, 0]);
    expect(Array.from(prepared.test.x)).toEqual([0, 0]);
  });

  it('missing numbers become the training mean (0 after scaling); text columns are skipped', () => {
    const data = makeTable(
      {
        x: [0, 2, null, 4, null, 1],
        note: ['p', 'q', 'r', 's', 't', 'u'],
        y: [1, 2, 3, 4, 5, 6],
        split,
      },
      { note: 'text' },
    );
    const input = inputOf(data, { task: 'regression', target: 'y', features: ['x', 'note'] });
    const prepared = computeTrainingData(input);
    expect(prepared.preprocessing.features.map((f) => f.column)).toEqual(['x']);
    expect(prepared.train.x[2]).toBe(0);
    expect(prepared.validation.x[0]).toBe(0);
    expect(prepared.notes).toContainEqual({ code: 'text-column-skipped', column: 'note' });
  });

  it('rows without a target are dropped and counted', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: ['a', null, 'a', 'b', 'a', null], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x'] }));
    expect(Array.from(prepared.train.rows)).toEqual([0, 2, 3]);
    expect(prepared.notes).toContainEqual({
      code: 'missing-target-dropped',
      column: 'y',
      count: 2,
    });
  });

  it('classes come from the whole version, so a class only in test still has an index', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: [2, 10, 2, 10, 2, 1], split });
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x'] }));
    expect(prepared.preprocessing.target).toEqual({
      kind: 'classes',
      column: 'y',
      classes: ['1', '2', '10'],
    });
    expect(Array.from(prepared.train.y)).toEqual([1, 2, 1, 2]);
    expect(Array.from(prepared.test.y)).toEqual([0]);
    expect(readTargetIndex(data.schema, data.table, 1, prepared.preprocessing.target)).toBe(2);
  });

  it('a regression target is standardised with the training mean and decodes back to its units', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], y: [10, 20, 30, 40, 50, 60], split });
    const prepared = computeTrainingData(
      inputOf(data, { task: 'regression', target: 'y', features: ['x'] }),
    );
    const target = prepared.preprocessing.target;
    expect(target).toEqual({ kind: 'numeric', column: 'y', mean: 25, scale: Math.sqrt(125) });
    expect(prepared.test.y[0]).toBeCloseTo(35 / Math.sqrt(125), 5);
    expect(decodeRegression(prepared.test.y[0]!, target)).toBeCloseTo(60, 4);
  });

  it('carves a seeded 15% of train as validation when the split has none', () => {
    const n = 40;
    const rows = Array.from({ length: n }, (_, i) => i);
    const data = makeTable({
      x: rows,
      y: rows.map((i) => (i % 2 ? 'a' : 'b')),
      split: rows.map((i) => (i < 20 ? 'train' : 'test')),
    });
    const one = computeTrainingData(inputOf(data, { target: 'y', features: ['x'], seed: 3 }));
    const two = computeTrainingData(inputOf(data, { target: 'y', features: ['x'], seed: 3 }));
    expect(one.validation.rows.length).toBe(3);
    expect(one.train.rows.length).toBe(17);
    expect(Array.from(one.validation.rows)).toEqual(Array.from(two.validation.rows));
    expect(one.notes).toContainEqual({ code: 'validation-carved', count: 3 });
  });

  it('a seeded split assigns the same rows as the data stage split step with that seed', () => {
    const n = 60;
    const labels = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'rare' : 'common'));
    const data = makeTable({ x: Array.from({ length: n }, (_, i) => i), y: labels });
    const ratios = { train: 0.6, validation: 0.2, test: 0.2 };
    const prepared = computeTrainingData({
      ...inputOf(data, { target: 'y', features: ['x'] }),
      config: {
        ...inputOf(data, { target: 'y', features: ['x'] }).config,
        split: { source: 'seeded', ratios, seed: 11 },
      },
    });
    const reference = cellsOf(
      applySplit({ kind: 'split', method: 'stratified', ratios, seed: 11, column: 'y' }, data),
      'split',
    );
    const rowsOf = (part: string) => reference.flatMap((p, row) => (p === part ? [row] : []));
    expect(Array.from(prepared.train.rows)).toEqual(rowsOf('train'));
    expect(Array.from(prepared.validation.rows)).toEqual(rowsOf('validation'));
    expect(Array.from(prepared.test.rows)).toEqual(rowsOf('test'));
  });
  it('a boolean feature is one-hot over 0 and 1, missing gives zeros', () => {
    const data = makeTable(
      { b: [1, 0, 0, 1, null, 1], y: ['a', 'b', 'a', 'b', 'a', 'b'], split },
      { b: 'boolean' },
    );
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['b'] }));
    expect(prepared.preprocessing.features[0]).toEqual({
      kind: 'one-hot',
      column: 'b',
      categories: ['0', '1'],
    });
    expect(Array.from(prepared.train.x)).toEqual([0, 1, 1, 0, 1, 0, 0, 1]);
    expect(Array.from(prepared.validation.x)).toEqual([0, 0]);
  });

  it('a target that is not a column rejects with no-target', () => {
    const data = makeTable({ x: [1, 2, 3, 4, 5, 6], split });
    const error = thrown(() =>
      computeTrainingData(inputOf(data, { target: 'y', features: ['x'] })),
    );
    expect(error.params).toMatchObject({ field: 'target', reason: 'no-target' });
  });
});

describe('applyPreprocessing', () => {
  const data = makeTable({
    x: [1, 2, 3, 4, 5, 6],
    c: ['a', 'b', 'a', 'b', 'a', 'b'],
    y: [0, 1, 0, 1, 0, 1],
    split,
  });
  const fitted = computeTrainingData(
    inputOf(data, { target: 'y', features: ['x', 'c'] }),
  ).preprocessing;

  it('gives the same inputs for the same rows as the training matrices', () => {
    const prepared = computeTrainingData(inputOf(data, { target: 'y', features: ['x', 'c'] }));
    expect(applyPreprocessing(data.schema, data.table, [0, 1, 2, 3], fitted)).toEqual(
      prepared.train.x,
    );
  });

  it('rejects a table without a fitted column with SCHEMA_MISMATCH naming it', () => {
    const other = makeTable({ x: [1, 2], y: [0, 1] });
    const error = thrown(() => applyPreprocessing(other.schema, other.table, [0, 1], fitted));
    expect(error.code).toBe('SCHEMA_MISMATCH');
    expect(error.column).toBe('c');
  });

  it('rejects a fitted numeric column that arrives as categories', () => {
    const other = makeTable({ x: ['1', '2'], c: ['a', 'b'] });
    const error = thrown(() => applyPreprocessing(other.schema, other.table, [0, 1], fitted));
    expect(error.code).toBe('SCHEMA_MISMATCH');
    expect(error.column).toBe('x');
  });
});
