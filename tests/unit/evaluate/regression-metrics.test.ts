import { describe, expect, it } from 'vitest';
import { computeRegressionScores, computeSamplePositions } from '../../../src/lifecycle/evaluate';
import { expectClose, valueCases } from './evaluate-fixture';

describe('computeRegressionScores against scikit-learn 1.2.1', () => {
  for (const entry of valueCases) {
    const rows = entry.truth.map((_, i) => i + 100);
    const { metrics, report } = computeRegressionScores(entry.truth, entry.predicted, rows, 7);
    for (const [metric, expected] of Object.entries(entry.metrics)) {
      it(`${entry.name}: ${metric} is ${expected}`, () => expectClose(metrics[metric], expected));
    }
    it(`${entry.name}: the residual summary (actual − predicted, population std) matches numpy`, () => {
      for (const key of ['mean', 'std', 'min', 'max'] as const) {
        expectClose(report.residualSummary[key], entry.residualSummary[key]);
      }
    });
    it(`${entry.name}: under 2,000 rows every point is plotted with its row`, () => {
      expect(report.points).toHaveLength(entry.truth.length);
      expect(report.points[3]).toEqual({
        actual: entry.truth[3],
        predicted: entry.predicted[3],
        row: 103,
      });
    });
  }

  it('a zero in the truth makes MAPE huge through the 2^-52 denominator, as sklearn', () => {
    expect(valueCases[0]!.truth).toContain(0);
    expect(valueCases[0]!.metrics['mape']).toBeGreaterThan(1e12);
  });

  it('r2 of a constant truth is 1 when predicted exactly and 0 otherwise', () => {
    expect(computeRegressionScores([3, 3], [3, 3], [0, 1], 1).metrics['r2']).toBe(1);
    expect(computeRegressionScores([3, 3], [3, 4], [0, 1], 1).metrics['r2']).toBe(0);
  });

  it('r2 of a single row is null (sklearn returns nan)', () => {
    expect(computeRegressionScores([3], [4], [0], 1).metrics['r2']).toBeNull();
  });

  it('no rows give null metrics and no points', () => {
    const { metrics, report } = computeRegressionScores([], [], [], 1);
    expect(metrics).toEqual({ mae: null, rmse: null, r2: null, mape: null });
    expect(report.points).toEqual([]);
  });

  it('more than 2,000 rows are sampled to 2,000 distinct rows, the same for the same seed', () => {
    const truth = Float64Array.from({ length: 5000 }, (_, i) => i);
    const rows = Float64Array.from({ length: 5000 }, (_, i) => i * 2);
    const a = computeRegressionScores(truth, truth, rows, 42).report.points;
    const b = computeRegressionScores(truth, truth, rows, 42).report.points;
    const c = computeRegressionScores(truth, truth, rows, 43).report.points;
    expect(a).toHaveLength(2000);
    expect(new Set(a.map((p) => p.row)).size).toBe(2000);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.every((p) => p.row === p.actual * 2)).toBe(true);
  });

  it('sampled positions are in ascending order', () => {
    const positions = computeSamplePositions(100, 10, 3);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });
});
