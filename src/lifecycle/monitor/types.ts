/** A Kolmogorov–Smirnov two-sample result, as scipy's `ks_2samp` reports it. */
export interface KsResult {
  /** The largest distance between the two empirical CDFs, in [0, 1]. */
  statistic: number;
  pValue: number;
  /** 'exact' for max(n1, n2) ≤ 10000 (lattice paths), else 'asymptotic' (Kolmogorov kstwo). */
  method: 'exact' | 'asymptotic';
}

/** A chi-square test result (statistic, p-value, degrees of freedom). */
export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
}

/** Category counts of the reference and current windows over the union of their categories. */
export interface CategoryCounts {
  /** Sorted union of categories seen in either window. */
  categories: string[];
  reference: number[];
  current: number[];
}

/** Drift tests a column can get. */
export type DriftTest = 'ks' | 'wasserstein-norm' | 'chi-square' | 'jensen-shannon' | 'psi';

/** One column's drift verdict. */
export interface ColumnDrift {
  column: string;
  test: DriftTest;
  statistic: number;
  /** The p-value for a hypothesis test, null for a distance. */
  pValue: number | null;
  /** Drift when p < threshold (tests) or statistic ≥ threshold (distances). */
  threshold: number;
  drifted: boolean;
}

/** A window of one column: numbers (NaN = missing) or category labels (null = missing). */
export type DriftColumnInput =
  | { column: string; kind: 'numeric'; reference: ArrayLike<number>; current: ArrayLike<number> }
  | {
      column: string;
      kind: 'categorical';
      reference: readonly (string | null)[];
      current: readonly (string | null)[];
    };

/** The dataset-level verdict: share of drifted columns against the share that means drift. */
export interface DatasetDrift {
  driftedShare: number;
  drifted: boolean;
}
