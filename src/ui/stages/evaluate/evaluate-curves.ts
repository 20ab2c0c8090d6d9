/**
 * Chart series of the Evaluate page from a report's plain data: ROC and PR curves per class,
 * calibration, robustness per perturbation, and the regression plots. Pure.
 */
import type {
  Calibration,
  CurvePoint,
  RegressionReport,
  RobustnessReport,
} from '../../../api/types';
import type { LineSeries } from '../../charts/line-chart';

/** One line per class from per-class curves (ROC or PR). */
export function computeCurveSeries(
  curves: readonly { label: string; points: readonly CurvePoint[] }[],
): LineSeries[] {
  return curves.map((curve) => ({
    id: curve.label,
    label: curve.label,
    points: curve.points.map((point) => ({ x: point.x, y: point.y })),
  }));
}

/** One line per calibration: mean predicted probability against the share positive, per non-empty bin. */
export function computeCalibrationSeries(calibrations: readonly Calibration[]): LineSeries[] {
  return calibrations.map((calibration) => ({
    id: calibration.of,
    label: calibration.of,
    points: calibration.bins
      .filter((bin) => bin.count > 0)
      .map((bin) => ({ x: bin.meanPredicted, y: bin.fractionPositive })),
  }));
}

/** Perturbation kinds in a report, in their first order. */
export function computeRobustnessKinds(
  report: RobustnessReport,
): RobustnessReport['points'][number]['kind'][] {
  return [...new Set(report.points.map((point) => point.kind))];
}

/**
 * One line per perturbation kind: the metric against strength, starting from the clean value at
 * strength 0; undefined values are left out.
 */
export function computeRobustnessSeries(report: RobustnessReport): LineSeries[] {
  return computeRobustnessKinds(report).map((kind) => {
    const points = report.points
      .filter((point) => point.kind === kind && point.value !== null && point.strength > 0)
      .sort((a, b) => a.strength - b.strength)
      .map((point) => ({ x: point.strength, y: point.value ?? 0 }));
    if (report.clean !== null) points.unshift({ x: 0, y: report.clean });
    return { id: kind, label: kind, points };
  });
}

/** Predicted against actual (x: actual, y: predicted), for the plot with the y = x diagonal. */
export function computePredictedPoints(regression: RegressionReport): { x: number; y: number }[] {
  return regression.points.map((point) => ({ x: point.actual, y: point.predicted }));
}

/** Residuals (actual − predicted) against the prediction, for the plot with the zero line. */
export function computeResidualPoints(regression: RegressionReport): { x: number; y: number }[] {
  return regression.points.map((point) => ({
    x: point.predicted,
    y: point.actual - point.predicted,
  }));
}
