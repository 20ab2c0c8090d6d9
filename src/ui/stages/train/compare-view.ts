/** The comparison as the Compare panel draws it: one chart per metric, runs named. */
import type { RunComparison, RunInfo } from '../../../api/types';
import type { LineSeries } from '../../charts/line-chart';

/** One overlaid chart: a metric and one series per compared run. */
export interface CompareChart {
  metric: string;
  series: LineSeries[];
}

/** A run's name for the comparison, or its short id when the run is not loaded. */
export function computeRunLabel(runs: readonly RunInfo[], id: string): string {
  return runs.find((run) => run.id === id)?.name ?? id.slice(0, 8);
}

/** One chart per compared metric, each run's points as (epoch, value). */
export function computeCompareCharts(
  comparison: RunComparison,
  runs: readonly RunInfo[],
): CompareChart[] {
  return comparison.curves.map((curve) => ({
    metric: curve.metric,
    series: curve.series.map((series) => ({
      id: series.runId,
      label: computeRunLabel(runs, series.runId),
      points: series.points.map((point) => ({ x: point.epoch, y: point.value })),
    })),
  }));
}

/** A difference's value as text: numbers as given, null as a dash. */
export function formatDifference(value: string | number | boolean | null): string {
  return value === null ? '—' : String(value);
}
