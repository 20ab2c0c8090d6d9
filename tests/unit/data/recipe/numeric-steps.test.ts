import { describe, expect, it } from 'vitest';
import { applyRecipeStep, runRecipeStep } from '../../../../src/lifecycle/data/recipe';
import { cellsOf, makeTable } from './helpers';

const train = makeTable({
  v: [1, 2, 3, 4, 100, null],
  neg: [-2, 0, 1, 3, 5, 7],
  colour: ['red', 'blue', 'red', null, 'green', 'blue'],
});
const fresh = makeTable({ v: [0, 50, null], neg: [-3, 0, 9], colour: ['blue', 'purple', null] });

describe('numeric and encoding steps', () => {
  it('impute constant fills numbers and adds a text fill to the dictionary', () => {
    const numbers = runRecipeStep(
      { kind: 'impute', columns: ['v'], strategy: 'constant', value: -1 },
      train,
    );
    expect(cellsOf(numbers.result, 'v').at(-1)).toBe(-1);
    const texts = runRecipeStep(
      { kind: 'impute', columns: ['colour'], strategy: 'constant', value: 'none' },
      train,
    );
    expect(cellsOf(texts.result, 'colour')[3]).toBe('none');
    expect(cellsOf(applyRecipeStep(texts.fitted, fresh), 'colour')).toEqual([
      'blue',
      'purple',
      'none',
    ]);
  });

  it('impute mean of a text column is SCHEMA_MISMATCH naming it', () => {
    expect(() =>
      runRecipeStep({ kind: 'impute', columns: ['colour'], strategy: 'mean' }, train),
    ).toThrow(expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'colour' }));
  });

  it('clip-outliers iqr clips to Q1 − k·IQR .. Q3 + k·IQR, fitted once and re-applied', () => {
    const { fitted, result } = runRecipeStep(
      { kind: 'clip-outliers', columns: ['v'], method: 'iqr', k: 1.5 },
      train,
    );
    // Q1 = 2, Q3 = 4 (numpy linear): fences -1 and 7.
    expect(fitted).toMatchObject({ fitted: { bounds: [{ column: 'v', lower: -1, upper: 7 }] } });
    expect(cellsOf(result, 'v')).toEqual([1, 2, 3, 4, 7, null]);
    expect(cellsOf(applyRecipeStep(fitted, fresh), 'v')).toEqual([0, 7, null]);
  });

  it('clip-outliers z-score uses mean ± z·std (ddof 0)', () => {
    const { fitted } = runRecipeStep(
      { kind: 'clip-outliers', columns: ['neg'], method: 'z-score', z: 1 },
      train,
    );
    const values = [-2, 0, 1, 3, 5, 7];
    const mean = values.reduce((a, b) => a + b) / 6;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / 6);
    const [bounds] = (fitted as { fitted: { bounds: { lower: number; upper: number }[] } }).fitted
      .bounds;
    expect(bounds!.lower).toBeCloseTo(mean - std, 12);
    expect(bounds!.upper).toBeCloseTo(mean + std, 12);
  });

  it('log-transform with negative: error names the row and column', () => {
    expect(() =>
      runRecipeStep({ kind: 'log-transform', columns: ['neg'], negative: 'error' }, train),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', column: 'neg', row: 1 }));
  });

  it('log-transform with negative: shift adds −min, and new values below it become missing with a warning', () => {
    const { fitted, result } = runRecipeStep(
      { kind: 'log-transform', columns: ['neg'], negative: 'shift' },
      train,
    );
    expect(fitted).toMatchObject({ fitted: { shifts: [{ column: 'neg', shift: 2 }] } });
    expect(cellsOf(result, 'neg')[0]).toBe(0);
    expect(cellsOf(result, 'neg')[5]).toBeCloseTo(Math.log1p(9), 12);
    const again = applyRecipeStep(fitted, fresh);
    expect(cellsOf(again, 'neg')).toEqual([null, Math.log1p(2), Math.log1p(11)]);
    expect(again.warnings).toEqual([expect.objectContaining({ code: 'negative', count: 1 })]);
  });

  it('bin equal-width splits min..max into n bins; the maximum falls in the last bin', () => {
    const { fitted, result } = runRecipeStep(
      { kind: 'bin', column: 'neg', method: 'equal-width', bins: 3 },
      train,
    );
    expect(fitted).toMatchObject({ fitted: { edges: [-2, 1, 4, 7] } });
    expect(cellsOf(result, 'neg')).toEqual([0, 0, 1, 1, 2, 2]);
    expect(cellsOf(applyRecipeStep(fitted, fresh), 'neg')).toEqual([0, 0, 2]);
  });

  it('bin refuses fewer than 2 bins and a text column', () => {
    expect(() =>
      runRecipeStep({ kind: 'bin', column: 'v', method: 'quantile', bins: 1 }, train),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      runRecipeStep({ kind: 'bin', column: 'colour', method: 'quantile', bins: 3 }, train),
    ).toThrow(expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'colour' }));
  });

  it('encode ordinal numbers the sorted categories; unseen and missing become missing', () => {
    const { fitted, result } = runRecipeStep(
      { kind: 'encode', column: 'colour', method: 'ordinal' },
      train,
    );
    expect(fitted).toMatchObject({ fitted: { categories: ['blue', 'green', 'red'] } });
    expect(cellsOf(result, 'colour')).toEqual([2, 0, 2, null, 1, 0]);
    expect(cellsOf(applyRecipeStep(fitted, fresh), 'colour')).toEqual([0, null, null]);
  });

  it('encode with unknown: error rejects an unseen category naming its row', () => {
    const { fitted } = runRecipeStep(
      { kind: 'encode', column: 'colour', method: 'one-hot', unknown: 'error' },
      train,
    );
    expect(() => applyRecipeStep(fitted, fresh)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', column: 'colour', row: 2 }),
    );
  });

  it('encode of a number column is SCHEMA_MISMATCH', () => {
    expect(() => runRecipeStep({ kind: 'encode', column: 'v', method: 'one-hot' }, train)).toThrow(
      expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'v' }),
    );
  });
});
