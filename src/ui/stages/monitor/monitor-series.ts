import type { LineSeries } from '../../charts/line-chart';
import type { MonitorWindow } from '../../../api/monitor-types';

/** Most windows the page keeps; older ones are dropped first. */
export const maxWindows = 1000;

/** The dataset drift share per window, as a chart series (x = window index). */
export function computeDriftShareSeries(
  windows: readonly MonitorWindow[],
  label: string,
): LineSeries {
  return {
    id: 'drift-share',
    label,
    points: windows.map((w) => ({ x: w.index, y: w.drift.driftedShare })),
  };
}

/** The flat threshold line of the dataset drift share (0.5 by default) over the windows seen. */
export function computeThresholdSeries(
  windows: readonly MonitorWindow[],
  label: string,
  threshold = 0.5,
): LineSeries {
  const first = windows[0]?.index ?? 0;
  const last = windows[windows.length - 1]?.index ?? 0;
  return {
    id: 'threshold',
    label,
    dashed: true,
    points: [
      { x: first, y: threshold },
      { x: last, y: threshold },
    ],
  };
}

/** Every feature whose drift was measured, in first-seen order. */
export function computeFeatureNames(windows: readonly MonitorWindow[]): string[] {
  const names = new Set<string>();
  for (const w of windows) for (const c of w.drift.columns) names.add(c.column);
  return [...names];
}

/** One series per chosen feature: its drift statistic per window (NaN where not measured). */
export function computeFeatureSeries(
  windows: readonly MonitorWindow[],
  features: readonly string[],
): LineSeries[] {
  return features.map((feature) => ({
    id: `feature-${feature}`,
    label: feature,
    points: windows.map((w) => ({
      x: w.index,
      y: w.drift.columns.find((c) => c.column === feature)?.statistic ?? Number.NaN,
    })),
  }));
}

/** The metric on labelled events per window (NaN, a gap, while no label has arrived). */
export function computePerformanceSeries(
  windows: readonly MonitorWindow[],
  label: string,
): LineSeries {
  return {
    id: 'performance',
    label,
    points: windows.map((w) => ({ x: w.index, y: w.performance.value ?? Number.NaN })),
  };
}

/** Latency p50 and p95 per window, in milliseconds. */
export function computeLatencySeries(
  windows: readonly MonitorWindow[],
  labels: { p50: string; p95: string },
): LineSeries[] {
  return [
    {
      id: 'p50',
      label: labels.p50,
      points: windows.map((w) => ({ x: w.index, y: w.latency.p50 })),
    },
    {
      id: 'p95',
      label: labels.p95,
      points: windows.map((w) => ({ x: w.index, y: w.latency.p95 })),
    },
  ];
}

/** The share of refused (invalid) requests per window. */
export function computeInvalidSeries(windows: readonly MonitorWindow[], label: string): LineSeries {
  return {
    id: 'invalid',
    label,
    points: windows.map((w) => ({ x: w.index, y: w.invalidRate })),
  };
}

/** The window holding stream position `onset` (events), or null when there is no onset. */
export function computeOnsetWindow(onset: number | null, windowSize: number): number | null {
  if (onset === null || !Number.isFinite(onset) || windowSize <= 0) return null;
  return Math.floor(onset / windowSize);
}

/** The onset marker: a dashed vertical two-point series at the onset window, from 0 to `top`. */
export function computeOnsetSeries(
  onsetWindow: number | null,
  top: number,
  label: string,
): LineSeries[] {
  if (onsetWindow === null) return [];
  const y = Number.isFinite(top) && top > 0 ? top : 1;
  return [
    {
      id: 'onset',
      label,
      dashed: true,
      points: [
        { x: onsetWindow, y: 0 },
        { x: onsetWindow, y },
      ],
    },
  ];
}

/** The largest finite y over the series (0 when none), for sizing the onset marker. */
export function computeSeriesTop(series: readonly LineSeries[]): number {
  let top = 0;
  for (const s of series)
    for (const p of s.points) if (Number.isFinite(p.y) && p.y > top) top = p.y;
  return top;
}

/** Appends a window, replacing one with the same index, keeping at most `limit` newest. */
export function computeAppendedWindows(
  windows: readonly MonitorWindow[],
  window: MonitorWindow,
  limit = maxWindows,
): MonitorWindow[] {
  const kept = windows.filter((w) => w.index !== window.index);
  kept.push(window);
  kept.sort((a, b) => a.index - b.index);
  return kept.length > limit ? kept.slice(kept.length - limit) : kept;
}
