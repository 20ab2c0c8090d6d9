import { describe, expect, it } from 'vitest';
import {
  computePartialDependence,
  computePermutationImportance,
  computeWeightHistogram,
} from '../../../src/lifecycle/explain';
import type { Predict, Score } from '../../../src/lifecycle/explain';
import {
  accuracy,
  classify,
  featureNames,
  fixture,
  fixtureSchema,
  fixtureTable,
  regress,
  rSquared,
} from './fixture-models';

const rows = Array.from({ length: fixture.columns.x1.length }, (_, i) => i);
const tasks: [string, 'classification' | 'regression', Predict, Score, string[]][] = [
  ['classification', 'classification', classify, accuracy, ['a', 'b', 'c']],
  ['regression', 'regression', regress, rSquared, ['y']],
];

describe.each(tasks)(
  'explaining the %s formula model against scikit-learn 1.2.1',
  (_, key, predict, score, outputs) => {
    const reference = fixture[key];

    it.each(reference.dependence.map((d) => [featureNames[d.feature] ?? '', d] as const))(
      'partial dependence of %s matches sklearn partial_dependence (grid, averages, ICE) to 1e-9',
      async (feature, expected) => {
        const result = await computePartialDependence({
          table: fixtureTable(),
          schema: fixtureSchema,
          rows,
          feature,
          predict,
          outputs,
          iceRows: rows.length,
          iceOutput: expected.iceOutput,
          seed: 1,
        });
        const grid =
          feature === 'color'
            ? expected.grid.map((c) => fixture.colorDictionary[c])
            : expected.grid;
        if (feature === 'color') expect(result.grid).toEqual(grid);
        else result.grid.forEach((g, i) => expect(g).toBeCloseTo(grid[i] as number, 12));
        expect(result.grid).toHaveLength(grid.length);
        expect(result.kind).toBe(feature === 'color' ? 'categorical' : 'numeric');
        expected.average.forEach((curve, o) =>
          curve.forEach((v, g) =>
            expect(Math.abs((result.average[o]?.[g] ?? NaN) - v)).toBeLessThan(1e-9),
          ),
        );
        expected.ice.forEach((curve, r) => {
          expect(result.ice[r]?.row).toBe(r);
          curve.forEach((v, g) =>
            expect(Math.abs((result.ice[r]?.values[g] ?? NaN) - v)).toBeLessThan(1e-9),
          );
        });
      },
    );

    it('permutation importance agrees with sklearn permutation_importance within the repeats’ error', async () => {
      const expected = reference.importance;
      const report = await computePermutationImportance({
        table: fixtureTable(),
        rows,
        features: featureNames,
        score,
        metric: expected.metric,
        repeats: expected.repeats,
        seed: 7,
      });
      expect(report.baseline).toBeCloseTo(expected.baseline, 12);
      expect(report.repeats).toBe(30);
      for (const [j, feature] of featureNames.entries()) {
        const ours = report.features.find((f) => f.feature === feature);
        const theirs = expected.mean[j] ?? NaN;
        const spread = Math.max(ours?.std ?? NaN, expected.std[j] ?? NaN);
        expect(Math.abs((ours?.mean ?? NaN) - theirs)).toBeLessThanOrEqual(
          (3 * spread) / Math.sqrt(30) + 1e-3,
        );
        expect(ours?.drops).toHaveLength(30);
      }
    });
  },
);

describe('weight histogram', () => {
  it('computeWeightHistogram of float32 weights matches numpy.histogram with 20 bins', () => {
    const expected = fixture.histogram;
    const result = computeWeightHistogram(Float32Array.from(expected.values));
    expect(result.counts).toEqual(expected.counts);
    result.edges.forEach((e, i) => expect(e).toBeCloseTo(expected.edges[i] ?? NaN, 12));
    expect(result.mean).toBeCloseTo(expected.mean, 12);
    expect(result.std).toBeCloseTo(expected.std, 12);
  });

  it('a constant layer spans its value ± 0.5 with every weight in one bin', () => {
    const result = computeWeightHistogram([2, 2, 2], 4);
    expect(result.edges).toEqual([1.5, 1.75, 2, 2.25, 2.5]); // np.histogram([2, 2, 2], bins=4)
    expect(result.counts).toEqual([0, 0, 3, 0]);
    expect(result.std).toBe(0);
  });
});
