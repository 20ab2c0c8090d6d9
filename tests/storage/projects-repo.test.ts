import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, projectTables, type LabStore } from '../../src/storage';
import { freshName, makeChunk, makeEvaluation, makeProject, makeRun, makeVersion } from './rows';

let store: LabStore;
beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
});
afterEach(() => store.close());

/** Puts one row of every project-owned table for `projectId`. */
async function fillProject(projectId: string): Promise<void> {
  const { db } = store;
  const at = 1_700_000_000_000;
  await db.datasets.add({
    id: `ds-${projectId}`,
    projectId,
    name: 'telco',
    source: { kind: 'sample', ref: 'telco' },
    createdAt: at,
  });
  await db.datasetVersions.add(makeVersion(`v-${projectId}`, projectId));
  await db.columnChunks.add(makeChunk(`v-${projectId}`, 'tenure'));
  await db.versionRefs.add({
    projectId,
    versionId: `v-${projectId}`,
    datasetId: `ds-${projectId}`,
    createdAt: at,
  });
  await db.runs.add(makeRun(`r-${projectId}`, projectId));
  await db.evaluations.add(makeEvaluation(`r-${projectId}`, projectId));
  await db.explanations.add({
    id: `r-${projectId}:test`,
    runId: `r-${projectId}`,
    projectId,
    explanation: {} as never,
    createdAt: at,
  });
  await db.runEpochs.add({
    runId: `r-${projectId}`,
    projectId,
    epoch: 1,
    record: { epoch: 1, metrics: { loss: 0.62 }, ms: 10, samplesPerSecond: 100 },
  });
  await db.checkpoints.add({
    id: `r-${projectId}:last`,
    runId: `r-${projectId}`,
    projectId,
    slot: 'last',
    epoch: 1,
    topology: {},
    weightSpecs: [],
    weights: new ArrayBuffer(8),
    digest: '0'.repeat(64),
    optimizer: null,
    loop: {},
    createdAt: at,
  });
  await db.models.add({
    id: `m-${projectId}`,
    projectId,
    name: 'churn',
    version: 1,
    runId: `r-${projectId}`,
    aliases: ['champion'],
    archived: false,
    packageId: `pkg-${projectId}`,
    createdAt: at,
  });
  await db.monitorSessions.add({
    id: `s-${projectId}`,
    projectId,
    endpoint: 'churn',
    source: `v-${projectId}`,
    options: { endpoint: 'churn', source: `v-${projectId}` },
    status: 'done',
    onset: null,
    events: 0,
    windows: 0,
    createdAt: at,
    finishedAt: at,
  });
  await db.registryEvents.add({
    id: `e-${projectId}`,
    projectId,
    name: 'churn',
    modelVersionId: `m-${projectId}`,
    kind: 'register',
    alias: null,
    note: '',
    at,
  });
  await db.packages.add({
    id: `pkg-${projectId}`,
    projectId,
    modelVersionId: `m-${projectId}`,
    manifest: {} as never,
    bytes: new ArrayBuffer(4),
    createdAt: at,
  });
  await db.deployments.add({
    id: `d-${projectId}`,
    projectId,
    endpoint: 'churn',
    championPackageId: `pkg-${projectId}`,
    challengerPackageId: null,
    strategy: 'single',
    percent: 0,
    errorPolicy: 'reject-request',
    previousDeploymentId: null,
    createdAt: at,
  });
  await db.predictionLog.add({
    projectId,
    sessionId: `s-${projectId}`,
    deploymentId: `d-${projectId}`,
    modelVersionId: `m-${projectId}`,
    at,
    input: { tenure: 3 },
    prediction: 'yes',
    probabilities: [0.3, 0.7],
    label: null,
    latencyMs: 1.2,
  });
  await db.monitorWindows.add({
    id: `w-${projectId}`,
    projectId,
    sessionId: `s-${projectId}`,
    index: 0,
    start: at,
    end: at + 60_000,
    stats: { psi: 0.02 },
  });
  await db.alerts.add({
    id: `a-${projectId}`,
    projectId,
    sessionId: `s-${projectId}`,
    windowId: `w-${projectId}`,
    kind: 'drift',
    severity: 'warning',
    message: 'psi above 0.2',
    params: { psi: 0.25 },
    createdAt: at,
  });
  await db.retrains.add({
    id: `rt-${projectId}`,
    projectId,
    sessionId: `s-${projectId}`,
    endpoint: `e-${projectId}`,
    modelName: 'churn',
    settings: { policy: { kind: 'manual' } },
    trigger: { reason: 'manual', window: 3, metric: null, alertWindow: null, labelledTo: 300 },
    events: { from: 50, to: 300, train: 175, heldOut: 75 },
    championVersionId: `m-${projectId}`,
    referenceVersionId: `v-${projectId}`,
    captureVersionId: null,
    versionId: null,
    runId: null,
    modelVersionId: null,
    packageId: null,
    comparison: null,
    gate: null,
    canary: null,
    stage: 'preparing',
    reason: null,
    history: [{ stage: 'preparing', at }],
    createdAt: at,
    updatedAt: at,
  });
  await db.exports.add({
    id: `x-${projectId}`,
    projectId,
    scope: 'project',
    digest: '0'.repeat(64),
    bytes: 1024,
    createdAt: at,
  });
  await db.jobs.add({
    id: `j-${projectId}`,
    projectId,
    kind: 'train',
    status: 'done',
    progress: { done: 1, total: 1, phase: 'fit' },
    state: {},
    error: null,
    createdAt: at,
    updatedAt: at,
  });
}

