import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrainConfig, RunProgress } from '../../src/lifecycle/train/run-types';
import { createProjectsRepo, createRunsRepo, openLabStore, type LabStore } from '../../src/storage';
import { dataApi } from '../../workers/data.api';
import { trainApi } from '../../workers/train.api';
import { makeProject } from './data-fixtures';

let dbName = '';
let store: LabStore;

/** Two separable classes on two features, 120 rows, with a constant column. */
const csv = [
  'a,b,flat,y',
  ...Array.from({ length: 120 }, (_, i) => {
    const cls = i % 2;
    const a = (cls ? 2 : -2) + ((i * 37) % 11) / 10;
    const b = ((i * 17) % 13) / 13;
    return `${a},${b},5,${cls ? 'yes' : 'no'}`;
  }),
].join('\n');

async function importVersion(): Promise<string> {
  const report = await dataApi.importTable({
    dbName,
    projectId: 'p1',
    source: { kind: 'blob', blob: new Blob([csv]), name: 'two.csv' },
    origin: { kind: 'file', ref: 'two.csv' },
  });
  return report.versionId;
}

function config(versionId: string, epochs = 3): TrainConfig {
  return {
    projectId: 'p1',
    versionId,
    task: 'classification',
    target: 'y',
    features: ['a', 'b', 'flat'],
    split: { source: 'seeded', ratios: { train: 0.6, validation: 0.2, test: 0.2 }, seed: 3 },
    model: { family: 'mlp', hidden: [8], activation: 'relu', dropout: 0.1, l2: 1e-4 },
    hyper: {
      optimizer: 'adam',
      learningRate: 0.05,
      batchSize: 16,
      epochs,
      earlyStopping: null,
      classWeights: 'none',
    },
    seed: 11,
  };
}

function start(runId: string, versionId: string, epochs = 3) {
  return {
    dbName,
    runId,
    backend: 'cpu',
    start: {
      config: config(versionId, epochs),
      name: runId,
      tags: [],
      parentRunId: null,
      app: 'test',
    },
  };
}

beforeEach(async () => {
  dbName = `lab-train-run-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1'));
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

describe('trainRun in the train worker', () => {
  it('trains every epoch, checkpoints each in our database, and completes with the digest of loadable weights', async () => {
    const versionId = await importVersion();
    const progress: RunProgress[] = [];
    const run = await trainApi.trainRun(start('r1', versionId), (p) => void progress.push(p));
    expect(run.status).toBe('done');
    expect(run.epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(progress.filter((p) => p.kind === 'epoch')).toHaveLength(3);
    expect(run.preprocessing?.features.find((f) => f.column === 'flat')).toMatchObject({
      kind: 'numeric',
      constant: true,
    });
    const repo = createRunsRepo(store);
    const final = await repo.checkpoint('r1', 'final');
    expect(final?.digest).toBe(run.artifact?.weightsDigest);
    expect(final?.weights.byteLength).toBe(run.artifact?.weightBytes);
    // Resume points are replaced by the final weights.
    expect(await repo.checkpoint('r1', 'last')).toBeUndefined();
    expect((await repo.get('r1')).status).toBe('done');
  }, 60_000);

  it('pauses between batches, resumes, and a cancelled run keeps its last checkpoint and resumes to the end', async () => {
    const versionId = await importVersion();
    const seen: string[] = [];
    const running = trainApi.trainRun(start('r2', versionId, 30), (p) => {
      seen.push(p.kind);
      if (p.kind === 'epoch' && p.record.epoch === 1) void trainApi.signalRun('r2', 'pause');
      if (p.kind === 'paused') void trainApi.signalRun('r2', 'resume');
      if (p.kind === 'epoch' && p.record.epoch === 3) void trainApi.signalRun('r2', 'cancel');
    });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(seen).toContain('paused');
    expect(seen).toContain('resumed');
    const repo = createRunsRepo(store);
    const cancelled = await repo.get('r2');
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.lastCheckpointEpoch).toBeGreaterThanOrEqual(3);
    expect((await repo.checkpoint('r2', 'last'))?.epoch).toBe(cancelled.lastCheckpointEpoch);
    const resumed = await trainApi.trainRun({ dbName, runId: 'r2', backend: 'cpu' });
    expect(resumed.status).toBe('done');
    expect(resumed.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  }, 120_000);

  it('a resumed run ends with the same weights as one trained without a break', async () => {
    const versionId = await importVersion();
    const whole = await trainApi.trainRun(start('whole', versionId, 6));
    await expect(
      trainApi.trainRun(start('broken', versionId, 6), (p) => {
        if (p.kind === 'epoch' && p.record.epoch === 2) void trainApi.signalRun('broken', 'cancel');
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    const resumed = await trainApi.trainRun({ dbName, runId: 'broken', backend: 'cpu' });
    expect(resumed.artifact?.weightsDigest).toBe(whole.artifact?.weightsDigest);
    expect(resumed.epochs.map((e) => e.metrics)).toEqual(whole.epochs.map((e) => e.metrics));
  }, 120_000);

  it('refuses a damaged checkpoint on resume: its digest no longer matches its bytes', async () => {
    const versionId = await importVersion();
    await expect(
      trainApi.trainRun(start('r3', versionId, 20), (p) => {
        if (p.kind === 'epoch' && p.record.epoch === 1) void trainApi.signalRun('r3', 'cancel');
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    const last = await store.db.checkpoints.get('r3:last');
    const bytes = new Uint8Array(last!.weights.slice(0));
    bytes[0] = bytes[0]! ^ 0xff;
    await store.db.checkpoints.put({ ...last!, weights: bytes.buffer });
    await expect(trainApi.trainRun({ dbName, runId: 'r3', backend: 'cpu' })).rejects.toMatchObject({
      code: 'INTERNAL',
    });
  }, 60_000);

  it('writes nothing when the data is bad: fewer training rows than the batch size', async () => {
    const versionId = await importVersion();
    const request = start('r4', versionId);
    request.start.config.hyper.batchSize = 500;
    await expect(trainApi.trainRun(request)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: { reason: 'too-few-rows' },
    });
    expect(await store.db.runs.count()).toBe(0);
    expect(await store.db.checkpoints.count()).toBe(0);
  }, 60_000);
});
