/**
 * Presentational helpers of the Evaluate page: metric values, differences from the baseline,
 * criteria and latency, formatted in the user's locale. Pure: no DOM, no state.
 */
import type { GateCheck, MetricScores } from '../../../api/types';
import type { Locale } from '../../../i18n';
import { formatNumber } from '../../format';

/** Metrics where a smaller value is better (errors and losses). */
const lowerIsBetter: ReadonlySet<string> = new Set([
  'log_loss',
  'loss',
  'mae',
  'mse',
  'rmse',
  'mape',
  'ece',
]);

/** Whether a smaller value of `metric` is better. */
export function isLowerBetter(metric: string): boolean {
  return lowerIsBetter.has(metric);
}

/** One row of the metrics table: the model, the baseline, and how the model compares. */
export interface MetricRow {
  metric: string;
  model: number | null;
  baseline: number | null;
  /** model − baseline; null when either is undefined. */
  difference: number | null;
  /** Whether the model beats the baseline, taking the metric's direction into account. */
  outcome: 'better' | 'worse' | 'same' | null;
}

/** The metrics table: every metric of the model (in its order) beside the baseline's value. */
export function computeMetricRows(metrics: MetricScores, baseline: MetricScores): MetricRow[] {
  return Object.entries(metrics).map(([metric, model]) => {
    const base = baseline[metric] ?? null;
    const difference = model === null || base === null ? null : model - base;
    let outcome: MetricRow['outcome'] = null;
    if (difference !== null) {
      const gain = isLowerBetter(metric) ? -difference : difference;
      outcome = Math.abs(difference) < 1e-12 ? 'same' : gain > 0 ? 'better' : 'worse';
    }
    return { metric, model, baseline: base, difference, outcome };
  });
}

/** A metric value with four significant fraction digits; a dash when undefined. */
export function formatMetric(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatNumber(value, locale, 4);
}

/** A difference with its sign always shown ("+0.12", "-0.05"); a dash when undefined. */
export function formatDifference(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 4,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** Milliseconds with two fraction digits under 10 ms, one above. */
export function formatMs(ms: number, locale: Locale): string {
  return formatNumber(ms, locale, ms < 10 ? 2 : 1);
}

/** A criterion as the user reads it: "accuracy ≥ 0.9". */
export function formatCriterion(
  check: Pick<GateCheck, 'metric' | 'op' | 'value'>,
  locale: Locale,
): string {
  const op = check.op === '>=' ? '≥' : '≤';
  return `${check.metric} ${op} ${formatNumber(check.value, locale, 6)}`;
}

/** The file name a downloaded model card gets: `model-card-<run name>.html`, safe for file systems. */
export function computeCardFileName(runName: string): string {
  const printable = [...runName].map((c) => (c.charCodeAt(0) < 32 ? '-' : c)).join('');
  const safe = printable
    .trim()
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ');
  return `model-card-${safe === '' ? 'run' : safe}.html`;
}
