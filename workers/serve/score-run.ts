/**
 * Scores a loaded run's outputs on rows of its data: metrics and reports (classification or
 * regression), the trivial baseline fitted on the training part, and per-row predictions.
 */
import {
  computeClassificationBaselineScores,
  computeRegressionBaselineScores,
} from '../../src/lifecycle/evaluate/baseline-metrics';
import { computeClassificationScores } from '../../src/lifecycle/evaluate/classification-metrics';
import { computeRegressionScores } from '../../src/lifecycle/evaluate/regression-metrics';
import type {
  ClassificationReport,
  MetricScores,
  RegressionReport,
} from '../../src/lifecycle/evaluate/types';
import { decodeRegression } from '../../src/lifecycle/train/apply-preprocessing';
import type { LoadedRun } from './run-model';

/** Scores of outputs on one part, with what the slices and errors need. */
export interface ScoredPart {
  metrics: MetricScores;
  classification: ClassificationReport | null;
  regression: RegressionReport | null;
  /** Class index (classification) or value in original units, per row. */
  truth: Float64Array;
  predicted: Float64Array;
  probabilities: Float64Array | null;
  labels: string[] | null;
}

/** Target values of the training part in original units (regression) or class indices. */
function originalTargets(loaded: LoadedRun, y: Float32Array): Float64Array {
  const target = loaded.preprocessing.target;
  return Float64Array.from(y, (v) => (target.kind === 'numeric' ? decodeRegression(v, target) : v));
}

/** Scores `outputs` against part truth `y` (as the model sees it) on `rows`. */
export function scoreOutputs(
  loaded: LoadedRun,
  outputs: Float32Array,
  y: Float32Array,
  rows: ArrayLike<number>,
  seed: number,
): ScoredPart {
  const target = loaded.preprocessing.target;
  const truth = originalTargets(loaded, y);
  if (target.kind === 'classes') {
    const probabilities = Float64Array.from(outputs);
    const scored = computeClassificationScores(truth, probabilities, target.classes);
    return {
      metrics: scored.metrics,
      classification: scored.report,
      regression: null,
      truth,
      predicted: Float64Array.from(scored.predicted),
      probabilities,
      labels: target.classes,
    };
  }
  const predicted = Float64Array.from(outputs, (v) => decodeRegression(v, target));
  const scored = computeRegressionScores(truth, predicted, rows, seed);
  return {
    metrics: scored.metrics,
    classification: null,
    regression: scored.report,
    truth,
    predicted,
    probabilities: null,
    labels: null,
  };
}

/** The trivial baseline fitted on the training part and scored on `y`. */
export function scoreBaseline(loaded: LoadedRun, y: Float32Array): MetricScores {
  const target = loaded.preprocessing.target;
  const fit = originalTargets(loaded, loaded.data.train.y);
  const score = originalTargets(loaded, y);
  return target.kind === 'classes'
    ? computeClassificationBaselineScores(fit, score, target.classes.length)
    : computeRegressionBaselineScores(fit, score);
}
