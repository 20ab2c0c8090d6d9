import type { LineageSources } from '../../../src/lifecycle/lineage';

const run = (
  id: string,
  versionId: string,
  createdAt: number,
  extra: Partial<LineageSources['runs'][number]> = {},
): LineageSources['runs'][number] => ({
  id,
  versionId,
  parentRunId: null,
  kind: 'train',
  name: id,
  status: 'done',
  createdAt,
  ...extra,
});

/**
 * A hand-made project: import → split, a run and a 3-trial search on the split, model v1 →
 * package → deployment, a replay session that triggers a retrain (capture version, merged
 * version with both parents, challenger run, model v2, package, canary then production).
 */
export function computeLoopSources(): LineageSources {
  return {
    projectId: 'p1',
    versions: [
      { id: 'v-import', parents: [], step: { kind: 'import' }, createdAt: 10 },
      { id: 'v-split', parents: ['v-import'], step: { kind: 'split' }, createdAt: 20 },
      { id: 'v-stream', parents: [], step: { kind: 'import' }, createdAt: 25 },
      { id: 'v-capture', parents: ['v-stream'], step: { kind: 'capture' }, createdAt: 110 },
      {
        id: 'v-merged',
        parents: ['v-split', 'v-capture'],
        step: { kind: 'merge' },
        createdAt: 111,
      },
    ],
    runs: [
      run('r-plain', 'v-split', 30),
      run('r-search', 'v-split', 40, { kind: 'search', name: 'search', status: 'done' }),
      run('r-t1', 'v-split', 41, { parentRunId: 'r-search' }),
      run('r-t2', 'v-split', 42, { parentRunId: 'r-search' }),
      run('r-t3', 'v-split', 43, { parentRunId: 'r-search', status: 'failed' }),
      run('r-challenger', 'v-merged', 112),
    ],
    models: [
      {
        id: 'm1',
        runId: 'r-t2',
        name: 'churn',
        version: 1,
        aliases: ['champion'],
        archived: false,
        createdAt: 50,
      },
      {
        id: 'm2',
        runId: 'r-challenger',
        name: 'churn',
        version: 2,
        aliases: [],
        archived: false,
        createdAt: 113,
      },
    ],
    packages: [
      { id: 'pkg1', modelVersionId: 'm1', createdAt: 60 },
      { id: 'pkg2', modelVersionId: 'm2', createdAt: 114 },
    ],
    deployments: [
      {
        id: 'd1',
        endpoint: 'churn-api',
        championPackageId: 'pkg1',
        challengerPackageId: null,
        createdAt: 70,
      },
      {
        id: 'd2',
        endpoint: 'churn-api',
        championPackageId: 'pkg1',
        challengerPackageId: 'pkg2',
        createdAt: 115,
      },
      {
        id: 'd3',
        endpoint: 'churn-api',
        championPackageId: 'pkg2',
        challengerPackageId: null,
        createdAt: 120,
      },
    ],
    sessions: [
      { id: 's1', endpoint: 'churn-api', source: 'v-stream', status: 'done', createdAt: 80 },
    ],
    retrains: [
      {
        id: 'rt1',
        sessionId: 's1',
        modelName: 'churn',
        stage: 'production',
        captureVersionId: 'v-capture',
        runId: 'r-challenger',
        modelVersionId: 'm2',
        createdAt: 100,
      },
    ],
  };
}
