import type { HistogramRule } from './types';

/** Histogram rule when none is given: numpy's 'auto' (smaller width of Freedman–Diaconis and Sturges). */
export const defaultHistogramRule: HistogramRule = 'auto';

/** Most histogram bins drawn for one column (bins are merged to equal width above this). */
export const defaultMaxBins = 100;

/** Most frequent categories kept in a coded column's profile. */
export const defaultTopCount = 10;
