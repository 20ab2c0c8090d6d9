/** The model as the explain stage sees it: an injected async function over a column table. */
import type { ColumnTable } from '../data/types';

/**
 * Model outputs for `rows` of `table`, row-major (rows.length × k; k = class probabilities for
 * classification, 1 for regression), with the run's preprocessing applied inside.
 */
export type Predict = (table: ColumnTable, rows: ArrayLike<number>) => Promise<Float32Array>;

/** A model score on `rows` of `table`, higher is better (accuracy, r2, a negated error). */
export type Score = (table: ColumnTable, rows: ArrayLike<number>) => Promise<number>;
