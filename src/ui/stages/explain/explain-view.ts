/**
 * Pure shaping of explanations into what the Explain page draws: dependence curves, waterfall
 * bars, coefficient rows, the predicted class. No DOM: unit-tested in Node.
 */
import type { LineSeries } from '../../charts/line-chart';
import type { ImportanceItem } from '../../charts/importance-chart';
import type { WaterfallItem } from '../../charts/waterfall-chart';
import type {
  Attribution,
  GlobalExplanation,
  LocalExplanation,
  PartialDependence,
} from '../../../state/explain-types';

/** Id of the average (partial dependence) curve among the ICE curves. */
export const averageSeriesId = 'average';

/** Partial dependence of a numeric feature as curves: one thin ICE line per row, the average bold. */
export function computeDependenceSeries(
  pd: PartialDependence,
  labels: { average: string; row: (row: number) => string },
): LineSeries[] {
  const xs = pd.grid.map(Number);
  const ice = pd.ice.map(({ row, values }) => ({
    id: `ice-${row}`,
    label: labels.row(row),
    points: values.map((y, i) => ({ x: xs[i] ?? Number.NaN, y })),
  }));
  const average = pd.average[pd.iceOutput] ?? [];
  return [
    ...ice,
    {
      id: averageSeriesId,
      label: labels.average,
      points: average.map((y, i) => ({ x: xs[i] ?? Number.NaN, y })),
    },
  ];
}

/** Partial dependence of a categorical feature: the average output per category, as bars. */
export function computeDependenceBars(pd: PartialDependence): ImportanceItem[] {
  const average = pd.average[pd.iceOutput] ?? [];
  return pd.grid.map((value, i) => ({ label: String(value), mean: average[i] ?? 0, std: 0 }));
}

/** Permutation importance as chart bars (mean drop ± std). */
export function computeImportanceItems(global: GlobalExplanation): ImportanceItem[] {
  return global.importance.features.map((item) => ({
    label: item.feature,
    mean: item.mean,
    std: item.std,
  }));
}

/** A feature value as a short text: missing as an em dash. */
export function computeValueText(value: Attribution['value']): string {
  return value === null ? '—' : String(value);
}

/**
 * Waterfall bars: the `max` largest contributions by |value| labelled `feature = value`, the
 * rest summed into one `other` bar.
 */
export function computeWaterfallItems(
  attributions: readonly Attribution[],
  max: number,
  other: (count: number) => string,
): WaterfallItem[] {
  const sorted = [...attributions].sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution),
  );
  const items = sorted.slice(0, max).map((item) => ({
    label: `${item.feature} = ${computeValueText(item.value)}`,
    value: item.contribution,
  }));
  const rest = sorted.slice(max);
  if (rest.length > 0) {
    const value = rest.reduce((sum, item) => sum + item.contribution, 0);
    items.push({ label: other(rest.length), value });
  }
  return items;
}

/** One row of the coefficients table: a model input and one coefficient per output. */
export interface CoefficientRow {
  input: string;
  values: number[];
  /** Largest |coefficient| over the outputs, the row's sort key. */
  size: number;
}

/** Coefficient rows sorted by their largest magnitude over the outputs, largest first. */
export function computeCoefficientRows(
  coefficients: NonNullable<GlobalExplanation['coefficients']>,
): CoefficientRow[] {
  return coefficients.inputs
    .map((item) => ({
      input: item.input,
      values: item.values,
      size: Math.max(0, ...item.values.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0))),
    }))
    .sort((a, b) => b.size - a.size || (a.input < b.input ? -1 : 1));
}

/** What the model predicted: the class and its probability, or the value (regression). */
export interface PredictedSummary {
  /** The class label, or null for regression. */
  label: string | null;
  /** The predicted class's probability, or the predicted value. */
  value: number;
  /** Every class with its probability, most likely first (empty for regression). */
  classes: { label: string; probability: number }[];
}

/** The prediction of a local explanation as the page shows it. */
export function computePredictedSummary(local: LocalExplanation): PredictedSummary {
  const predicted = local.predicted;
  if ('value' in predicted) return { label: null, value: predicted.value, classes: [] };
  const classes = predicted.labels
    .map((label, i) => ({ label, probability: predicted.probabilities[i] ?? Number.NaN }))
    .sort((a, b) => b.probability - a.probability);
  const own = classes.find((item) => item.label === predicted.label);
  return { label: predicted.label, value: own?.probability ?? Number.NaN, classes };
}
