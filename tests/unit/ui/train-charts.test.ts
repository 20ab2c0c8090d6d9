import { describe, expect, it } from 'vitest';
import {
  computeAxisDomain,
  computeDiagonal,
  computeLegendLayout,
  computePointsDomains,
  computeSegments,
  isDrawable,
} from '../../../src/ui/charts/line-chart-data';
import { computeSeriesColor } from '../../../src/ui/charts/line-chart';

describe('line chart data', () => {
  it('computeSegments splits a curve at NaN and null values so the line shows a gap', () => {
    const points = [
      { x: 1, y: 0.9 },
      { x: 2, y: 0.7 },
      { x: 3, y: Number.NaN },
      { x: 4, y: 0.5 },
      { x: 5, y: null as unknown as number },
      { x: 6, y: 0.4 },
      { x: 7, y: 0.3 },
    ];
    expect(computeSegments(points)).toEqual([
      [
        { x: 1, y: 0.9 },
        { x: 2, y: 0.7 },
      ],
      [{ x: 4, y: 0.5 }],
      [
        { x: 6, y: 0.4 },
        { x: 7, y: 0.3 },
      ],
    ]);
  });

  it('computeSegments of an empty or all-missing series has no segments', () => {
    expect(computeSegments([])).toEqual([]);
    expect(computeSegments([{ x: 1, y: Number.NaN }])).toEqual([]);
  });

  it('isDrawable accepts only points with two finite numbers', () => {
    expect(isDrawable({ x: 0, y: -2 })).toBe(true);
    expect(isDrawable({ x: Number.POSITIVE_INFINITY, y: 1 })).toBe(false);
    expect(isDrawable({ x: 1, y: null })).toBe(false);
  });

  it('computeAxisDomain keeps a usable fixed domain and otherwise uses the data extent', () => {
    expect(computeAxisDomain([0.2, 0.4], [0, 1])).toEqual([0, 1]);
    expect(computeAxisDomain([0.2, 0.4], [1, 0])).toEqual([0, 1]);
    expect(computeAxisDomain([0.2, Number.NaN, 0.4], [0.5, 0.5])).toEqual([0.2, 0.4]);
    expect(computeAxisDomain([0.3, 0.3])).toEqual([-0.7, 1.3]);
    expect(computeAxisDomain([])).toEqual([0, 1]);
  });

  it('computePointsDomains with a diagonal gives both axes the same domain covering x and y', () => {
    const points = [
      { x: 2, y: 3 },
      { x: 5, y: 1 },
      { x: Number.NaN, y: 100 },
    ];
    expect(computePointsDomains(points, { diagonal: true })).toEqual({ x: [1, 5], y: [1, 5] });
  });

  it('computePointsDomains with a zero line always includes 0 on the y axis', () => {
    const residuals = [
      { x: 10, y: 2 },
      { x: 20, y: 4 },
    ];
    expect(computePointsDomains(residuals, { zeroLine: true })).toEqual({ x: [10, 20], y: [0, 4] });
    expect(computePointsDomains(residuals, {})).toEqual({ x: [10, 20], y: [2, 4] });
  });

  it('computeDiagonal clips y = x to the overlap of both domains and is null when they miss', () => {
    expect(computeDiagonal([0, 1], [0, 1])).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ]);
    expect(computeDiagonal([0, 10], [2, 4])).toEqual([
      { x: 2, y: 2 },
      { x: 4, y: 4 },
    ]);
    expect(computeDiagonal([0, 1], [5, 6])).toBeNull();
  });

  it('computeLegendLayout flows entries left to right and wraps to a new row when full', () => {
    // Each entry: 22 swatch + 6.5 per character; 14 between entries.
    const layout = computeLegendLayout(['loss', 'val_loss', 'accuracy'], 200);
    // loss: 22 + 26 = 48 → next at 62; val_loss: 22 + 52 = 74 → next at 150;
    // accuracy: 22 + 52 = 74, 150 + 74 > 200 → new row.
    expect(layout.items).toEqual([
      { x: 0, y: 0, text: 'loss' },
      { x: 62, y: 0, text: 'val_loss' },
      { x: 0, y: 18, text: 'accuracy' },
    ]);
    expect(layout.height).toBe(36);
  });

  it('computeLegendLayout shortens a label longer than a row and takes no room when empty', () => {
    const layout = computeLegendLayout(['a'.repeat(40)], 100);
    // (100 − 22) / 6.5 = 12 characters: 11 kept and an ellipsis.
    expect(layout.items[0]?.text).toBe(`${'a'.repeat(11)}…`);
    expect(computeLegendLayout([], 100)).toEqual({ items: [], height: 0 });
  });

  it('computeSeriesColor gives ten distinct colours and then cycles', () => {
    const colors = Array.from({ length: 10 }, (_, i) => computeSeriesColor(i));
    expect(new Set(colors).size).toBe(10);
    expect(computeSeriesColor(10)).toBe(colors[0]);
  });
});
