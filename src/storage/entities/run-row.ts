import type { EpochRecord, RunInfo, RunStatus } from '../../lifecycle/train/run-types';

export type { RunStatus };

/**
 * A training run or search (`runs`): the run's record without its per-epoch history, which
 * lives in `runEpochs` so that listing a thousand runs reads no histories. `summary` keeps what
 * lists show (epochs, last and best metrics).
 */
export type RunRow = Omit<RunInfo, 'epochs'>;

/** One epoch of a run (`runEpochs`), keyed `[runId+epoch]`. */
export interface RunEpochRow {
  runId: string;
  projectId: string;
  epoch: number;
  record: EpochRecord;
}
