/**
 * Calibration curves and the expected calibration error (ECE), with equal-width bins assigned as
 * scikit-learn 1.2's `calibration_curve(strategy='uniform')`. Plain numbers only.
 */
import { LabError } from '../../shared/lab-error';
import type { Calibration } from './types';

/**
 * Bin index of a probability among `bins` equal-width bins, as sklearn: edges
 * `linspace(0, 1 + 1e-8, bins + 1)` and `searchsorted(inner edges, p)`, so a value equal to an
 * inner edge falls in the lower bin (the edges sit just above k / bins).
 */
export function computeCalibrationBin(probability: number, bins: number): number {
  const step = (1 + 1e-8) / bins;
  let bin = 0;
  while (bin < bins - 1 && (bin + 1) * step < probability) bin += 1;
  return bin;
}

/**
 * A calibration curve of `probability` against `isPositive` in `bins` equal-width bins on [0, 1]
 * (only the non-empty bins are listed) and its ECE: Σ count / n × |fractionPositive −
 * meanPredicted|. `of` names the class, or `top` for top-label confidence (Guo et al. 2017).
 */
export function computeCalibration(
  of: string,
  isPositive: ArrayLike<0 | 1 | boolean>,
  probability: ArrayLike<number>,
  bins = 10,
): Calibration {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new LabError('INVALID_ARGUMENT', 'bins must be a positive whole number', {
      params: { field: 'bins', reason: 'not_positive' },
    });
  }
  const n = probability.length;
  const count = new Array<number>(bins).fill(0);
  const sum = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const p = probability[i]!;
    if (!(p >= 0 && p <= 1)) {
      throw new LabError('INVALID_ARGUMENT', `probability ${p} at row ${i} is outside [0, 1]`, {
        params: { field: 'probability', reason: 'invalid', detail: 'outside [0, 1]' },
        row: i,
      });
    }
    const bin = computeCalibrationBin(p, bins);
    count[bin]! += 1;
    sum[bin]! += p;
    if (isPositive[i]) hits[bin]! += 1;
  }
  const result: Calibration = { of, bins: [], ece: 0 };
  for (let b = 0; b < bins; b++) {
    const c = count[b]!;
    if (c === 0) continue;
    const meanPredicted = sum[b]! / c;
    const fractionPositive = hits[b]! / c;
    result.bins.push({
      lower: b / bins,
      upper: (b + 1) / bins,
      meanPredicted,
      fractionPositive,
      count: c,
    });
    result.ece += (c / n) * Math.abs(fractionPositive - meanPredicted);
  }
  return result;
}

/** Top-label calibration: confidence = the highest probability of each row, positive = it was right. */
export function computeTopLabelCalibration(
  truth: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
  bins = 10,
): Calibration {
  const n = truth.length;
  const confidence = new Float64Array(n);
  const correct = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < classCount; c++) {
      if (probabilities[i * classCount + c]! > probabilities[i * classCount + best]!) best = c;
    }
    confidence[i] = probabilities[i * classCount + best]!;
    correct[i] = best === truth[i] ? 1 : 0;
  }
  return computeCalibration('top', correct as ArrayLike<0 | 1>, confidence, bins);
}
