/** IQR multiplier of `clip-outliers` (Tukey's fences). */
export const defaultIqrK = 1.5;

/** Standard deviations of `clip-outliers` with `z-score`. */
export const defaultZ = 3;

/** Name of the column a split step adds. */
export const defaultSplitColumn = 'split';
