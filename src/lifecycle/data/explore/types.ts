/** How histogram bins are chosen: numpy's named rules, or a fixed number of equal-width bins. */
export type HistogramRule = 'auto' | 'sturges' | 'fd' | number;

/** Equal-width bins over a column's present values (numpy.histogram semantics). */
export interface Histogram {
  /** Bin edges, `counts.length + 1` of them, in the column's units; the last bin is closed. */
  edges: number[];
  /** Number of present values per bin. */
  counts: number[];
}

/** Options for profiling one column. */
export interface ColumnProfileOptions {
  /** Bin rule for numeric histograms (default numpy's 'auto' = min width of FD and Sturges). */
  histogram?: HistogramRule;
  /** Upper bound on the number of histogram bins, so a heavy-tailed column stays drawable. */
  maxBins?: number;
  /** How many most frequent categories to keep in `top`. */
  topCount?: number;
}

/** Summary of a numeric column; statistics ignore missing values (NaN when none present). */
export interface NumericProfile {
  kind: 'numeric';
  /** Present (non-missing) values. */
  count: number;
  missing: number;
  /** Distinct present values. */
  unique: number;
  mean: number;
  /** Sample standard deviation (ddof = 1, as pandas). */
  std: number;
  min: number;
  /** Quartiles with linear interpolation (numpy/pandas default). */
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Adjusted Fisher–Pearson skewness (pandas `skew`); NaN below 3 values. */
  skew: number;
  histogram: Histogram;
}

/** One category and how many rows hold it. */
export interface CategoryCount {
  value: string;
  count: number;
}

/** Summary of a coded (categorical or text) column. */
export interface CodedProfile {
  kind: 'coded';
  count: number;
  missing: number;
  /** Distinct categories present in the rows (not the dictionary size). */
  unique: number;
  /** Most frequent categories, by count descending then value ascending (code-unit order). */
  top: CategoryCount[];
}

/** A column's profile, by kind. */
export type ColumnProfile = NumericProfile | CodedProfile;

/** Correlation method: Pearson on values, or Spearman on average ranks. */
export type CorrelationMethod = 'pearson' | 'spearman';

/** A square correlation matrix over numeric columns, pairwise-complete (pandas `corr`). */
export interface CorrelationMatrix {
  method: CorrelationMethod;
  /** Number of columns; the matrices are size × size, row-major. */
  size: number;
  /** Coefficients in [-1, 1]; NaN where fewer than `minPeriods` pairs or a constant column. */
  values: Float64Array;
  /** Rows where both columns are present, per pair. */
  counts: Int32Array;
}

/** Options for the correlation matrix. */
export interface CorrelationOptions {
  method?: CorrelationMethod;
  /** Fewest complete pairs for a coefficient (pandas `min_periods`, default 1). */
  minPeriods?: number;
}
