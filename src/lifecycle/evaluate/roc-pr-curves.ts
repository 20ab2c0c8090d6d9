/**
 * ROC and precision–recall curves of one score against a yes/no truth, with scikit-learn 1.2's
 * semantics (`roc_curve(drop_intermediate=True)`, `precision_recall_curve`,
 * `average_precision_score`, `roc_auc_score`). Plain numbers only.
 */
import type { CurvePoint } from './types';

/** Cumulative false and true positives at each distinct score, highest score first. */
interface BinaryCounts {
  fps: number[];
  tps: number[];
  thresholds: number[];
}

function computeBinaryCounts(
  positive: ArrayLike<number | boolean>,
  score: ArrayLike<number>,
): BinaryCounts {
  const n = score.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]!);
  const counts: BinaryCounts = { fps: [], tps: [], thresholds: [] };
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i]!;
    if (positive[row]) tp += 1;
    else fp += 1;
    const next = order[i + 1];
    if (next === undefined || score[next] !== score[row]) {
      counts.fps.push(fp);
      counts.tps.push(tp);
      counts.thresholds.push(score[row]!);
    }
  }
  return counts;
}

/**
 * ROC curve (x = false positive rate, y = true positive rate) as scikit-learn 1.2's `roc_curve`
 * with `drop_intermediate=True`; the first threshold is the highest score + 1. Null unless both
 * positives and negatives are present.
 */
export function computeRocCurve(
  positive: ArrayLike<number | boolean>,
  score: ArrayLike<number>,
): CurvePoint[] | null {
  let { fps, tps, thresholds } = computeBinaryCounts(positive, score);
  const last = fps.length - 1;
  if (last < 0 || fps[last] === 0 || tps[last] === 0) return null;
  if (fps.length > 2) {
    const keep: number[] = [];
    for (let i = 0; i <= last; i++) {
      const corner =
        i === 0 ||
        i === last ||
        fps[i - 1]! - 2 * fps[i]! + fps[i + 1]! !== 0 ||
        tps[i - 1]! - 2 * tps[i]! + tps[i + 1]! !== 0;
      if (corner) keep.push(i);
    }
    fps = keep.map((i) => fps[i]!);
    tps = keep.map((i) => tps[i]!);
    thresholds = keep.map((i) => thresholds[i]!);
  }
  const negatives = fps[fps.length - 1]!;
  const positives = tps[tps.length - 1]!;
  const points: CurvePoint[] = [{ x: 0, y: 0, threshold: thresholds[0]! + 1 }];
  fps.forEach((fp, i) => {
    points.push({ x: fp / negatives, y: tps[i]! / positives, threshold: thresholds[i]! });
  });
  return points;
}

/** Area under a curve by the trapezoidal rule (numpy `trapz`, as sklearn's `auc`). */
export function computeTrapezoidArea(points: readonly CurvePoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((b.x - a.x) * (b.y + a.y)) / 2;
  }
  return area;
}

/** ROC AUC of a score (sklearn `roc_auc_score`, binary); null unless both outcomes occur. */
export function computeRocAuc(
  positive: ArrayLike<number | boolean>,
  score: ArrayLike<number>,
): number | null {
  const curve = computeRocCurve(positive, score);
  return curve === null ? null : computeTrapezoidArea(curve);
}

/**
 * Precision–recall curve (x = recall, y = precision) as scikit-learn 1.2's
 * `precision_recall_curve`: thresholds ascending, ending at (recall 0, precision 1) without a
 * threshold. Null when there are no positives.
 */
export function computePrCurve(
  positive: ArrayLike<number | boolean>,
  score: ArrayLike<number>,
): CurvePoint[] | null {
  const { fps, tps, thresholds } = computeBinaryCounts(positive, score);
  const positives = tps[tps.length - 1] ?? 0;
  if (positives === 0) return null;
  const points: CurvePoint[] = [];
  for (let i = tps.length - 1; i >= 0; i--) {
    const predicted = tps[i]! + fps[i]!;
    const precision = predicted === 0 ? 0 : tps[i]! / predicted;
    points.push({ x: tps[i]! / positives, y: precision, threshold: thresholds[i]! });
  }
  points.push({ x: 0, y: 1 });
  return points;
}

/** Average precision of a PR curve: the step-wise sum Σ (Rₙ − Rₙ₋₁) Pₙ, as sklearn. */
export function computeStepArea(points: readonly CurvePoint[]): number {
  let area = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    area -= (points[i + 1]!.x - points[i]!.x) * points[i]!.y;
  }
  return area;
}

/** Average precision of a score (sklearn `average_precision_score`); null without positives. */
export function computeAveragePrecision(
  positive: ArrayLike<number | boolean>,
  score: ArrayLike<number>,
): number | null {
  const curve = computePrCurve(positive, score);
  return curve === null ? null : computeStepArea(curve);
}
