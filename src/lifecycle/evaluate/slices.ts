/**
 * Metrics per slice of one column: each category value (missing as its own slice) or up to five
 * quantile bins of a number column. Plain numbers only.
 */
import type { ColumnValues } from '../data/types';
import { computeClassCountScores, computeConfusion, computeMean } from './class-scores';
import { computeErrorScores } from './regression-metrics';
import { computeRocAuc } from './roc-pr-curves';
import type { MetricScores, SliceReport } from './types';

/** The slice value of rows whose column value is missing. */
export const missingSliceValue = '(missing)';

/** What is scored per slice, row-aligned with the column values. */
export type SliceTarget =
  | {
      task: 'classification';
      truth: ArrayLike<number>;
      predicted: ArrayLike<number>;
      /** n×k row-major class probabilities; without them there is no ROC AUC. */
      probabilities: ArrayLike<number> | null;
      classCount: number;
    }
  | { task: 'regression'; truth: ArrayLike<number>; predicted: ArrayLike<number> };

/** Quantile of sorted values with numpy's default linear method (including its `_lerp`). */
export function computeQuantile(sorted: ArrayLike<number>, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const a = sorted[below]!;
  const b = sorted[Math.min(below + 1, sorted.length - 1)]!;
  const t = position - below;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** Distinct quintile edges (0, 0.2 … 1) of the non-missing values; empty when all are missing. */
export function computeQuintileEdges(values: ArrayLike<number>): number[] {
  const present = Float64Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort();
  if (present.length === 0) return [];
  const edges = [0, 1, 2, 3, 4, 5].map((k) => computeQuantile(present, k / 5));
  return edges.filter((edge, i) => i === 0 || edge !== edges[i - 1]);
}

function formatEdge(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** Slice value and key of every row: category values, or "[a, b)" quantile bins (last closed). */
function computeSliceKeys(values: ColumnValues): { names: string[]; keys: Int32Array } {
  if (values.kind === 'coded') return { names: values.dictionary, keys: values.codes };
  const edges = computeQuintileEdges(values.values);
  const last = Math.max(edges.length - 2, 0);
  const names =
    edges.length === 1
      ? [`[${formatEdge(edges[0]!)}, ${formatEdge(edges[0]!)}]`]
      : edges.slice(0, -1).map((a, i) => {
          const b = formatEdge(edges[i + 1]!);
          return i === last ? `[${formatEdge(a)}, ${b}]` : `[${formatEdge(a)}, ${b})`;
        });
  const keys = Int32Array.from(values.values, (v) => {
    if (Number.isNaN(v)) return -1;
    let bin = 0;
    while (bin < last && v >= edges[bin + 1]!) bin += 1;
    return bin;
  });
  return { names, keys };
}

function pick(source: ArrayLike<number>, positions: number[], width = 1): Float64Array {
  const out = new Float64Array(positions.length * width);
  positions.forEach((p, i) => {
    for (let c = 0; c < width; c++) out[i * width + c] = source[p * width + c]!;
  });
  return out;
}

/** One-vs-rest ROC AUC (binary: class 1), as `computeClassificationScores`; null for one class. */
function computeOvrRocAuc(truth: ArrayLike<number>, probabilities: ArrayLike<number>, k: number) {
  const aucs = Array.from({ length: k }, (_, c) =>
    computeRocAuc(
      Array.from(truth, (t) => t === c),
      pick(
        probabilities,
        Array.from(truth, (_, i) => i * k + c),
      ),
    ),
  );
  if (k === 2) return aucs[1]!;
  const present = aucs.filter((auc): auc is number => auc !== null);
  return present.length >= 2 ? computeMean(present) : null;
}

function scoreSlice(target: SliceTarget, positions: number[]): MetricScores {
  const truth = pick(target.truth, positions);
  const predicted = pick(target.predicted, positions);
  if (target.task === 'regression') return computeErrorScores(truth, predicted);
  const confusion = computeConfusion(truth, predicted, target.classCount);
  const hits = confusion.reduce((sum, row, c) => sum + row[c]!, 0);
  const metrics: MetricScores = {
    accuracy: hits / positions.length,
    f1_macro: computeMean(computeClassCountScores(confusion).map((c) => c.f1)),
  };
  if (target.probabilities !== null) {
    const k = target.classCount;
    metrics['roc_auc'] = computeOvrRocAuc(truth, pick(target.probabilities, positions, k), k);
  }
  return metrics;
}

/**
 * Metrics of each slice of a column (row-aligned with the target): classification accuracy,
 * f1_macro and (with probabilities) roc_auc; regression mae, rmse, r2. Slices in dictionary or bin
 * order, the missing slice last; empty slices are left out.
 */
export function computeSlices(
  column: string,
  values: ColumnValues,
  target: SliceTarget,
): SliceReport {
  const { names, keys } = computeSliceKeys(values);
  const members = names.map((): number[] => []);
  const missing: number[] = [];
  keys.forEach((key, i) => (key < 0 ? missing : members[key]!).push(i));
  const slices = names
    .map((value, i) => ({ value, positions: members[i]! }))
    .concat(missing.length > 0 ? [{ value: missingSliceValue, positions: missing }] : [])
    .filter((slice) => slice.positions.length > 0)
    .map(({ value, positions }) => ({
      value,
      rows: positions.length,
      metrics: scoreSlice(target, positions),
    }));
  return { column, slices };
}
