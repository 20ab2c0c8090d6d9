/**
 * Classification scores of class probabilities against true classes, with scikit-learn 1.2's
 * semantics: prediction = argmax; per-class and macro averages over all classes
 * (`labels=range(k)`, `zero_division=0`); ROC AUC and PR AUC one-vs-rest over the classes present;
 * log loss clipped at the dtype's machine epsilon and renormalised. Plain numbers only.
 */
import { LabError } from '../../shared/lab-error';
import { computeCalibration, computeTopLabelCalibration } from './calibration';
import {
  computeArgmax,
  computeClassCountScores,
  computeConfusion,
  computeMean,
  computeWeightedMean,
} from './class-scores';
import {
  computeAveragePrecision,
  computePrCurve,
  computeRocCurve,
  computeStepArea,
  computeTrapezoidArea,
} from './roc-pr-curves';
import type { ClassificationReport, ClassScores, MetricScores } from './types';

/** Machine epsilon of the probabilities' float type, as sklearn's `log_loss(eps='auto')`. */
function epsilonOf(probabilities: Float32Array | Float64Array): number {
  return probabilities instanceof Float32Array ? 2 ** -23 : Number.EPSILON;
}

/** Mean log loss of the true classes (sklearn 1.2 `log_loss(labels=range(k))`); null below two classes. */
export function computeLogLoss(
  truth: ArrayLike<number>,
  probabilities: Float32Array | Float64Array,
  classCount: number,
): number | null {
  const n = truth.length;
  if (n === 0 || classCount < 2) return null;
  const eps = epsilonOf(probabilities);
  const clip = (p: number) => Math.min(Math.max(p, eps), 1 - eps);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    for (let c = 0; c < classCount; c++) rowSum += clip(probabilities[i * classCount + c]!);
    total -= Math.log(clip(probabilities[i * classCount + truth[i]!]!) / rowSum);
  }
  return total / n;
}

/** Column `c` of an n×k row-major matrix. */
function columnOf(matrix: ArrayLike<number>, k: number, c: number, n: number): Float64Array {
  const column = new Float64Array(n);
  for (let i = 0; i < n; i++) column[i] = matrix[i * k + c]!;
  return column;
}

/**
 * Scores of probabilities (n×k row-major) against true class indices: accuracy, balanced
 * accuracy, macro and weighted precision/recall/F1, ROC AUC, PR AUC, log loss; and the report
 * (confusion, per-class scores, one-vs-rest ROC and PR curves, calibration).
 */
export function computeClassificationScores(
  truth: ArrayLike<number>,
  probabilities: Float32Array | Float64Array,
  labels: string[],
): { metrics: MetricScores; report: ClassificationReport; predicted: Int32Array } {
  const k = labels.length;
  const n = truth.length;
  if (k === 0 || probabilities.length !== n * k) {
    throw new LabError(
      'INVALID_ARGUMENT',
      `expected ${n} × ${k} probabilities, got ${probabilities.length}`,
      {
        params: { field: 'probabilities', reason: 'invalid', detail: `${n} × ${k}` },
      },
    );
  }
  const predicted = computeArgmax(probabilities, k);
  const confusion = computeConfusion(truth, predicted, k);
  const counts = computeClassCountScores(confusion);
  const support = counts.map((c) => c.support);
  const perClass: ClassScores[] = [];
  const roc: ClassificationReport['roc'] = [];
  const pr: ClassificationReport['pr'] = [];
  for (let c = 0; c < k; c++) {
    const isClass = Uint8Array.from({ length: n }, (_, i) => (truth[i] === c ? 1 : 0));
    const score = columnOf(probabilities, k, c, n);
    const rocCurve = computeRocCurve(isClass, score);
    const prCurve = computePrCurve(isClass, score);
    const label = labels[c]!;
    perClass.push({
      label,
      ...counts[c]!,
      rocAuc: rocCurve === null ? null : computeTrapezoidArea(rocCurve),
      prAuc: prCurve === null ? null : computeStepArea(prCurve),
    });
    if (k === 2 && c === 0) continue;
    if (rocCurve !== null) roc.push({ label, points: rocCurve });
    if (prCurve !== null) pr.push({ label, points: prCurve });
  }
  const hits = confusion.reduce((sum, row, c) => sum + row[c]!, 0);
  const present = counts.filter((c) => c.support > 0);
  const metrics: MetricScores = {
    accuracy: n > 0 ? hits / n : null,
    balanced_accuracy: computeMean(present.map((c) => c.recall)),
    precision_macro: n > 0 ? computeMean(counts.map((c) => c.precision)) : null,
    recall_macro: n > 0 ? computeMean(counts.map((c) => c.recall)) : null,
    f1_macro: n > 0 ? computeMean(counts.map((c) => c.f1)) : null,
    precision_weighted:
      n > 0
        ? computeWeightedMean(
            counts.map((c) => c.precision),
            support,
          )
        : null,
    recall_weighted:
      n > 0
        ? computeWeightedMean(
            counts.map((c) => c.recall),
            support,
          )
        : null,
    f1_weighted:
      n > 0
        ? computeWeightedMean(
            counts.map((c) => c.f1),
            support,
          )
        : null,
    roc_auc: null,
    pr_auc: null,
    log_loss: computeLogLoss(truth, probabilities, k),
  };
  if (k === 2) {
    metrics['roc_auc'] = perClass[1]!.rocAuc;
    metrics['pr_auc'] = computeAveragePrecision(
      Uint8Array.from({ length: n }, (_, i) => (truth[i] === 1 ? 1 : 0)),
      columnOf(probabilities, k, 1, n),
    );
  } else {
    const aucs = perClass.filter((c) => c.rocAuc !== null).map((c) => c.rocAuc!);
    metrics['roc_auc'] = aucs.length >= 2 ? computeMean(aucs) : null;
    metrics['pr_auc'] = computeMean(perClass.filter((c) => c.prAuc !== null).map((c) => c.prAuc!));
  }
  const calibration = [computeTopLabelCalibration(truth, probabilities, k)];
  if (k === 2) {
    const positive = Uint8Array.from({ length: n }, (_, i) => (truth[i] === 1 ? 1 : 0));
    calibration.push(
      computeCalibration(
        labels[1]!,
        positive as ArrayLike<0 | 1>,
        columnOf(probabilities, k, 1, n),
      ),
    );
  }
  return { metrics, report: { labels, confusion, perClass, roc, pr, calibration }, predicted };
}
