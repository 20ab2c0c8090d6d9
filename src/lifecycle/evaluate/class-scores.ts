/**
 * Counting scores of predicted classes against true classes: the confusion matrix and
 * per-class precision, recall and F1 with scikit-learn's semantics (`zero_division=0`).
 */
import { LabError } from '../../shared/lab-error';

/** Precision, recall, F1 and support of one class. */
export interface ClassCounts {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Class index of each row of an n×k probability matrix: the first highest probability. */
export function computeArgmax(probabilities: ArrayLike<number>, classCount: number): Int32Array {
  const n = classCount > 0 ? Math.floor(probabilities.length / classCount) : 0;
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < classCount; c++) {
      if (probabilities[i * classCount + c]! > probabilities[i * classCount + best]!) best = c;
    }
    predicted[i] = best;
  }
  return predicted;
}

/** Confusion matrix: rows the true class, columns the predicted class, over `classCount` classes. */
export function computeConfusion(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
): number[][] {
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i]!;
    const p = predicted[i]!;
    if (!(t >= 0 && t < classCount && Number.isInteger(t))) {
      throw new LabError('INVALID_ARGUMENT', `true class ${t} at row ${i} is not a class index`, {
        params: { field: 'truth', reason: 'not_allowed' },
        row: i,
      });
    }
    matrix[t]![p]! += 1;
  }
  return matrix;
}

/** Per-class precision, recall and F1 from a confusion matrix (0 where undefined, as sklearn). */
export function computeClassCountScores(confusion: readonly number[][]): ClassCounts[] {
  return confusion.map((row, c) => {
    const tp = row[c]!;
    const support = row.reduce((sum, v) => sum + v, 0);
    const predicted = confusion.reduce((sum, r) => sum + r[c]!, 0);
    const precision = predicted > 0 ? tp / predicted : 0;
    const recall = support > 0 ? tp / support : 0;
    const denominator = precision + recall;
    const f1 = denominator > 0 ? (2 * precision * recall) / denominator : 0;
    return { precision, recall, f1, support };
  });
}

/** Mean of values (macro average); null for none. */
export function computeMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Mean weighted by class support (sklearn's `average='weighted'`); 0 without support. */
export function computeWeightedMean(values: readonly number[], weights: readonly number[]): number {
  let total = 0;
  let weighted = 0;
  values.forEach((v, i) => {
    weighted += v * weights[i]!;
    total += weights[i]!;
  });
  return total > 0 ? weighted / total : 0;
}
