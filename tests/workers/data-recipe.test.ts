import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { makeProject, wrapDataApiOverChannel } from './data-fixtures';
import { dataApi } from '../../workers/data.api';
import { applyRecipeStepToVersion } from '../../workers/data/recipe-step';

let dbName = '';
let store: LabStore;
let parentId = '';

/** A CSV of `rows` rows: a number with gaps, a category and a class. */
function makeCsv(rows: number): string {
  const lines = ['value,group,label'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${i % 7 === 0 ? '' : (i * 0.5).toFixed(1)},${['a', 'b', 'c'][i % 3]},${i % 4 === 0 ? 'yes' : 'no'}`,
    );
  }
  return lines.join('\n');
}

beforeEach(async () => {
  dbName = `lab-recipe-test-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1'));
  const report = await dataApi.importTable({
    dbName,
    projectId: 'p1',
    source: { kind: 'blob', blob: new Blob([makeCsv(500)]), name: 'data.csv' },
    origin: { kind: 'file', ref: 'data.csv' },
    chunkRows: 128,
  });
  parentId = report.versionId;
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

async function counts() {
  const { db } = store;
  return {
    versions: await db.datasetVersions.count(),
    chunks: await db.columnChunks.count(),
    refs: await db.versionRefs.count(),
  };
}

const impute = { kind: 'impute', columns: ['value'], strategy: 'mean' } as const;

describe('data worker recipe steps', () => {
  it('previewStep shows rows and profiles before and after and writes nothing', async () => {
    const before = await counts();
    const jobs = await store.db.jobs.count();
    const preview = await dataApi.previewStep({
      dbName,
      versionId: parentId,
      step: impute,
      sampleRows: 3,
    });
    expect(await counts()).toEqual(before);
    expect(await store.db.jobs.count()).toBe(jobs);
    expect(preview.before.sample[0]).toEqual([null, 'a', 'yes']);
    expect(preview.after.sample[0]![0]).toBeCloseTo(
      preview.step.kind === 'impute' ? (preview.step.fitted.fills[0]!.value as number) : NaN,
      12,
    );
    expect(preview.before.profiles[0]).toMatchObject({ kind: 'numeric', missing: 72 });
    expect(preview.after.profiles[0]).toMatchObject({ kind: 'numeric', missing: 0 });
  });

  it('applyStep writes a new version whose parent and fitted step are recorded, in the same project and dataset', async () => {
    const report = await dataApi.applyStep({ dbName, versionId: parentId, step: impute });
    expect(report).toMatchObject({
      parents: [parentId],
      storedNew: true,
      addedToProjects: ['p1'],
      rows: 500,
    });
    expect(report.versionId).not.toBe(parentId);
    const { db } = store;
    const version = await db.datasetVersions.get(report.versionId);
    expect(version?.parents).toEqual([parentId]);
    expect(version?.step).toMatchObject({
      kind: 'impute',
      fitted: { fills: [{ column: 'value' }] },
    });
    expect(version?.chunkCount).toBe(4);
    const refs = await db.versionRefs.where('projectId').equals('p1').toArray();
    expect(new Set(refs.map((ref) => ref.datasetId)).size).toBe(1);
    const rows = await dataApi.readVersionRows({
      dbName,
      versionId: report.versionId,
      offset: 0,
      limit: 1,
    });
    expect(rows.rows[0]![0]).toBeCloseTo(
      (report.step as { fitted: { fills: { value: number }[] } }).fitted.fills[0]!.value,
      12,
    );
  });

  it('re-applying the same step to the same version gives the same id and stores nothing new', async () => {
    const first = await dataApi.applyStep({ dbName, versionId: parentId, step: impute });
    const stored = await counts();
    const again = await dataApi.applyStep({ dbName, versionId: parentId, step: impute });
    expect(again).toMatchObject({
      versionId: first.versionId,
      storedNew: false,
      addedToProjects: [],
    });
    expect(await counts()).toEqual(stored);
  });

  it('a split step adds a split column; a bad step writes nothing and names the column', async () => {
    const before = await counts();
    await expect(
      dataApi.applyStep({
        dbName,
        versionId: parentId,
        step: { kind: 'scale', columns: ['group'], method: 'standard' },
      }),
    ).rejects.toMatchObject({ code: 'SCHEMA_MISMATCH', column: 'group' });
    expect(await counts()).toEqual(before);
    const split = await dataApi.applyStep({
      dbName,
      versionId: parentId,
      step: {
        kind: 'split',
        method: 'stratified',
        ratios: { train: 0.8, test: 0.2 },
        seed: 3,
        column: 'label',
      },
    });
    expect(split.schema.columns.map((c) => c.name)).toEqual(['value', 'group', 'label', 'split']);
    expect(split.step).toMatchObject({
      fitted: { counts: { train: 400, validation: 0, test: 100 } },
    });
  });

  it('a cancelled apply leaves no chunks and no version', async () => {
    const before = await counts();
    await expect(
      applyRecipeStepToVersion(
        store,
        { versionId: parentId, step: impute },
        {
          isCancelled: () => true,
          clock: () => 5,
          newId: () => crypto.randomUUID(),
        },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await counts()).toEqual(before);
  });

  it('the derived version joins every project that holds its parent', async () => {
    await createProjectsRepo(store).create(makeProject('p2'));
    await dataApi.importTable({
      dbName,
      projectId: 'p2',
      source: { kind: 'blob', blob: new Blob([makeCsv(500)]), name: 'same.csv' },
      origin: { kind: 'file', ref: 'same.csv' },
      chunkRows: 128,
    });
    const report = await dataApi.applyStep({ dbName, versionId: parentId, step: impute });
    expect(report.addedToProjects.sort()).toEqual(['p1', 'p2']);
  });

  it('previewStep and applyStep clone through Comlink over a MessageChannel', async () => {
    const { remote, close } = wrapDataApiOverChannel();
    const step = { kind: 'encode', column: 'group', method: 'one-hot' } as const;
    const preview = await remote.previewStep({ dbName, versionId: parentId, step });
    expect(preview.after.schema.columns.map((c) => c.name)).toEqual([
      'value',
      'group=a',
      'group=b',
      'group=c',
      'label',
    ]);
    const report = await remote.applyStep({ dbName, versionId: parentId, step });
    expect(report.parents).toEqual([parentId]);
    close();
  });
});
