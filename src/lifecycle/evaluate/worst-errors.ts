/** The rows a model got most wrong: classification 1 − p(truth), regression |error|. */
import { worstErrorCount } from './defaults';
import type { ErrorRow } from './types';

/** A feature value of an error row. */
export type FeatureValue = string | number | boolean | null;

/** What the worst errors are picked from, position-aligned. */
export interface WorstErrorInput {
  /** 0-based rows of the version. */
  rows: ArrayLike<number>;
  truth: ArrayLike<string | number | null>;
  prediction: ArrayLike<string | number>;
  /** How wrong each prediction is; NaN rows are skipped. */
  loss: ArrayLike<number>;
  /** Feature values by position, as a function or as columns by name. */
  features:
    ((position: number) => Record<string, FeatureValue>) | Record<string, ArrayLike<FeatureValue>>;
}

/** Classification loss of each row: 1 − the probability given to its true class (n×k row-major). */
export function computeClassificationLosses(
  truth: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
): Float64Array {
  return Float64Array.from(
    { length: truth.length },
    (_, i) => 1 - probabilities[i * classCount + truth[i]!]!,
  );
}

/** Regression loss of each row: |truth − predicted|. */
export function computeRegressionLosses(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
): Float64Array {
  return Float64Array.from({ length: truth.length }, (_, i) => Math.abs(truth[i]! - predicted[i]!));
}

/** The `count` (default 50) rows with the largest loss, ties in row order, with their features. */
export function computeWorstErrors(input: WorstErrorInput, count = worstErrorCount): ErrorRow[] {
  const { rows, truth, prediction, loss, features } = input;
  const positions = Array.from({ length: loss.length }, (_, i) => i).filter(
    (i) => !Number.isNaN(loss[i]!),
  );
  positions.sort((a, b) => loss[b]! - loss[a]! || rows[a]! - rows[b]!);
  return positions.slice(0, Math.max(0, count)).map((i) => ({
    row: rows[i]!,
    truth: truth[i] ?? null,
    prediction: prediction[i]!,
    loss: loss[i]!,
    features:
      typeof features === 'function'
        ? features(i)
        : Object.fromEntries(
            Object.entries(features).map(([name, column]) => [name, column[i] ?? null]),
          ),
  }));
}
