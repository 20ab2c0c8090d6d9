import { describe, expect, it } from 'vitest';
import {
  computeFairness,
  computeQuintileEdges,
  computeSlices,
  missingSliceValue,
  type SliceTarget,
} from '../../../src/lifecycle/evaluate';
import {
  ageColumn,
  classCases,
  expectClose,
  flatProbabilities,
  groupColumn,
  valueCases,
  type ReferenceSlices,
} from './evaluate-fixture';

function expectSlices(actual: ReturnType<typeof computeSlices>, expected: ReferenceSlices) {
  expect(actual.column).toBe(expected.column);
  expect(actual.slices.map((s) => s.rows)).toEqual(expected.slices.map((s) => s.rows));
  actual.slices.forEach((slice, i) => {
    const reference = expected.slices[i]!;
    if (reference.key === '(missing)' || reference.key === -1)
      expect(slice.value).toBe(missingSliceValue);
    else if (typeof reference.key === 'string') expect(slice.value).toBe(reference.key);
    for (const [metric, value] of Object.entries(reference.metrics))
      expectClose(slice.metrics[metric], value);
    expect(Object.keys(slice.metrics).sort()).toEqual(Object.keys(reference.metrics).sort());
  });
}

describe('computeSlices against pandas groupby with scikit-learn metrics', () => {
  for (const entry of classCases) {
    const target: SliceTarget = {
      task: 'classification',
      truth: entry.truth,
      predicted: entry.predicted,
      probabilities: flatProbabilities(entry),
      classCount: entry.labels.length,
    };
    it(`${entry.name}: slices by a category column (missing last) match`, () => {
      expectSlices(computeSlices('group', groupColumn(entry), target), entry.slices[0]!);
    });
    it(`${entry.name}: slices by quintile bins of a number column match`, () => {
      const report = computeSlices('age', ageColumn(entry), target);
      expectSlices(report, entry.slices[1]!);
      expect(computeQuintileEdges(Float64Array.from(entry.columns.age, (v) => v ?? NaN))).toEqual(
        entry.slices[1]!.edges,
      );
    });
  }
  for (const entry of valueCases) {
    const target: SliceTarget = {
      task: 'regression',
      truth: entry.truth,
      predicted: entry.predicted,
    };
    it(`${entry.name}: regression slices (mae, rmse, r2) match`, () => {
      expectSlices(computeSlices('group', groupColumn(entry), target), entry.slices[0]!);
      expectSlices(computeSlices('age', ageColumn(entry), target), entry.slices[1]!);
    });
  }

  it('number bins are labelled [a, b) with the last bin closed', () => {
    const values = {
      kind: 'numeric' as const,
      values: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    };
    const target: SliceTarget = {
      task: 'regression',
      truth: values.values,
      predicted: values.values,
    };
    expect(computeSlices('x', values, target).slices.map((s) => `${s.value}:${s.rows}`)).toEqual([
      '[1, 2.8):2',
      '[2.8, 4.6):2',
      '[4.6, 6.4):2',
      '[6.4, 8.2):2',
      '[8.2, 10]:2',
    ]);
  });

  it('a column that is all missing is one "(missing)" slice with every row', () => {
    const values = { kind: 'numeric' as const, values: Float64Array.from([NaN, NaN, NaN]) };
    const target: SliceTarget = {
      task: 'classification',
      truth: [0, 1, 1],
      predicted: [0, 1, 0],
      probabilities: null,
      classCount: 2,
    };
    const report = computeSlices('x', values, target);
    expect(report.slices).toHaveLength(1);
    expect(report.slices[0]).toMatchObject({ value: missingSliceValue, rows: 3 });
    expect(report.slices[0]!.metrics['accuracy']).toBeCloseTo(2 / 3, 15);
    expect(report.slices[0]!.metrics).not.toHaveProperty('roc_auc');
  });

  it('a constant number column is one closed bin', () => {
    const values = { kind: 'numeric' as const, values: Float64Array.from([4, 4, 4]) };
    const target: SliceTarget = { task: 'regression', truth: [1, 2, 3], predicted: [1, 2, 4] };
    expect(computeSlices('x', values, target).slices.map((s) => s.value)).toEqual(['[4, 4]']);
  });
});

describe('computeFairness against pandas groupby', () => {
  for (const entry of classCases) {
    it(`${entry.name}: selection rates, true positive rates and their differences match`, () => {
      const report = computeFairness(
        entry.columns.group,
        entry.truth,
        entry.predicted,
        1,
        entry.labels,
        'group',
      );
      const expected = entry.fairness;
      expect(report.positive).toBe(entry.labels[1]);
      expect(report.groups.map((g) => g.value)).toEqual(expected.groups.map((g) => g.value));
      report.groups.forEach((group, i) => {
        const reference = expected.groups[i]!;
        expect(group.rows).toBe(reference.rows);
        expectClose(group.selectionRate, reference.selectionRate);
        expectClose(group.truePositiveRate, reference.truePositiveRate);
      });
      expectClose(report.demographicParityDifference, expected.demographicParityDifference);
      expectClose(report.equalOpportunityDifference, expected.equalOpportunityDifference);
    });
  }

  it('equal opportunity is null when fewer than two groups have positives', () => {
    const report = computeFairness(['a', 'a', 'b'], [1, 0, 0], [1, 1, 1], 1, ['no', 'yes'], 'g');
    expect(report.groups.map((g) => g.truePositiveRate)).toEqual([1, null]);
    expect(report.equalOpportunityDifference).toBeNull();
    expect(report.demographicParityDifference).toBe(0);
  });
});
