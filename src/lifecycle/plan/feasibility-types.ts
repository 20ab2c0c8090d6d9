import type { SuccessCriterion, Task } from './types';

/** One class of the target and how many rows hold it. */
export interface ClassShare {
  label: string;
  count: number;
  /** count / rows with a target, 0 to 1. */
  share: number;
}

/** The spread of a number target over the rows that have one. */
export interface TargetSpread {
  count: number;
  mean: number;
  /** Sample standard deviation (n − 1); NaN for fewer than two values. */
  std: number;
  min: number;
  median: number;
  max: number;
}

/** A success criterion and the trivial baseline's score against it. */
export interface CriterionFeasibility extends SuccessCriterion {
  /** The baseline's score on the metric; null where it cannot be scored (no target, wrong task…). */
  baseline: number | null;
  /** Whether the baseline already meets the criterion, so it is free; null when unscored. */
  passes: boolean | null;
  /** How far the baseline is from the threshold, in the metric's units (≥ 0 when it passes). */
  margin: number | null;
}

/** How feasible a plan looks on a dataset version, before any model (see `computeFeasibility`). */
export interface PlanFeasibility {
  versionId: string;
  rows: number;
  columns: number;
  task: Task;
  /** The plan's target column; null when none is set. */
  target: string | null;
  /** Why the target cannot be summarised: absent from the data, or not a number for regression. */
  targetProblem: 'none-set' | 'not-found' | 'not-numeric' | 'empty' | null;
  /** Classes of the target, most frequent first (classification). */
  classBalance: ClassShare[] | null;
  /** Spread of the target (regression). */
  targetSpread: TargetSpread | null;
  /** Missing cells over all cells of the version, 0 to 1. */
  missingShare: number;
  /** Rows the baseline was fitted and scored on: the whole version, or train then test of `split`. */
  scoredOn: 'all' | 'test-split';
  fitRows: number;
  scoredRows: number;
  criteria: CriterionFeasibility[];
}
