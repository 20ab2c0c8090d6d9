/** Whether a lower or a higher value of a metric is better. */
export type MetricDirection = 'min' | 'max';

/** Lower is better for losses and errors (names containing loss, mae, rmse, mse); else higher. */
export function computeMetricDirection(metric: string): MetricDirection {
  return /loss|mae|mse|error/i.test(metric) ? 'min' : 'max';
}

/** Whether `value` beats `best` in the given direction (a non-finite value never does). */
export function isBetter(value: number, best: number | null, direction: MetricDirection): boolean {
  if (!Number.isFinite(value)) return false;
  if (best === null) return true;
  return direction === 'min' ? value < best : value > best;
}
