import { describe, expect, it } from 'vitest';
import type { Calibration, RegressionReport, RobustnessReport } from '../../../src/api/types';
import {
  computeCalibrationSeries,
  computeCurveSeries,
  computePredictedPoints,
  computeResidualPoints,
  computeRobustnessSeries,
} from '../../../src/ui/stages/evaluate/evaluate-curves';

describe('evaluate chart series', () => {
  it('gives one ROC or PR line per class with the points in order and thresholds dropped', () => {
    const series = computeCurveSeries([
      {
        label: 'yes',
        points: [
          { x: 0, y: 0, threshold: 1 },
          { x: 0.2, y: 0.8 },
          { x: 1, y: 1 },
        ],
      },
      { label: 'no', points: [{ x: 0, y: 0 }] },
    ]);
    expect(series.map((s) => s.id)).toEqual(['yes', 'no']);
    expect(series[0]?.points).toEqual([
      { x: 0, y: 0 },
      { x: 0.2, y: 0.8 },
      { x: 1, y: 1 },
    ]);
  });

  it('plots calibration bins as mean predicted against fraction positive, leaving out empty bins', () => {
    const calibration: Calibration = {
      of: 'top',
      ece: 0.05,
      bins: [
        { lower: 0, upper: 0.5, meanPredicted: 0.3, fractionPositive: 0.25, count: 4 },
        { lower: 0.5, upper: 0.6, meanPredicted: 0, fractionPositive: 0, count: 0 },
        { lower: 0.6, upper: 1, meanPredicted: 0.9, fractionPositive: 1, count: 6 },
      ],
    };
    expect(computeCalibrationSeries([calibration])[0]?.points).toEqual([
      { x: 0.3, y: 0.25 },
      { x: 0.9, y: 1 },
    ]);
  });

  it('draws each perturbation from the clean value at strength 0, by strength, without undefined values', () => {
    const report: RobustnessReport = {
      metric: 'accuracy',
      clean: 0.9,
      seed: 7,
      points: [
        { kind: 'gaussian-noise', strength: 1, value: 0.6 },
        { kind: 'missing', strength: 0.1, value: 0.85 },
        { kind: 'gaussian-noise', strength: 0.5, value: 0.8 },
        { kind: 'missing', strength: 0.3, value: null },
      ],
    };
    const series = computeRobustnessSeries(report);
    expect(series.map((s) => s.id)).toEqual(['gaussian-noise', 'missing']);
    expect(series[0]?.points).toEqual([
      { x: 0, y: 0.9 },
      { x: 0.5, y: 0.8 },
      { x: 1, y: 0.6 },
    ]);
    expect(series[1]?.points).toEqual([
      { x: 0, y: 0.9 },
      { x: 0.1, y: 0.85 },
    ]);
  });

  it('plots predicted against actual and residuals as actual − predicted against predicted', () => {
    const regression: RegressionReport = {
      points: [
        { actual: 3, predicted: 2.5, row: 0 },
        { actual: 1, predicted: 1.75, row: 4 },
      ],
      residualSummary: { mean: -0.125, std: 0.625, min: -0.75, max: 0.5 },
    };
    expect(computePredictedPoints(regression)).toEqual([
      { x: 3, y: 2.5 },
      { x: 1, y: 1.75 },
    ]);
    expect(computeResidualPoints(regression)).toEqual([
      { x: 2.5, y: 0.5 },
      { x: 1.75, y: -0.75 },
    ]);
  });
});
