/**
 * The trivial baseline's scores: the majority class with the class priors as probabilities
 * (scikit-learn's DummyClassifier "prior") or the mean (DummyRegressor "mean"), fitted on one set
 * of targets and scored on another with each success-criterion metric. Plain numbers only.
 */

/** Scores by metric name (`accuracy`, `f1_macro`, `mae`…); null where the metric is undefined. */
export type BaselineScores = Record<string, number | null>;

/** What a classification baseline learnt: its majority class and the class priors. */
export interface ClassBaseline {
  /** Class index predicted for every row (the first of the most frequent, in class order). */
  majority: number;
  /** Share of each class among the fitted rows. */
  priors: number[];
}

/** Counts of each class index in `labels` (indices 0 to `classCount - 1`). */
export function computeClassCounts(labels: ArrayLike<number>, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]!]! += 1;
  return counts;
}

/** Fits the majority-class baseline on class indices (classes in sorted label order). */
export function computeClassBaseline(fit: ArrayLike<number>, classCount: number): ClassBaseline {
  const counts = computeClassCounts(fit, classCount);
  let majority = 0;
  counts.forEach((count, k) => {
    if (count > counts[majority]!) majority = k;
  });
  return { majority, priors: counts.map((count) => count / fit.length) };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Scores the majority-class baseline on `score` (class indices), with scikit-learn's semantics:
 * macro averages over the classes present in the scored labels or predicted (zero_division=0),
 * ROC AUC one-vs-rest (0.5 for constant scores), PR AUC as average precision (the positive share;
 * the second class is positive when there are two, else the macro mean one-vs-rest), log loss with
 * the priors as probabilities.
 */
export function computeClassificationBaselineScores(
  fit: ArrayLike<number>,
  score: ArrayLike<number>,
  classCount: number,
): BaselineScores {
  const n = score.length;
  const { majority, priors } = computeClassBaseline(fit, classCount);
  if (n === 0 || fit.length === 0) return {};
  const support = computeClassCounts(score, classCount);
  const present = support.filter((count) => count > 0).length;
  const hits = support[majority]!;
  const accuracy = hits / n;
  // Labels of the per-class averages: classes in the scored rows, and the predicted one.
  const labelCount = present + (hits === 0 ? 1 : 0);
  const precision = accuracy;
  const recall = hits > 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  let logLoss = 0;
  for (let i = 0; i < n; i++) logLoss -= Math.log(priors[score[i]!]!);
  const fitted = priors.filter((prior) => prior > 0).length;
  let prAuc: number | null = null;
  if (fitted === 2) {
    let positive = classCount - 1;
    while (priors[positive] === 0) positive -= 1;
    prAuc = support[positive]! / n;
  } else if (fitted > 2) {
    prAuc = mean(support.filter((_, k) => priors[k]! > 0).map((count) => count / n));
  }
  return {
    accuracy,
    balanced_accuracy: recall / present,
    precision_macro: precision / labelCount,
    recall_macro: recall / labelCount,
    f1_macro: f1 / labelCount,
    f1_weighted: (hits / n) * f1,
    roc_auc: present > 1 ? 0.5 : null,
    pr_auc: prAuc,
    log_loss: Number.isFinite(logLoss) ? logLoss / n : null,
  };
}

/** Scores the mean of `fit` as the prediction for every value of `score` (MAE, RMSE, R², MAPE). */
export function computeRegressionBaselineScores(
  fit: ArrayLike<number>,
  score: ArrayLike<number>,
): BaselineScores {
  const n = score.length;
  if (n === 0 || fit.length === 0) return {};
  let fitSum = 0;
  for (let i = 0; i < fit.length; i++) fitSum += fit[i]!;
  const prediction = fitSum / fit.length;
  let scoreSum = 0;
  for (let i = 0; i < n; i++) scoreSum += score[i]!;
  const scoreMean = scoreSum / n;
  let absolute = 0;
  let squared = 0;
  let total = 0;
  let percentage = 0;
  for (let i = 0; i < n; i++) {
    const value = score[i]!;
    const error = value - prediction;
    absolute += Math.abs(error);
    squared += error * error;
    total += (value - scoreMean) ** 2;
    percentage += Math.abs(error) / Math.max(Math.abs(value), Number.EPSILON);
  }
  // scikit-learn: R² of a constant target is 1 when predicted exactly, else 0.
  const r2 = total > 0 ? 1 - squared / total : squared === 0 ? 1 : 0;
  return { mae: absolute / n, rmse: Math.sqrt(squared / n), r2, mape: percentage / n };
}