async function rowsOf(projectId: string): Promise<Record<string, number>> {
  const counts = await Promise.all(
    projectTables.map((name) => store.db.table(name).where('projectId').equals(projectId).count()),
  );
  return Object.fromEntries(projectTables.map((name, i) => [name, counts[i] ?? -1]));
}

describe('projects repo', () => {
  it('create then get returns the same project, and list puts the most recently updated first', async () => {
    const repo = createProjectsRepo(store);
    const older = makeProject('p1', 1000);
    const newer = makeProject('p2', 2000);
    expect(await repo.create(older)).toEqual(older);
    await repo.create(newer);
    expect(await repo.get('p1')).toEqual(older);
    expect(await repo.get('missing')).toBeUndefined();
    expect((await repo.list()).map((p) => p.id)).toEqual(['p2', 'p1']);

    await repo.put({ ...older, name: 'Renamed', updatedAt: 3000 });
    expect((await repo.list()).map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Renamed'],
      ['p2', 'Churn p2'],
    ]);
  });

  it('create with an id that exists rejects with INVALID_ARGUMENT and keeps the first project', async () => {
    const repo = createProjectsRepo(store);
    await repo.create(makeProject('p1', 1000));
    await expect(repo.create(makeProject('p1', 2000, { name: 'Other' }))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect((await repo.get('p1'))?.name).toBe('Churn p1');
  });

  it('remove deletes the project and every row it owns, and nothing of another project', async () => {
    const repo = createProjectsRepo(store);
    await repo.create(makeProject('p1', 1000));
    await repo.create(makeProject('p2', 2000));
    await fillProject('p1');
    await fillProject('p2');
    expect(Object.values(await rowsOf('p1')).every((n) => n === 1)).toBe(true);

    await repo.remove('p1');

    expect(await repo.get('p1')).toBeUndefined();
    expect(Object.values(await rowsOf('p1')).every((n) => n === 0)).toBe(true);
    expect(Object.values(await rowsOf('p2')).every((n) => n === 1)).toBe(true);
    expect(await repo.get('p2')).toBeDefined();
  });

  it('remove of an unknown project rejects with NOT_FOUND', async () => {
    await expect(createProjectsRepo(store).remove('nope')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('counts reports the plan, dataset versions, runs, evaluated and explained runs, deployments and windows', async () => {
    const repo = createProjectsRepo(store);
    await repo.create(makeProject('p1', 1000, { problem: '', criteria: [] }));
    expect(await repo.counts('p1')).toEqual({
      hasPlan: false,
      datasetVersions: 0,
      runs: 0,
      evaluatedRuns: 0,
      explainedRuns: 0,
      deployments: 0,
      monitorWindows: 0,
    });

    await fillProject('p1');
    await store.db.runs.bulkAdd([makeRun('r2', 'p1'), makeRun('r3', 'p1'), makeRun('r4', 'other')]);
    await store.db.evaluations.add(makeEvaluation('r4', 'other'));
    await repo.put(
      makeProject('p1', 1000, {
        problem: '',
        criteria: [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      }),
    );

    expect(await repo.counts('p1')).toEqual({
      hasPlan: true,
      datasetVersions: 1,
      runs: 3,
      evaluatedRuns: 1,
      explainedRuns: 1,
      deployments: 1,
      monitorWindows: 1,
    });
    await expect(repo.counts('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
