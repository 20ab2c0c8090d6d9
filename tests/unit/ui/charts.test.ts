import { describe, expect, it } from 'vitest';
import {
  computeExtent,
  computeHeatmapCells,
  computeHistogramBars,
  computeLegendKeys,
  computeScatterPoints,
  computeSortedBars,
} from '../../../src/ui/charts/chart-data';
import { computeShortLabel } from '../../../src/ui/charts/chart-frame';

describe('chart data', () => {
  it('computeHistogramBars of 3 bins pairs each count with its two edges', () => {
    expect(computeHistogramBars({ edges: [0, 1, 2, 4], counts: [5, 0, 2] })).toEqual([
      { x0: 0, x1: 1, count: 5 },
      { x0: 1, x1: 2, count: 0 },
      { x0: 2, x1: 4, count: 2 },
    ]);
  });

  it('computeSortedBars sorts by value descending, ties by label, and appends the uncounted rest', () => {
    const bars = [
      { label: 'b', value: 2 },
      { label: 'c', value: 5 },
      { label: 'a', value: 2 },
    ];
    expect(computeSortedBars(bars, { total: 12, otherLabel: 'other' })).toEqual([
      { label: 'c', value: 5 },
      { label: 'a', value: 2 },
      { label: 'b', value: 2 },
      { label: 'other', value: 3 },
    ]);
    expect(computeSortedBars(bars, { total: 9, otherLabel: 'other' })).toHaveLength(3);
    expect(bars[0]?.label).toBe('b');
  });

  it('computeHeatmapCells of a 3×3 matrix gives one cell per ordered pair, NaN as null', () => {
    const values = Float64Array.from([1, 0.5, Number.NaN, 0.5, 1, -0.2, Number.NaN, -0.2, 1]);
    const counts = Int32Array.from([9, 8, 0, 8, 9, 7, 0, 7, 9]);
    const cells = computeHeatmapCells(['a', 'b', 'c'], values, counts);
    expect(cells).toHaveLength(9);
    expect(cells[1]).toEqual({
      row: 0,
      column: 1,
      rowName: 'a',
      columnName: 'b',
      value: 0.5,
      count: 8,
    });
    expect(cells[2]?.value).toBeNull();
    expect(cells[7]).toMatchObject({ rowName: 'c', columnName: 'b', value: -0.2, count: 7 });
  });

  it('computeScatterPoints turns number colours into text and keeps missing as null', () => {
    expect(computeScatterPoints([1, 2], [3, 4], [7, null])).toEqual([
      { x: 1, y: 3, key: '7' },
      { x: 2, y: 4, key: null },
    ]);
  });

  it('computeLegendKeys orders keys by frequency, caps them, and puts missing last', () => {
    const points = ['b', 'a', null, 'b', 'c', 'a', 'b'].map((key) => ({ x: 0, y: 0, key }));
    expect(computeLegendKeys(points)).toEqual(['b', 'a', 'c', null]);
    expect(computeLegendKeys(points, 2)).toEqual(['b', 'a', null]);
  });

  it('computeExtent skips non-finite values and widens a single value', () => {
    expect(computeExtent([3, Number.NaN, -1, 2])).toEqual([-1, 3]);
    expect(computeExtent([5, 5])).toEqual([4, 6]);
    expect(computeExtent([])).toEqual([0, 1]);
  });

  it('computeShortLabel keeps short labels and ends long ones with an ellipsis', () => {
    expect(computeShortLabel('Species', 10)).toBe('Species');
    expect(computeShortLabel('Flipper Length (mm)', 10)).toBe('Flipper L…');
  });
});
