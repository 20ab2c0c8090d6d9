/**
 * Comparing runs: which config paths differ, their learning curves overlaid, and a
 * parallel-coordinates table of the differing hyperparameters against a metric.
 */
import { computeDownsampled, maxCurvePoints } from './downsample';
import { computeMetricDirection, isBetter } from './metric-direction';
import type { RunComparison, RunDifference, RunInfo } from './run-types';

type Cell = string | number | boolean | null;

/** A config as dotted paths to leaf values (arrays as JSON text); `projectId` left out. */
export function computeFlatConfig(config: object, prefix = ''): Map<string, Cell> {
  const flat = new Map<string, Cell>();
  for (const [key, value] of Object.entries(config)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (path === 'projectId') continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, leaf] of computeFlatConfig(value as object, path)) flat.set(inner, leaf);
    } else if (Array.isArray(value)) {
      flat.set(path, JSON.stringify(value));
    } else {
      flat.set(path, (value as Cell | undefined) ?? null);
    }
  }
  return flat;
}

/** Config paths whose values are not all equal across the runs, in first-seen order. */
export function computeRunDifferences(runs: readonly RunInfo[]): RunDifference[] {
  const flats = runs.map((run) => computeFlatConfig(run.config));
  const paths = [...new Set(flats.flatMap((flat) => [...flat.keys()]))];
  return paths
    .map((path) => ({ path, values: flats.map((flat) => flat.get(path) ?? null) }))
    .filter(({ values }) => values.some((value) => value !== values[0]));
}

/** The best value of a metric over a run's epochs, by the metric's direction; null if none. */
export function computeBestMetric(run: RunInfo, metric: string): number | null {
  const direction = computeMetricDirection(metric);
  let best: number | null = null;
  for (const record of run.epochs) {
    const value = record.metrics[metric];
    if (value !== undefined && isBetter(value, best, direction)) best = value;
  }
  return best;
}

function curveMetrics(runs: readonly RunInfo[], metric: string): string[] {
  const present = new Set(runs.flatMap((run) => run.epochs.flatMap((e) => Object.keys(e.metrics))));
  const family = present.has('accuracy') ? 'accuracy' : present.has('mae') ? 'mae' : null;
  const base = metric.replace(/^val_/, '');
  const wanted = ['loss', 'val_loss'];
  if (family) wanted.push(family, `val_${family}`);
  wanted.push(base, `val_${base}`);
  return [...new Set(wanted)].filter((name) => present.has(name));
}

/**
 * The comparison of runs (in the order given) on `metric`: differing config paths, curves of
 * loss and the metric family (≤ 200 points per run), and parallel coordinates of the differing
 * model and hyperparameter settings (and seed) with each run's best `metric` last.
 */
export function computeRunComparison(runs: readonly RunInfo[], metric: string): RunComparison {
  const differences = computeRunDifferences(runs);
  const curves = curveMetrics(runs, metric).map((name) => ({
    metric: name,
    series: runs.map((run) => ({
      runId: run.id,
      points: computeDownsampled(
        run.epochs
          .map((e) => ({ epoch: e.epoch, value: e.metrics[name] ?? NaN }))
          .filter((p) => Number.isFinite(p.value)),
        maxCurvePoints,
      ),
    })),
  }));
  const axes = differences.filter(
    ({ path }) => path === 'seed' || path.startsWith('model.') || path.startsWith('hyper.'),
  );
  const dimensions: RunComparison['parallel']['dimensions'] = axes.map(({ path, values }) => ({
    key: path,
    kind: values.every((v) => v === null || typeof v === 'number') ? 'number' : 'category',
  }));
  dimensions.push({ key: metric, kind: 'number' });
  const rows = runs.map((run, i) => {
    const values: Record<string, number | string | null> = {};
    for (const { path, values: cells } of axes) {
      const cell = cells[i] ?? null;
      values[path] = typeof cell === 'boolean' ? String(cell) : cell;
    }
    values[metric] = computeBestMetric(run, metric);
    return { runId: run.id, values };
  });
  return {
    runIds: runs.map((run) => run.id),
    differences,
    curves,
    parallel: { dimensions, metric, rows },
  };
}
