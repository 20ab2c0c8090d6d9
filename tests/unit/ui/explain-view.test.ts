import { describe, expect, it } from 'vitest';
import type { LocalExplanation, PartialDependence } from '../../../src/state/explain-types';
import {
  averageSeriesId,
  computeCoefficientRows,
  computeDependenceBars,
  computeDependenceSeries,
  computePredictedSummary,
  computeWaterfallItems,
} from '../../../src/ui/stages/explain/explain-view';
import {
  computeWhatIfFields,
  parseWhatIfValue,
} from '../../../src/ui/stages/explain/what-if-fields';

const numericPd: PartialDependence = {
  feature: 'age',
  kind: 'numeric',
  grid: [20, 40],
  average: [
    [0.9, 0.7],
    [0.1, 0.3],
  ],
  outputs: ['no', 'yes'],
  ice: [{ row: 3, values: [0.2, 0.4] }],
  iceOutput: 1,
};

describe('explain view', () => {
  it('computeDependenceSeries draws ICE rows and the average of the ICE output last', () => {
    const series = computeDependenceSeries(numericPd, {
      average: 'avg',
      row: (row) => `row ${row}`,
    });
    expect(series.map((s) => s.id)).toEqual(['ice-3', averageSeriesId]);
    expect(series[1]?.points).toEqual([
      { x: 20, y: 0.1 },
      { x: 40, y: 0.3 },
    ]);
  });

  it('computeDependenceBars gives one bar per category of the ICE output', () => {
    const pd = { ...numericPd, kind: 'categorical' as const, grid: ['a', 'b'] };
    expect(computeDependenceBars(pd)).toEqual([
      { label: 'a', mean: 0.1, std: 0 },
      { label: 'b', mean: 0.3, std: 0 },
    ]);
  });

  it('computeWaterfallItems keeps the largest contributions and sums the rest into one bar', () => {
    const items = computeWaterfallItems(
      [
        { feature: 'a', value: 1, contribution: 0.01 },
        { feature: 'b', value: 'x', contribution: -0.5 },
        { feature: 'c', value: null, contribution: 0.2 },
        { feature: 'd', value: true, contribution: 0.03 },
      ],
      2,
      (n) => `${n} others`,
    );
    expect(items).toEqual([
      { label: 'b = x', value: -0.5 },
      { label: 'c = —', value: 0.2 },
      { label: '2 others', value: expect.closeTo(0.04, 12) },
    ]);
  });

  it('computeCoefficientRows orders inputs by their largest magnitude over outputs', () => {
    const rows = computeCoefficientRows({
      outputs: ['no', 'yes'],
      inputs: [
        { input: 'age', values: [0.1, -0.2] },
        { input: 'city = Busan', values: [-1.5, 0.4] },
      ],
      intercepts: [0, 0],
    });
    expect(rows.map((r) => [r.input, r.size])).toEqual([
      ['city = Busan', 1.5],
      ['age', 0.2],
    ]);
  });

  it('computePredictedSummary gives the class, its probability and the classes most likely first', () => {
    const local = {
      predicted: { label: 'yes', probabilities: [0.3, 0.7], labels: ['no', 'yes'] },
    } as LocalExplanation;
    expect(computePredictedSummary(local)).toEqual({
      label: 'yes',
      value: 0.7,
      classes: [
        { label: 'yes', probability: 0.7 },
        { label: 'no', probability: 0.3 },
      ],
    });
    const regression = { predicted: { value: 12.5 } } as LocalExplanation;
    expect(computePredictedSummary(regression)).toEqual({ label: null, value: 12.5, classes: [] });
  });
});

describe('what-if fields', () => {
  it('numbers get number inputs, seen categories a select, lone text a text input', () => {
    const fields = computeWhatIfFields({ age: 30, city: 'Seoul', note: null, vip: true }, [
      { features: { age: null, city: 'Busan', note: null, vip: false } },
    ]);
    expect(fields).toEqual([
      { feature: 'age', kind: 'number', options: [] },
      { feature: 'city', kind: 'category', options: ['Busan', 'Seoul'] },
      { feature: 'note', kind: 'text', options: [] },
      { feature: 'vip', kind: 'boolean', options: [] },
    ]);
  });

  it('parseWhatIfValue turns input text into a value of the field kind, empty as missing', () => {
    const number = { feature: 'age', kind: 'number' as const, options: [] };
    expect(parseWhatIfValue(number, '41.5')).toBe(41.5);
    expect(parseWhatIfValue(number, '')).toBeNull();
    expect(parseWhatIfValue({ ...number, kind: 'boolean' }, 'false')).toBe(false);
    expect(parseWhatIfValue({ ...number, kind: 'category' }, 'Seoul')).toBe('Seoul');
  });
});
