/**
 * Equal-width histograms that reproduce numpy.histogram: the same outer edges (widened by 0.5
 * for a single value), bin widths from Sturges, Freedman–Diaconis or their minimum ('auto'),
 * `linspace` edges, and numpy's exact bin assignment (last bin closed).
 */
import { computeSortedQuantile } from './summary-statistics';
import type { Histogram, HistogramRule } from './types';

/** numpy's bin width for a named rule, in the column's units (0 when the rule degenerates). */
export function computeBinWidth(sorted: Float64Array, rule: 'auto' | 'sturges' | 'fd'): number {
  const n = sorted.length;
  const sturges = (sorted[n - 1]! - sorted[0]!) / (Math.log2(n) + 1);
  if (rule === 'sturges') return sturges;
  const iqr = computeSortedQuantile(sorted, 0.75) - computeSortedQuantile(sorted, 0.25);
  const fd = 2 * iqr * Math.pow(n, -1 / 3);
  if (rule === 'fd') return fd;
  return fd ? Math.min(fd, sturges) : sturges;
}

/** Number of equal bins a rule gives for ascending NaN-free values, capped at `maxBins`. */
export function computeBinCount(
  sorted: Float64Array,
  rule: HistogramRule,
  maxBins: number,
): number {
  if (typeof rule === 'number') return Math.max(1, Math.min(Math.floor(rule), maxBins));
  if (sorted.length === 0) return 1;
  const [first, last] = computeOuterEdges(sorted);
  const width = computeBinWidth(sorted, rule);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return Math.max(1, Math.min(bins, maxBins));
}

/** Histogram of ascending NaN-free values: counts per bin and the `bins + 1` edges. */
export function computeHistogram(
  sorted: Float64Array,
  rule: HistogramRule,
  maxBins: number,
): Histogram {
  const bins = computeBinCount(sorted, rule, maxBins);
  const [first, last] = sorted.length === 0 ? [0, 1] : computeOuterEdges(sorted);
  const edges = computeLinspace(first, last, bins + 1);
  const counts = new Array<number>(bins).fill(0);
  const norm = bins / (last - first);
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    let index = Math.trunc((v - first) * norm);
    if (index === bins) index--;
    if (v < edges[index]!) index--;
    else if (index !== bins - 1 && v >= edges[index + 1]!) index++;
    counts[index]!++;
  }
  return { edges, counts };
}

/** numpy's outer edges: min and max, widened by 0.5 each side when they coincide. */
function computeOuterEdges(sorted: Float64Array): [number, number] {
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return first === last ? [first - 0.5, last + 0.5] : [first, last];
}

/** numpy.linspace(start, stop, count) with the endpoint: i * step + start, last set to stop. */
function computeLinspace(start: number, stop: number, count: number): number[] {
  const divisions = count - 1;
  const step = (stop - start) / divisions;
  const edges = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    edges[i] = step === 0 ? (i / divisions) * (stop - start) + start : i * step + start;
  }
  edges[divisions] = stop;
  return edges;
}
