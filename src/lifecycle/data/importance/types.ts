/** Options for the mutual-information estimate between one feature and the target. */
export interface MutualInformationOptions {
  /** Neighbours of the kNN estimators (sklearn `n_neighbors`). */
  neighbors?: number;
  /** Seed for the tie-breaking jitter and for row sampling. */
  seed?: number;
  /** Most complete rows used; above this a seeded uniform sample of rows is taken. */
  maxRows?: number;
  /**
   * Standard-normal draws, one per complete row, to use as the feature's jitter instead of the
   * seeded ones (to replay scikit-learn's draws in tests). Ignored for coded features.
   */
  featureNoise?: Float64Array;
  /** Standard-normal draws for a numeric target's jitter, as `featureNoise`. */
  targetNoise?: Float64Array;
}

/** Which univariate test was run: one-way ANOVA, correlation F (regression) or chi-square. */
export type UnivariateTestName = 'anova-f' | 'correlation-f' | 'chi-square';

/** A univariate test of one feature against the target, on the rows where both are present. */
export interface UnivariateTest {
  test: UnivariateTestName;
  /** F or chi-square statistic; NaN when undefined (a constant feature, one group). */
  statistic: number;
  /** Probability of a statistic at least as large under independence. */
  pValue: number;
  /** Degrees of freedom: [between, within] for F, [dof] for chi-square. */
  df: number[];
  /** Complete rows used. */
  n: number;
}

/** One feature's standing against the target, as the sorted chart shows it. */
export interface FeatureImportance {
  name: string;
  /** Estimated mutual information with the target, in nats. */
  mutualInformation: number;
  test: UnivariateTest;
}

/** Options for ranking all features of a table against a target. */
export interface FeatureImportanceOptions extends Omit<
  MutualInformationOptions,
  'featureNoise' | 'targetNoise'
> {
  /** Apply Yates' continuity correction to 2×2 chi-square tables (scipy's default: true). */
  yates?: boolean;
}
