import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openLabStore,
  readProjectActivity,
  readStorageUsage,
  type LabStore,
} from '../../src/storage';
import { addModel, at, fillLab } from './housekeeping-rows';
import { freshName, makeVersion } from './rows';

let store: LabStore;
beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
});
afterEach(() => store.close());

/** Byte length of the stored chunk buffers of a version, read back from the database. */
async function chunkBytes(versionId: string): Promise<number> {
  const chunks = await store.db.columnChunks.where('versionId').equals(versionId).toArray();
  return chunks.reduce((sum, chunk) => sum + chunk.values.byteLength, 0);
}

/** UTF-8 JSON size, measured with Node's Buffer (independent of the lab's TextEncoder). */
const jsonBytes = (row: unknown) => Buffer.byteLength(JSON.stringify(row), 'utf8');

describe('storage usage', () => {
  it('equals the sum of the stored bytes per project, with shared versions flagged and counted once', async () => {
    await fillLab(store);
    await addModel(store, 'm1', 'p1', 'r1', 40);
    await store.db.predictionLog.add({
      projectId: 'p1',
      sessionId: 'churn',
      deploymentId: 'd1',
      modelVersionId: 'm1',
      at,
      input: { tenure: 3, city: 'Seoul 서울' },
      prediction: 'yes',
      probabilities: [0.25, 0.75],
      label: null,
      latencyMs: 1.5,
    });
    const window = {
      id: 's1:0',
      projectId: 'p2',
      sessionId: 's1',
      index: 0,
      start: 0,
      end: 100,
      stats: { driftedShare: 0.5 },
    };
    await store.db.monitorWindows.add(window);
    // A version no project refers to any more.
    await store.db.datasetVersions.add({ ...makeVersion('vX', 'p1'), bytes: 8 });

    const usage = await readStorageUsage(store);

    const [vA, vB] = [await chunkBytes('vA'), await chunkBytes('vB')];
    const checkpoints = await store.db.checkpoints.toArray();
    const weights = checkpoints.reduce(
      (sum, row) => sum + row.weights.byteLength + (row.optimizer?.data.byteLength ?? 0),
      0,
    );
    const [logRow] = await store.db.predictionLog.toArray();
    const p1 = usage.projects.find((project) => project.projectId === 'p1');
    const p2 = usage.projects.find((project) => project.projectId === 'p2');
    expect(p1).toEqual({
      projectId: 'p1',
      name: 'Churn p1',
      datasets: { bytes: vA + vB, rows: 2, shared: [{ versionId: 'vA', bytes: vA, projects: 2 }] },
      checkpoints: { bytes: weights, rows: 2 },
      packages: { bytes: 40, rows: 1 },
      predictionLog: { bytes: jsonBytes(logRow), rows: 1 },
      monitorWindows: { bytes: 0, rows: 0 },
      total: vA + vB + weights + 40 + jsonBytes(logRow),
    });
    expect(weights).toBe(2 * 12 + 16);
    expect(p2?.datasets).toEqual({
      bytes: vA,
      rows: 1,
      shared: [{ versionId: 'vA', bytes: vA, projects: 2 }],
    });
    expect(p2?.monitorWindows).toEqual({ bytes: jsonBytes(window), rows: 1 });
    expect(usage.unattributed).toEqual({ bytes: 8, rows: 1 });
    expect(usage.total).toBe(vA + vB + 8 + weights + 40 + jsonBytes(logRow) + jsonBytes(window));
  });

  it('drops a project from the table once it is deleted', async () => {
    await fillLab(store);
    await store.db.projects.delete('p2');
    expect((await readStorageUsage(store)).projects.map((p) => p.projectId)).toEqual(['p1']);
  });
});

describe('project activity', () => {
  it('gives the newest change over the project rows and the newest export, or null', async () => {
    await fillLab(store);
    await store.db.runs.update('r1', { finishedAt: at + 200_000 });
    await store.db.exports.bulkAdd([
      {
        id: 'x1',
        projectId: 'p1',
        scope: 'project',
        digest: '0',
        bytes: 1,
        createdAt: at + 150_000,
      },
      {
        id: 'x2',
        projectId: 'p1',
        scope: 'project',
        digest: '0',
        bytes: 1,
        createdAt: at + 300_000,
      },
    ]);
    const activity = await readProjectActivity(store);
    expect(activity.find((row) => row.projectId === 'p1')).toEqual({
      projectId: 'p1',
      name: 'Churn p1',
      changedAt: at + 200_000,
      exportedAt: at + 300_000,
    });
    expect(activity.find((row) => row.projectId === 'p2')).toEqual({
      projectId: 'p2',
      name: 'Churn p2',
      changedAt: at + 1,
      exportedAt: null,
    });
  });
});
