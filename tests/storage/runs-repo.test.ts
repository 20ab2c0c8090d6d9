import { beforeEach, describe, expect, it } from 'vitest';
import { createRunsRepo, openLabStore, type CheckpointRow, type LabStore } from '../../src/storage';
import { freshName, makeRun } from './rows';

let store: LabStore;

beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
  return () => store.close();
});

function checkpoint(runId: string, slot: CheckpointRow['slot'], digest: string): CheckpointRow {
  return {
    id: `${runId}:${slot}`,
    runId,
    projectId: 'p1',
    slot,
    epoch: 1,
    topology: {},
    weightSpecs: [],
    weights: new ArrayBuffer(4),
    digest,
    optimizer: null,
    loop: {},
    createdAt: 1,
  };
}

describe('runs repository', () => {
  it("complete refuses final weights whose digest is not the artefact's, and writes nothing", async () => {
    const repo = createRunsRepo(store);
    const run = { ...makeRun('r1', 'p1'), status: 'running' as const };
    await repo.put(run);
    const artifact = {
      checkpointId: 'r1:final',
      weightsDigest: 'a'.repeat(64),
      weightBytes: 4,
      parameters: 1,
      epoch: 1,
    };
    await expect(
      repo.complete({ ...run, artifact }, checkpoint('r1', 'final', 'b'.repeat(64))),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
    expect((await repo.get('r1')).status).toBe('running');
    expect(await repo.checkpoint('r1', 'final')).toBeUndefined();
  });

  it('complete writes the final weights and the done run together and drops the resume points', async () => {
    const repo = createRunsRepo(store);
    const run = { ...makeRun('r1', 'p1'), status: 'running' as const };
    await repo.recordEpoch(run, [checkpoint('r1', 'last', 'c'.repeat(64))]);
    const artifact = {
      checkpointId: 'r1:final',
      weightsDigest: 'a'.repeat(64),
      weightBytes: 4,
      parameters: 1,
      epoch: 1,
    };
    await repo.complete({ ...run, artifact }, checkpoint('r1', 'final', 'a'.repeat(64)));
    expect((await repo.get('r1')).status).toBe('done');
    expect((await repo.checkpoint('r1', 'final'))?.digest).toBe('a'.repeat(64));
    expect(await repo.checkpoint('r1', 'last')).toBeUndefined();
  });

  it('markInterrupted marks active runs no worker holds, and leaves held and finished ones', async () => {
    const repo = createRunsRepo(store);
    await repo.put({ ...makeRun('orphan', 'p1'), status: 'running' });
    await repo.put({ ...makeRun('held', 'p1'), status: 'running' });
    await repo.put({ ...makeRun('paused', 'p1'), status: 'paused' });
    await repo.put(makeRun('done', 'p1'));
    const error = { code: 'INTERRUPTED' as const, message: 'closed', params: {} };
    const marked = await repo.markInterrupted((id) => id === 'held', error);
    expect(marked.sort()).toEqual(['orphan', 'paused']);
    expect((await repo.get('orphan')).status).toBe('interrupted');
    expect((await repo.get('orphan')).error?.code).toBe('INTERRUPTED');
    expect((await repo.get('held')).status).toBe('running');
    expect((await repo.get('done')).status).toBe('done');
  });

  it('remove deletes a search with its trials, their checkpoints and evaluations', async () => {
    const repo = createRunsRepo(store);
    await repo.put({ ...makeRun('parent', 'p1'), kind: 'search' });
    await repo.put({ ...makeRun('child', 'p1'), parentRunId: 'parent' });
    await repo.recordEpoch({ ...makeRun('child', 'p1'), parentRunId: 'parent' }, [
      checkpoint('child', 'last', 'c'.repeat(64)),
    ]);
    await repo.remove('parent');
    expect(await store.db.runs.count()).toBe(0);
    expect(await store.db.checkpoints.count()).toBe(0);
  });
});

describe('runs and their histories', () => {
  it('keeps epochs apart from the run row: get joins them, list gives the summary only', async () => {
    const repo = createRunsRepo(store);
    const epochs = [0.9, 0.4, 0.6].map((loss, i) => ({
      epoch: i + 1,
      metrics: { loss, val_accuracy: 1 - loss },
      ms: 1,
      samplesPerSecond: 10,
    }));
    await repo.put({ ...makeRun('r1', 'p1'), epochs });
    expect((await repo.get('r1')).epochs).toEqual(epochs);
    const [listed] = await repo.list('p1');
    expect(listed?.epochs).toEqual([]);
    expect(listed?.summary).toEqual({
      epochs: 3,
      last: { loss: 0.6, val_accuracy: 0.4 },
      best: { loss: { epoch: 2, value: 0.4 }, val_accuracy: { epoch: 2, value: 0.6 } },
    });
    // A resume keeps only the epochs up to its checkpoint.
    await repo.put({ ...makeRun('r1', 'p1'), epochs: epochs.slice(0, 1) });
    expect((await repo.get('r1')).epochs).toHaveLength(1);
    expect(await store.db.runEpochs.count()).toBe(1);
  });
});
