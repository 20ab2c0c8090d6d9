/** Neighbours for the kNN mutual-information estimators (scikit-learn's default). */
export const defaultNeighbors = 3;

/** Seed for mutual information's jitter and sampling when none is given. */
export const defaultImportanceSeed = 0;

/**
 * Most complete rows the kNN mutual-information estimators use; larger tables are sampled
 * (at this size about 0.1 s per feature, up to 1 s for a column with only a few distinct values).
 */
export const defaultMaxRows = 20000;

/** Relative size of the jitter added to scaled continuous values (scikit-learn's 1e-10). */
export const jitterScale = 1e-10;
