import { describe, expect, it } from 'vitest';
import {
  computeCalibration,
  computeCalibrationBin,
  computeClassificationScores,
  computeTopLabelCalibration,
} from '../../../src/lifecycle/evaluate';
import {
  classCases,
  expectClose,
  flatProbabilities,
  type ReferenceCalibration,
} from './evaluate-fixture';

function expectMatches(
  actual: ReturnType<typeof computeCalibration>,
  expected: ReferenceCalibration,
) {
  expect(actual.bins.map((b) => b.count)).toEqual(expected.bins.map((b) => b.count));
  expect(actual.bins.map((b) => b.lower)).toEqual(expected.bins.map((b) => b.bin / 10));
  actual.bins.forEach((bin, i) => {
    // sklearn's calibration_curve: fraction of positives and mean predicted per non-empty bin.
    expectClose(bin.fractionPositive, expected.sklearnFractionPositive[i]!);
    expectClose(bin.meanPredicted, expected.sklearnMeanPredicted[i]!);
  });
  // ECE: the fixture script's own numpy implementation.
  expectClose(actual.ece, expected.ece);
}

describe('computeCalibration against sklearn calibration_curve and a numpy ECE', () => {
  for (const entry of classCases) {
    const k = entry.labels.length;
    const probabilities = flatProbabilities(entry);
    it(`${entry.name}: top-label confidence bins and ECE match`, () => {
      expectMatches(
        computeTopLabelCalibration(entry.truth, probabilities, k),
        entry.calibration.top,
      );
    });
    if (entry.calibration.positive !== null) {
      const positive = entry.calibration.positive;
      it(`${entry.name}: the positive class's bins and ECE match`, () => {
        const isPositive = entry.truth.map((t) => (t === 1 ? 1 : 0) as 0 | 1);
        const p1 = entry.probabilities.map((row) => row[1]!);
        expectMatches(computeCalibration(entry.labels[1]!, isPositive, p1), positive);
      });
      it(`${entry.name}: the report carries the top-label and positive-class calibration`, () => {
        const { report } = computeClassificationScores(entry.truth, probabilities, entry.labels);
        expect(report.calibration.map((c) => c.of)).toEqual(['top', entry.labels[1]]);
        expectClose(report.calibration[1]!.ece, positive.ece);
      });
    }
  }

  it('a probability on an inner edge falls in the lower bin, as sklearn (edges are k(1 + 1e-8)/10)', () => {
    expect(computeCalibrationBin(0.1, 10)).toBe(0);
    expect(computeCalibrationBin(0.3, 10)).toBe(2);
    expect(computeCalibrationBin(0.30000001, 10)).toBe(3);
    expect(computeCalibrationBin(0, 10)).toBe(0);
    expect(computeCalibrationBin(1, 10)).toBe(9);
  });

  it('a perfectly calibrated score has an ECE of 0', () => {
    const result = computeCalibration('yes', [1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5]);
    expect(result.ece).toBe(0);
    expect(result.bins).toEqual([
      { lower: 0.4, upper: 0.5, meanPredicted: 0.5, fractionPositive: 0.5, count: 4 },
    ]);
  });

  it('always-wrong full confidence has an ECE of 1', () => {
    expect(computeCalibration('yes', [0, 0], [1, 1]).ece).toBe(1);
  });

  it('no rows give no bins and an ECE of 0', () => {
    expect(computeCalibration('top', [], [])).toEqual({ of: 'top', bins: [], ece: 0 });
  });

  it('a probability outside [0, 1] is an INVALID_ARGUMENT LabError', () => {
    expect(() => computeCalibration('yes', [1], [1.5])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
