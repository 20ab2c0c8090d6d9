/** A small lab graph for the housekeeping tests: two projects sharing one dataset version. */
import type { LabStore, RetrainRow } from '../../src/storage';
import { makeChunk, makeEvaluation, makeProject, makeRun, makeVersion } from './rows';

export const at = 1_700_000_000_000;

/** Every row of every table, for before/after comparisons. */
export async function dumpTables(store: LabStore): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of store.db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/** Rows per table. */
export async function countTables(store: LabStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of store.db.tables) counts[table.name] = await table.count();
  return counts;
}

/** Column chunks of a version: a float64 column of 3 rows and an int32 coded one of 5 rows. */
async function addVersion(store: LabStore, id: string, parents: string[]): Promise<number> {
  const tenure = makeChunk(id, 'tenure');
  const coded = { ...makeChunk(id, 'churned'), encoding: 'int32' as const, rows: 5 };
  coded.values = new Int32Array([0, 1, -1, 1, 0]).buffer;
  const bytes = tenure.values.byteLength + coded.values.byteLength;
  await store.db.datasetVersions.add({ ...makeVersion(id, 'p1', parents), bytes });
  await store.db.columnChunks.bulkAdd([tenure, coded]);
  return bytes;
}

/** Gives project `projectId` version `versionId` under its dataset `datasetId`. */
export async function addRef(
  store: LabStore,
  projectId: string,
  versionId: string,
  datasetId: string,
) {
  if (!(await store.db.datasets.get(datasetId))) {
    await store.db.datasets.add({
      id: datasetId,
      projectId,
      name: 'telco',
      source: { kind: 'sample', ref: 'telco' },
      createdAt: at,
    });
  }
  await store.db.versionRefs.add({ projectId, versionId, datasetId, createdAt: at });
}

/** A run of `projectId` on `versionId` with an epoch, two checkpoints, an evaluation, an explanation. */
export async function addRun(store: LabStore, id: string, projectId: string, versionId: string) {
  const { db } = store;
  await db.runs.add({ ...makeRun(id, projectId), versionId });
  await db.runEpochs.add({
    runId: id,
    projectId,
    epoch: 1,
    record: { epoch: 1, metrics: {}, ms: 1, samplesPerSecond: 1 },
  });
  for (const slot of ['last', 'best'] as const) {
    await db.checkpoints.add({
      id: `${id}:${slot}`,
      runId: id,
      projectId,
      slot,
      epoch: 1,
      topology: {},
      weightSpecs: [],
      weights: new Float32Array([0.5, -1, 2]).buffer,
      digest: '0'.repeat(64),
      optimizer: slot === 'last' ? { specs: [], data: new ArrayBuffer(16) } : null,
      loop: {},
      createdAt: at,
    });
  }
  await db.evaluations.add(makeEvaluation(id, projectId));
  await db.explanations.add({
    id: `${id}:test`,
    runId: id,
    projectId,
    explanation: {} as never,
    createdAt: at,
  });
}

/** A model version of run `runId` with its package of `size` bytes. */
export async function addModel(
  store: LabStore,
  id: string,
  projectId: string,
  runId: string,
  size = 40,
) {
  await store.db.models.add({
    id,
    projectId,
    name: 'churn',
    version: 1,
    runId,
    aliases: ['champion'],
    archived: false,
    packageId: `pkg-${id}`,
    createdAt: at,
  });
  await store.db.registryEvents.add({
    id: `ev-${id}`,
    projectId,
    name: 'churn',
    modelVersionId: id,
    kind: 'register',
    alias: null,
    note: '',
    at,
  });
  await store.db.packages.add({
    id: `pkg-${id}`,
    projectId,
    modelVersionId: id,
    manifest: {} as never,
    bytes: new ArrayBuffer(size),
    createdAt: at,
  });
}

/** A deployment of `packageId` to `endpoint` at time `createdAt`. */
export async function addDeployment(
  store: LabStore,
  id: string,
  endpoint: string,
  packageId: string,
  createdAt: number,
) {
  await store.db.deployments.add({
    id,
    projectId: 'p1',
    endpoint,
    championPackageId: packageId,
    challengerPackageId: null,
    strategy: 'single',
    percent: 0,
    errorPolicy: 'reject-request',
    previousDeploymentId: null,
    createdAt,
  });
}

/** A retrain of p1 with the given references. */
export function makeRetrain(id: string, refs: Partial<RetrainRow>): RetrainRow {
  return {
    id,
    projectId: 'p1',
    sessionId: 's1',
    endpoint: 'churn',
    modelName: 'churn',
    settings: { policy: { kind: 'manual' } },
    trigger: { reason: 'manual', window: 0, metric: null, alertWindow: null, labelledTo: 10 },
    events: { from: 0, to: 10, train: 7, heldOut: 3 },
    championVersionId: 'm-none',
    referenceVersionId: 'v-none',
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
    history: [],
    createdAt: at,
    updatedAt: at,
    ...refs,
  };
}

/**
 * Projects p1 and p2; version `vA` used by both (dataset ds-1 of p1, ds-2 of p2), `vB` (made
 * from vA) by p1 only; run r1 of p1 on vB. Returns the chunk bytes of each version.
 */
export async function fillLab(store: LabStore): Promise<{ vA: number; vB: number }> {
  await store.db.projects.bulkAdd([makeProject('p1', at), makeProject('p2', at + 1)]);
  const vA = await addVersion(store, 'vA', []);
  const vB = await addVersion(store, 'vB', ['vA']);
  await addRef(store, 'p1', 'vA', 'ds-1');
  await addRef(store, 'p1', 'vB', 'ds-1');
  await addRef(store, 'p2', 'vA', 'ds-2');
  await addRun(store, 'r1', 'p1', 'vB');
  return { vA, vB };
}
