import type { Migration } from './migration';

/**
 * Version 5: training runs as the Train stage writes them. `runs` gains a `status` index (to
 * find interrupted runs at start-up), `checkpoints` a `[runId+slot]` key order, and
 * `evaluations` keeps each run's last report per split, `runEpochs` the per-epoch metrics
 * (apart from the run row, so lists of runs never read long histories), `explanations` each
 * run's explanations, `registryEvents` the model registry's change log, `monitorSessions` the replays. No run was ever written by an older
 * build, so nothing is upgraded. Released versions are never edited.
 */
export const v5Runs: Migration = {
  version: 5,
  stores: {
    runs: 'id, projectId, versionId, parentRunId, createdAt, status',
    checkpoints: 'id, runId, projectId, [runId+slot]',
    evaluations: 'id, runId, projectId, createdAt',
    runEpochs: '[runId+epoch], runId, projectId',
    explanations: 'id, runId, projectId, createdAt',
    registryEvents: 'id, projectId, name, at',
    monitorSessions: 'id, projectId, endpoint, createdAt',
  },
};
