import type { RecipeStep } from './types';

/** IQR multiplier of `clip-outliers` (Tukey's fences). */
export const defaultIqrK = 1.5;

/** Standard deviations of `clip-outliers` with `z-score`. */
export const defaultZ = 3;

/** Name of the column a split step adds. */
export const defaultSplitColumn = 'split';

/** Every kind of recipe step, in the order the lab offers them. */
export const recipeStepKinds = [
  'drop-columns',
  'rename-columns',
  'cast',
  'set-roles',
  'filter-rows',
  'drop-duplicates',
  'impute',
  'clip-outliers',
  'scale',
  'encode',
  'log-transform',
  'bin',
  'derive',
  'split',
  'label',
] as const satisfies readonly RecipeStep['kind'][];
