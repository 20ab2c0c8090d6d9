import { describe, expect, it } from 'vitest';
import {
  computeImportanceDomain,
  computeImportanceRows,
} from '../../../src/ui/charts/importance-chart';
import {
  computeWaterfallDomain,
  computeWaterfallSteps,
} from '../../../src/ui/charts/waterfall-chart';

const labels = { base: 'base', prediction: 'f(x)' };

describe('waterfall chart layout', () => {
  it('computeWaterfallSteps chains contributions by |value| from the base to the prediction', () => {
    // base 0.5; +0.3 (a), -0.1 (b), +0.05 (c): running sums 0.8, 0.7, 0.75 = the prediction.
    const steps = computeWaterfallSteps(
      {
        base: 0.5,
        items: [
          { label: 'c', value: 0.05 },
          { label: 'b', value: -0.1 },
          { label: 'a', value: 0.3 },
        ],
        prediction: 0.75,
      },
      labels,
    );
    expect(steps.map((s) => s.label)).toEqual(['base', 'a', 'b', 'c', 'f(x)']);
    expect(steps.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['base', 0.5, 0.5],
      ['item', 0.5, 0.8],
      ['item', 0.8, expect.closeTo(0.7, 12)],
      ['item', expect.closeTo(0.7, 12), expect.closeTo(0.75, 12)],
      ['prediction', 0.75, 0.75],
    ]);
  });

  it('computeWaterfallSteps keeps the prediction as given even when the bars do not add up', () => {
    const steps = computeWaterfallSteps(
      { base: 1, items: [{ label: 'x', value: 2 }], prediction: 3.5 },
      labels,
    );
    expect(steps[1]?.end).toBe(3);
    expect(steps[2]?.value).toBe(3.5);
    expect(computeWaterfallDomain(steps)).toEqual([1, 3.5]);
  });

  it('computeWaterfallDomain widens a single value to a unit span and skips non-finite bars', () => {
    const steps = computeWaterfallSteps(
      { base: 2, items: [{ label: 'nan', value: Number.NaN }], prediction: 2 },
      labels,
    );
    expect(steps).toHaveLength(2);
    expect(computeWaterfallDomain(steps)).toEqual([1.5, 2.5]);
  });
});

describe('importance chart layout', () => {
  it('computeImportanceRows sorts by mean drop and spans mean ± std', () => {
    const rows = computeImportanceRows([
      { label: 'b', mean: 0.05, std: 0.02 },
      { label: 'a', mean: 0.2, std: 0.05 },
      { label: 'c', mean: -0.01, std: 0.03 },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ low: expect.closeTo(0.15, 12), high: 0.25 });
    expect(computeImportanceDomain(rows)).toEqual([expect.closeTo(-0.04, 12), 0.25]);
  });

  it('computeImportanceDomain always contains zero and falls back to [0, 1] when empty', () => {
    const rows = computeImportanceRows([{ label: 'x', mean: 0.3, std: 0 }]);
    expect(computeImportanceDomain(rows)).toEqual([0, 0.3]);
    expect(computeImportanceDomain([])).toEqual([0, 1]);
  });
});
