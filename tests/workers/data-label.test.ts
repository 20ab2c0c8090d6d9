import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { makeProject, wrapDataApiOverChannel } from './data-fixtures';
import { dataApi } from '../../workers/data.api';

let dbName = '';
let store: LabStore;
let parentId = '';

/** 300 rows; every third label is empty (100 to label). */
function makeCsv(): string {
  const lines = ['text,size,label'];
  for (let i = 0; i < 300; i++) {
    lines.push(`"row ${i}, text",${i},${i % 3 === 0 ? '' : i % 2 === 0 ? 'ham' : 'spam'}`);
  }
  return lines.join('\n');
}

beforeEach(async () => {
  dbName = `lab-label-test-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1'));
  const report = await dataApi.importTable({
    dbName,
    projectId: 'p1',
    source: { kind: 'blob', blob: new Blob([makeCsv()]), name: 'label.csv' },
    origin: { kind: 'file', ref: 'label.csv' },
    chunkRows: 64,
  });
  parentId = report.versionId;
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

const label = (assignments: { row: number; value: string }[]) =>
  ({ kind: 'label', column: 'label', assignments }) as const;

describe('data worker labelling', () => {
  it('listUnlabelledRows gives the missing rows, their count and the labels in use', async () => {
    const found = await dataApi.listUnlabelledRows({
      dbName,
      versionId: parentId,
      column: 'label',
      limit: 5,
    });
    expect(found).toEqual({
      versionId: parentId,
      column: 'label',
      exists: true,
      rowCount: 300,
      total: 100,
      rows: [0, 3, 6, 9, 12],
      labels: ['spam', 'ham'],
    });
  });

  it('listUnlabelledRows of a column that does not exist lists every row', async () => {
    const found = await dataApi.listUnlabelledRows({
      dbName,
      versionId: parentId,
      column: 'topic',
      limit: 3,
    });
    expect(found).toMatchObject({ exists: false, total: 300, rows: [0, 1, 2], labels: [] });
  });

  it('applyStep of a label step writes a child version with the cells set, and the same id again', async () => {
    const step = label([
      { row: 0, value: 'ham' },
      { row: 3, value: 'spam' },
      { row: 297, value: 'promo' },
    ]);
    const report = await dataApi.applyStep({ dbName, versionId: parentId, step });
    expect(report.parents).toEqual([parentId]);
    expect(report.storedNew).toBe(true);
    expect(report.step).toEqual({ ...step, fitted: {} });
    const rows = await dataApi.readVersionRows({
      dbName,
      versionId: report.versionId,
      offset: 0,
      limit: 300,
    });
    const labels = rows.rows.map((row) => row[2]);
    expect([labels[0], labels[3], labels[297], labels[6]]).toEqual(['ham', 'spam', 'promo', null]);
    const left = await dataApi.listUnlabelledRows({
      dbName,
      versionId: report.versionId,
      column: 'label',
    });
    expect(left.total).toBe(97);
    expect(left.labels).toEqual(['spam', 'ham', 'promo']);

    const again = await dataApi.applyStep({ dbName, versionId: parentId, step });
    expect(again.versionId).toBe(report.versionId);
    expect(again.storedNew).toBe(false);
  });

  it('applyStep of a label step with a row out of range writes nothing', async () => {
    const before = await store.db.datasetVersions.count();
    await expect(
      dataApi.applyStep({
        dbName,
        versionId: parentId,
        step: label([{ row: 300, value: 'ham' }]),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await store.db.datasetVersions.count()).toBe(before);
  });

  it('listUnlabelledRows and a label step clone through Comlink over a MessageChannel', async () => {
    const { remote, close } = wrapDataApiOverChannel();
    const found = await remote.listUnlabelledRows({ dbName, versionId: parentId, column: 'label' });
    expect(found.rows).toHaveLength(100);
    const report = await remote.applyStep({
      dbName,
      versionId: parentId,
      step: label(found.rows.slice(0, 2).map((row) => ({ row, value: 'ham' }))),
    });
    expect(report.parents).toEqual([parentId]);
    close();
  });
});
