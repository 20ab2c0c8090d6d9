/** Defaults of the explain stage. */

/** Shuffles per feature in permutation importance. */
export const permutationRepeats = 5;

/** Grid points of a numeric partial dependence curve (scikit-learn's default). */
export const gridResolution = 20;

/** Percentiles bounding a numeric partial dependence grid (scikit-learn's default). */
export const gridPercentiles: readonly [number, number] = [0.05, 0.95];

/** Rows drawn for ICE curves. */
export const iceRowCount = 50;

/** Most features exact Shapley values enumerate (2^M coalitions). */
export const maxExactFeatures = 12;

/** Most rows one batched predict call receives when explaining a row. */
export const maxBatchRows = 50_000;

/** Bins of a layer's weight histogram. */
export const weightHistogramBins = 20;
