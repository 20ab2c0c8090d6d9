import type { RunInfo, RunStatus } from '../../lifecycle/train/run-types';

export type { RunStatus };

/** A training run or search (`runs`): the run's whole record, as `lab.runs.get` returns it. */
export type RunRow = RunInfo;
