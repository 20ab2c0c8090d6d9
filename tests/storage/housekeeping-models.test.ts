import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeployRepo, createRunsRepo, openLabStore, type LabStore } from '../../src/storage';
import {
  addDeployment,
  addModel,
  addRun,
  countTables,
  dumpTables,
  fillLab,
  makeRetrain,
} from './housekeeping-rows';
import { freshName } from './rows';

let store: LabStore;
beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
});
afterEach(() => store.close());

function delta(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(
    Object.keys(after)
      .map((name) => [name, (after[name] ?? 0) - (before[name] ?? 0)] as const)
      .filter(([, change]) => change !== 0),
  );
}

describe('removing a run', () => {
  it('frees its epochs, checkpoints, evaluations and explanations, and nothing of other runs', async () => {
    await fillLab(store);
    await addRun(store, 'r2', 'p1', 'vA');
    const before = await countTables(store);
    await createRunsRepo(store).remove('r1');
    expect(delta(before, await countTables(store))).toEqual({
      runs: -1,
      runEpochs: -1,
      checkpoints: -2,
      evaluations: -1,
      explanations: -1,
    });
    expect(await store.db.checkpoints.where('runId').equals('r2').count()).toBe(2);
  });

  it('is refused while a model version registered from it exists, and changes nothing', async () => {
    await fillLab(store);
    await addModel(store, 'm1', 'p1', 'r1');
    const before = await dumpTables(store);
    await expect(createRunsRepo(store).remove('r1')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: {
        field: 'runId',
        reason: 'in-use',
        detail: 'model version churn v1 (m1) was registered from it',
      },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('of a search is refused while a model version comes from one of its trials', async () => {
    await fillLab(store);
    await store.db.runs.update('r1', { kind: 'search' });
    await addRun(store, 't1', 'p1', 'vB');
    await store.db.runs.update('t1', { parentRunId: 'r1' });
    await addModel(store, 'm1', 'p1', 't1');
    const before = await dumpTables(store);
    await expect(createRunsRepo(store).remove('r1')).rejects.toMatchObject({
      params: { reason: 'in-use' },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('is refused while a retrain trained it', async () => {
    await fillLab(store);
    await store.db.retrains.add(makeRetrain('rt1', { runId: 'r1' }));
    await expect(createRunsRepo(store).remove('r1')).rejects.toMatchObject({
      params: { detail: 'retrain rt1 trained it' },
    });
  });

  it('of an unknown run rejects with NOT_FOUND', async () => {
    await expect(createRunsRepo(store).remove('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('removing a model version', () => {
  it('frees its package bytes and its row (aliases with it), keeps the registry log', async () => {
    await fillLab(store);
    await addModel(store, 'm1', 'p1', 'r1', 40);
    await addModel(store, 'm2', 'p1', 'r1', 24);
    const before = await countTables(store);
    const result = await createDeployRepo(store).removeVersion('m1');
    expect(result).toEqual({ freedBytes: 40, kept: [] });
    expect(delta(before, await countTables(store))).toEqual({ models: -1, packages: -1 });
    expect(await store.db.packages.get('pkg-m2')).toBeDefined();
    // With no model version left, the run can go.
    await createDeployRepo(store).removeVersion('m2');
    await createRunsRepo(store).remove('r1');
    expect(await store.db.runs.count()).toBe(0);
  });

  it("is refused while an endpoint's current deployment serves its package, and changes nothing", async () => {
    await fillLab(store);
    await addModel(store, 'm1', 'p1', 'r1');
    await addDeployment(store, 'd1', 'churn', 'pkg-m1', 1);
    const before = await dumpTables(store);
    await expect(createDeployRepo(store).removeVersion('m1')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: { field: 'modelVersionId', reason: 'in-use', detail: 'endpoint "churn" serves it' },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('is refused while an older deployment keeps it for rollback, naming the endpoint', async () => {
    await fillLab(store);
    await addModel(store, 'm1', 'p1', 'r1');
    await addModel(store, 'm2', 'p1', 'r1');
    await addDeployment(store, 'd1', 'churn', 'pkg-m1', 1);
    await addDeployment(store, 'd2', 'churn', 'pkg-m2', 2);
    const before = await dumpTables(store);
    await expect(createDeployRepo(store).removeVersion('m1')).rejects.toMatchObject({
      params: { detail: 'endpoint "churn" can roll back to a deployment of it' },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('is refused while a retrain compared it as champion', async () => {
    await fillLab(store);
    await addModel(store, 'm1', 'p1', 'r1');
    await store.db.retrains.add(makeRetrain('rt1', { championVersionId: 'm1' }));
    await expect(createDeployRepo(store).removeVersion('m1')).rejects.toMatchObject({
      params: { detail: 'retrain rt1 compared or deployed it' },
    });
    expect(await store.db.models.count()).toBe(1);
  });

  it('of an unknown version rejects with NOT_FOUND', async () => {
    await expect(createDeployRepo(store).removeVersion('nope')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
