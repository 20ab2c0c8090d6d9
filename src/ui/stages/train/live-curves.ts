/**
 * The live view's charts: the training metric and its validation twin drawn together (loss
 * with val_loss, accuracy with val_accuracy, mae with val_mae), one chart per pair.
 */
import type { LineSeries } from '../../charts/line-chart';

/** Most points kept per curve; past it, every other point is dropped. */
export const maxCurvePoints = 300;

/** One live curve: a metric's value per epoch. */
export interface LiveCurve {
  metric: string;
  points: { x: number; y: number }[];
}

/** Adds a point to a curve, halving it when it grows past `maxCurvePoints`; a new array. */
export function computeAppendedPoints(
  points: readonly { x: number; y: number }[],
  point: { x: number; y: number },
): { x: number; y: number }[] {
  const next = [...points, point];
  if (next.length <= maxCurvePoints) return next;
  // Keep the newest point and every other older one.
  return next.filter((_, index) => (next.length - 1 - index) % 2 === 0);
}

/** One chart: its base metric and its two series (training solid, validation dashed). */
export interface CurvePair {
  metric: string;
  series: LineSeries[];
}

/** Pairs of curves to draw: loss first, then accuracy or mae when the run records them. */
export function computeCurvePairs(curves: readonly LiveCurve[]): CurvePair[] {
  const byMetric = new Map(curves.map((curve) => [curve.metric, curve]));
  const pairs: CurvePair[] = [];
  for (const metric of ['loss', 'accuracy', 'mae']) {
    const series: LineSeries[] = [];
    for (const name of [metric, `val_${metric}`]) {
      const curve = byMetric.get(name);
      if (curve) {
        series.push({
          id: name,
          label: name,
          points: curve.points,
          dashed: name.startsWith('val_'),
        });
      }
    }
    if (series.length > 0) pairs.push({ metric, series });
  }
  return pairs;
}
