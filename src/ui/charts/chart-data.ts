/**
 * Pure shaping of profile, correlation, scatter and importance results into the rows the charts
 * draw and the tables beside them list. No DOM, no d3-selection: unit-tested in Node.
 */

/** One histogram bar: a bin's edges (column units) and how many values fall in it. */
export interface HistogramBar {
  x0: number;
  x1: number;
  count: number;
}

/** One labelled bar (a category's count, a feature's mutual information). */
export interface LabelledBar {
  label: string;
  value: number;
}

/** One cell of a correlation heatmap; `value` null where the coefficient is undefined. */
export interface HeatmapCell {
  row: number;
  column: number;
  rowName: string;
  columnName: string;
  value: number | null;
  /** Complete pairs behind the coefficient. */
  count: number;
}

/** One scatter point with its colour key (category text, or null when missing). */
export interface ScatterPoint {
  x: number;
  y: number;
  key: string | null;
}

/** Bars of a histogram from its edges and counts (numpy semantics: `edges.length = counts.length + 1`). */
export function computeHistogramBars(histogram: {
  edges: readonly number[];
  counts: readonly number[];
}): HistogramBar[] {
  return histogram.counts.map((count, i) => ({
    x0: histogram.edges[i] ?? Number.NaN,
    x1: histogram.edges[i + 1] ?? Number.NaN,
    count,
  }));
}

/**
 * Bars sorted by value, largest first (ties by label), with `other` appended when the listed
 * bars leave rows uncounted (`total` minus their sum).
 */
export function computeSortedBars(
  bars: readonly LabelledBar[],
  options: { total?: number; otherLabel?: string } = {},
): LabelledBar[] {
  const sorted = [...bars].sort(
    (a, b) => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  if (options.total !== undefined && options.otherLabel !== undefined) {
    const rest = options.total - sorted.reduce((sum, bar) => sum + bar.value, 0);
    if (rest > 0) sorted.push({ label: options.otherLabel, value: rest });
  }
  return sorted;
}

/** Every cell of a square row-major matrix over `names`: one per ordered pair of columns. */
export function computeHeatmapCells(
  names: readonly string[],
  values: ArrayLike<number>,
  counts?: ArrayLike<number>,
): HeatmapCell[] {
  const size = names.length;
  const cells: HeatmapCell[] = [];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const value = values[row * size + column] ?? Number.NaN;
      cells.push({
        row,
        column,
        rowName: names[row]!,
        columnName: names[column]!,
        value: Number.isFinite(value) ? value : null,
        count: counts?.[row * size + column] ?? 0,
      });
    }
  }
  return cells;
}

/** Scatter points from parallel arrays; a number colour becomes its text, a missing one null. */
export function computeScatterPoints(
  xs: readonly number[],
  ys: readonly number[],
  colors: readonly (string | number | null)[],
): ScatterPoint[] {
  return xs.map((x, i) => {
    const color = colors[i] ?? null;
    return { x, y: ys[i] ?? Number.NaN, key: color === null ? null : String(color) };
  });
}

/**
 * The legend's keys: distinct non-null keys by frequency (most first, ties by text), at most
 * `max`; null (missing) last when present.
 */
export function computeLegendKeys(points: readonly ScatterPoint[], max = 10): (string | null)[] {
  const counts = new Map<string, number>();
  let missing = false;
  for (const point of points) {
    if (point.key === null) missing = true;
    else counts.set(point.key, (counts.get(point.key) ?? 0) + 1);
  }
  const keys = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([key]) => key);
  return missing ? [...keys, null] : keys;
}

/** Padded [min, max] of finite values for an axis; [0, 1] when there are none. */
export function computeExtent(values: readonly number[]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return [0, 1];
  if (min === max) return [min - 1, max + 1];
  return [min, max];
}
