import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatasetsRepo, createRunsRepo, openLabStore, type LabStore } from '../../src/storage';
import { localizeError } from '../../src/api/localize-errors';
import type { LabError } from '../../src/shared/lab-error';
import { at, countTables, dumpTables, fillLab, makeRetrain } from './housekeeping-rows';
import { freshName } from './rows';

let store: LabStore;
beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
});
afterEach(() => store.close());

/** Differences in rows per table between two counts (only the tables that changed). */
function delta(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(
    Object.keys(after)
      .map((name) => [name, (after[name] ?? 0) - (before[name] ?? 0)] as const)
      .filter(([, change]) => change !== 0),
  );
}

describe('removing a dataset version from a project', () => {
  it('is refused while a run of the project was trained on it, naming the run, and changes nothing', async () => {
    await fillLab(store);
    const before = await dumpTables(store);
    const removal = createDatasetsRepo(store).removeVersion('p1', 'vB');
    await expect(removal).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: {
        field: 'versionId',
        reason: 'in-use',
        detail: 'run r1 ("run r1") was trained on it',
      },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('is refused while a monitor session replays it or a retrain used it, naming each', async () => {
    await fillLab(store);
    await store.db.monitorSessions.add({
      id: 's9',
      projectId: 'p1',
      endpoint: 'churn',
      source: 'vA',
      options: { endpoint: 'churn', source: 'vA' },
      status: 'done',
      onset: null,
      events: 0,
      windows: 0,
      createdAt: at,
      finishedAt: at,
    });
    await store.db.retrains.add(makeRetrain('rt1', { captureVersionId: 'vA' }));
    const before = await dumpTables(store);
    const error = await createDatasetsRepo(store)
      .removeVersion('p1', 'vA')
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      params: {
        reason: 'in-use',
        detail: 'monitor session s9 replays it; retrain rt1 used it',
      },
    });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('frees the chunks and the version once the last project lets go of it', async () => {
    const bytes = await fillLab(store);
    await createRunsRepo(store).remove('r1');
    const before = await countTables(store);

    const result = await createDatasetsRepo(store).removeVersion('p1', 'vB');

    expect(result).toEqual({ freedBytes: bytes.vB, kept: [] });
    expect(delta(before, await countTables(store))).toEqual({
      versionRefs: -1,
      datasetVersions: -1,
      columnChunks: -2,
    });
    expect(await store.db.columnChunks.where('versionId').equals('vB').count()).toBe(0);
    // Its parent vA keeps its own chunks: each version stores its own.
    expect(await store.db.columnChunks.where('versionId').equals('vA').count()).toBe(2);
  });

  it('keeps a version another project still uses, removes only the reference, and says why', async () => {
    await fillLab(store);
    const before = await countTables(store);

    const result = await createDatasetsRepo(store).removeVersion('p2', 'vA');

    expect(result).toEqual({
      freedBytes: 0,
      kept: [{ what: 'dataset version vA', why: 'shared', projects: 1 }],
    });
    // p2 had only vA under ds-2: its named dataset goes with the reference.
    expect(delta(before, await countTables(store))).toEqual({ versionRefs: -1, datasets: -1 });
    expect(await store.db.versionRefs.get(['p1', 'vA'])).toBeDefined();
  });

  it('keeps the named dataset while the project has another version of it', async () => {
    const bytes = await fillLab(store);
    await createDatasetsRepo(store).removeVersion('p2', 'vA');
    const before = await countTables(store);

    const result = await createDatasetsRepo(store).removeVersion('p1', 'vA');

    expect(result).toEqual({ freedBytes: bytes.vA, kept: [] });
    expect(delta(before, await countTables(store))).toEqual({
      versionRefs: -1,
      datasetVersions: -1,
      columnChunks: -2,
    });
    expect(await store.db.datasets.get('ds-1')).toBeDefined();
  });

  it('rejects with NOT_FOUND when the project does not use the version', async () => {
    await fillLab(store);
    await expect(createDatasetsRepo(store).removeVersion('p2', 'vB')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the refusal as the user reads it', () => {
  it('names what still uses the version, in English and in Korean', async () => {
    await fillLab(store);
    const refusal = () =>
      createDatasetsRepo(store)
        .removeVersion('p1', 'vB')
        .then(
          () => {
            throw new Error('expected a refusal');
          },
          (thrown: unknown) => thrown as LabError,
        );
    const en = localizeError(await refusal(), 'en');
    expect(en.message).toBe(
      'Check “versionId”: it is still in use (run r1 ("run r1") was trained on it). Delete or finish those first.',
    );
    const ko = localizeError(await refusal(), 'ko');
    expect(ko.message).toContain('아직 사용 중입니다(run r1 ("run r1") was trained on it)');
  });
});
