import 'fake-indexeddb/auto';
import { proxy } from 'comlink';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { makeProject, wrapDataApiOverChannel } from './data-fixtures';
import { dataApi, type ImportTableProgress } from '../../workers/data.api';

let dbName = '';
let store: LabStore;
beforeEach(async () => {
  dbName = `lab-worker-test-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(
    makeProject('p1', { name: 'Worker test', task: 'regression' }),
  );
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

/** A CSV of `rows` rows: an id, a number and a category. */
function makeCsv(rows: number): string {
  const lines = ['id,value,group'];
  for (let i = 0; i < rows; i++)
    lines.push(`${i},${(i * 0.5).toFixed(1)},${['a', 'b', 'c'][i % 3]}`);
  return lines.join('\n');
}

async function stored() {
  const { db } = store;
  return [
    await db.datasetVersions.count(),
    await db.columnChunks.count(),
    await db.versionRefs.count(),
  ];
}

describe('data worker import', () => {
  it('importTable of a CSV blob stores a version, reports progress with rows and a rate, and reads back', async () => {
    const progress: ImportTableProgress[] = [];
    const report = await dataApi.importTable(
      {
        dbName,
        projectId: 'p1',
        source: { kind: 'blob', blob: new Blob([makeCsv(1000)]), name: 'numbers.csv' },
        origin: { kind: 'file', ref: 'numbers.csv' },
        chunkRows: 256,
      },
      (p) => void progress.push(p),
    );
    expect(report).toMatchObject({
      rows: 1000,
      storedNew: true,
      addedToProject: true,
      format: 'csv',
    });
    expect(await stored()).toEqual([1, 3 * 4, 1]);
    const phases = new Set(progress.map((p) => p.phase));
    expect([...phases]).toEqual(expect.arrayContaining(['parse', 'write', 'done']));
    const last = progress.at(-1);
    expect(last).toMatchObject({ phase: 'done', rows: 1000 });
    expect(last?.ratePerSecond).toBeGreaterThan(0);
    const rows = await dataApi.readVersionRows({
      dbName,
      versionId: report.versionId,
      offset: 255,
      limit: 2,
    });
    expect(rows.rows).toEqual([
      [255, 127.5, 'a'],
      [256, 128, 'b'],
    ]);
    const profile = await dataApi.profileVersion({ dbName, versionId: report.versionId });
    expect(profile.columns.find((c) => c.name === 'value')?.profile).toMatchObject({
      kind: 'numeric',
      count: 1000,
      min: 0,
      max: 499.5,
    });
  });

  it('cancelDataWork half-way through the writes rejects CANCELLED and leaves nothing stored', async () => {
    let cancelled = false;
    const run = dataApi.importTable(
      {
        callId: 'import-1',
        dbName,
        projectId: 'p1',
        source: { kind: 'blob', blob: new Blob([makeCsv(2000)]), name: 'big.csv' },
        origin: { kind: 'file', ref: 'big.csv' },
        chunkRows: 100,
      },
      (p) => {
        if (p.phase === 'write' && p.done === 10 && !cancelled) {
          cancelled = true;
          void dataApi.cancelDataWork('import-1');
        }
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cancelled).toBe(true);
    expect(await stored()).toEqual([0, 0, 0]);
    expect((await store.db.jobs.toArray()).map((job) => job.status)).toEqual(['cancelled']);
  });

  it('importTable through Comlink over a MessageChannel clones the Blob and the progress proxy', async () => {
    const { remote, close } = wrapDataApiOverChannel();
    const phases: string[] = [];
    const report = await remote.importTable(
      {
        dbName,
        projectId: 'p1',
        source: { kind: 'blob', blob: new Blob([makeCsv(10)]), name: 'small.csv' },
        origin: { kind: 'file', ref: 'small.csv' },
      },
      proxy((p: ImportTableProgress) => void phases.push(p.phase)),
    );
    expect(report.rows).toBe(10);
    const rows = await remote.readVersionRows({
      dbName,
      versionId: report.versionId,
      offset: 9,
      limit: 5,
    });
    expect(rows).toMatchObject({ total: 10, rows: [[9, 4.5, 'a']] });
    close();
  });
});
