import type { Migration } from './migration';

/** Version 1: the tables the architecture names. Released: never edit. */
export const v1Initial: Migration = {
  version: 1,
  stores: {
    projects: 'id, createdAt',
    datasets: 'id, projectId, createdAt',
    datasetVersions: 'id, projectId, datasetId, *parents, createdAt',
    columnChunks: '[versionId+column+index], versionId, projectId',
    runs: 'id, projectId, versionId, parentRunId, createdAt',
    checkpoints: 'id, runId, projectId',
    models: 'id, projectId, name, runId, [name+version], *aliases',
    packages: 'id, projectId, modelVersionId',
    deployments: 'id, projectId, endpoint, createdAt',
    predictionLog: '++seq, projectId, sessionId, [sessionId+at]',
    monitorWindows: 'id, projectId, sessionId, [sessionId+index]',
    alerts: 'id, projectId, sessionId, createdAt',
    settings: 'key',
    meta: 'key',
  },
};
