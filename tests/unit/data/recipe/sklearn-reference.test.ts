import { describe, expect, it } from 'vitest';
import {
  applyRecipeStep,
  runRecipeStep,
  type FittedStep,
} from '../../../../src/lifecycle/data/recipe';
import { cellsOf, expectCloseCells, makeTable, readRecipeFixture } from './helpers';

const fixture = readRecipeFixture();
const train = makeTable({ ...fixture.train, species: fixture.train.cat });
const fresh = makeTable({ ...fixture.new, species: fixture.new.cat });

describe('recipe steps against scikit-learn', () => {
  const methods = [
    ['standard', 'standard'],
    ['min-max', 'minMax'],
    ['robust', 'robust'],
  ] as const;
  for (const [method, key] of methods) {
    it(`scale ${method} fits ${key} parameters and transforms train and new data as scikit-learn`, () => {
      const { fitted, result } = runRecipeStep(
        { kind: 'scale', columns: ['x', 'y', 'flat'], method },
        train,
      );
      const again = applyRecipeStep(fitted, fresh);
      for (const name of ['x', 'y', 'flat'] as const) {
        const reference = fixture[key][name]!;
        const params = (fitted as Extract<FittedStep, { kind: 'scale' }>).fitted.scales.find(
          (s) => s.column === name,
        )!;
        expect(params.center).toBeCloseTo(reference.center, 10);
        const scale =
          'range' in reference ? (reference.range === 0 ? 1 : reference.range) : reference.scale;
        expect(params.scale).toBeCloseTo(scale as number, 10);
        expectCloseCells(cellsOf(result, name), reference.train);
        expectCloseCells(cellsOf(again, name), reference.new);
      }
    });
  }

  it('scale of a constant column uses scale 1 and warns, never NaN', () => {
    const { result } = runRecipeStep(
      { kind: 'scale', columns: ['flat'], method: 'standard' },
      train,
    );
    expect(cellsOf(result, 'flat').every((v) => v === 0)).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'constant-column', column: 'flat' }),
    ]);
  });

  const strategies = [
    ['mean', 'mean'],
    ['median', 'median'],
    ['mode', 'most_frequent'],
  ] as const;
  for (const [strategy, key] of strategies) {
    it(`impute ${strategy} learns SimpleImputer's ${key} fill and re-applies it to new data`, () => {
      const { fitted } = runRecipeStep({ kind: 'impute', columns: ['x'], strategy }, train);
      const fill = (fitted as Extract<FittedStep, { kind: 'impute' }>).fitted.fills[0]!.value;
      expect(fill).toBeCloseTo(fixture.impute[key].fill, 12);
      expectCloseCells(cellsOf(applyRecipeStep(fitted, fresh), 'x'), fixture.impute[key].new, 12);
    });
  }

  it('impute mode of a category column is SimpleImputer most_frequent', () => {
    const { fitted } = runRecipeStep(
      { kind: 'impute', columns: ['species'], strategy: 'mode' },
      train,
    );
    expect(fitted).toMatchObject({
      fitted: { fills: [{ column: 'species', value: fixture.impute.categoryMode }] },
    });
  });

  for (const bins of ['4', '5']) {
    it(`bin quantile with ${bins} bins has KBinsDiscretizer's edges and bins on train and new data`, () => {
      const reference = fixture.quantileBins[bins]!;
      const { fitted, result } = runRecipeStep(
        { kind: 'bin', column: 'y', method: 'quantile', bins: Number(bins) },
        train,
      );
      expect(fitted).toMatchObject({
        fitted: { edges: reference.edges.map((e) => expect.closeTo(e, 10)) },
      });
      expect(cellsOf(result, 'y')).toEqual(reference.train);
      expect(cellsOf(applyRecipeStep(fitted, fresh), 'y')).toEqual(reference.new);
    });
  }

  it('encode one-hot makes OneHotEncoder columns; an unseen category gives all zeros', () => {
    const { fitted, result } = runRecipeStep(
      { kind: 'encode', column: 'species', method: 'one-hot' },
      train,
    );
    expect(fitted).toMatchObject({ fitted: { categories: fixture.oneHot.categories } });
    const names = fixture.oneHot.categories.map((c) => `species=${c}`);
    expect(result.table.names.slice(-3)).toEqual(names);
    const rows = (input: typeof result) => input.table.rowCount;
    const matrix = (input: typeof result) =>
      Array.from({ length: rows(input) }, (_, r) => names.map((n) => cellsOf(input, n)[r]));
    expect(matrix(result)).toEqual(fixture.oneHot.train);
    expect(matrix(applyRecipeStep(fitted, fresh))).toEqual(fixture.oneHot.new);
  });
});
