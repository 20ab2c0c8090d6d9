import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatasetImportRepo,
  createDatasetsRepo,
  createProjectsRepo,
  openLabStore,
  type LabStore,
} from '../../src/storage';
import { runImportTable, type ImportContext } from '../../workers/data/import-table';
import type { ImportTableRequest } from '../../workers/data/import-types';
import { readVersionRows } from '../../workers/data/read-version';
import { freshName, makeProject } from './rows';

let store: LabStore | undefined;
afterEach(() => store?.close());

const csv = [
  'sepal,petal,species,ok',
  '5.1,1.4,setosa,true',
  '4.9,,setosa,false',
  '6.3,4.9,versicolor,true',
  '7.2,6.1,virginica,',
  '5.8,5.1,virginica,false',
].join('\n');

/** Every add or put to `tableName` after the first `allowed` fails as a full disk makes it fail (deletes still work). */
function quotaAfter(tableName: string, allowed: number): Middleware<DBCore> {
  let writes = 0;
  return {
    stack: 'dbcore',
    name: 'QuotaAfter',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: (request) =>
            request.type !== 'delete' && ++writes > allowed
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(request),
        };
      },
    }),
  };
}

async function open(middlewares: Middleware<DBCore>[] = []): Promise<LabStore> {
  store = await openLabStore({ name: freshName(), middlewares });
  const projects = createProjectsRepo(store);
  await projects.create(makeProject('p1', 1000));
  await projects.create(makeProject('p2', 2000));
  return store;
}

let ids = 0;
function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    send: () => undefined,
    isCancelled: () => false,
    now: () => 0,
    clock: () => 1_700_000_000_000,
    newId: () => `id-${++ids}`,
    ...overrides,
  };
}

function request(projectId: string, text = csv, chunkRows = 2): ImportTableRequest {
  return {
    projectId,
    source: { kind: 'blob', blob: new Blob([text]), name: 'iris.csv' },
    origin: { kind: 'file', ref: 'iris.csv' },
    chunkRows,
  };
}

async function counts(s: LabStore) {
  const { db } = s;
  return {
    versions: await db.datasetVersions.count(),
    chunks: await db.columnChunks.count(),
    refs: await db.versionRefs.count(),
    datasets: await db.datasets.count(),
  };
}

describe('dataset versions in storage', () => {
  it('an imported CSV reads back column by column and row by row as it was written', async () => {
    const s = await open();
    const report = await runImportTable(s, request('p1'), context());
    expect(report.versionId).toMatch(/^[0-9a-f]{64}$/);
    const version = await createDatasetsRepo(s).getVersion(report.versionId);
    expect(version).toMatchObject({ rows: 5, chunkRows: 2, chunkCount: 3, parents: [] });
    expect(version.schema.columns.map((c) => c.name)).toEqual(['sepal', 'petal', 'species', 'ok']);
    expect(version.schema.columns[0]?.type).toBe('number');
    expect(version.schema.columns[3]?.type).toBe('boolean');
    expect(version.columns[2]).toEqual({
      kind: 'coded',
      dictionary: ['setosa', 'versicolor', 'virginica'],
    });
    expect(await s.db.columnChunks.count()).toBe(4 * 3);
    const petal = await s.db.columnChunks.get([report.versionId, 'petal', 0]);
    expect(petal?.encoding).toBe('float64');
    expect(Array.from(new Float64Array(petal?.values ?? new ArrayBuffer(0)))).toEqual([1.4, NaN]);
    const rows = await readVersionRows(s, report.versionId, 1, 4);
    expect(rows.total).toBe(5);
    expect(rows.rows).toEqual([
      [4.9, null, 'setosa', false],
      [6.3, 4.9, 'versicolor', true],
      [7.2, 6.1, 'virginica', null],
      [5.8, 5.1, 'virginica', false],
    ]);
    const listed = await createDatasetsRepo(s).listVersions('p1');
    expect(listed.map((entry) => [entry.version.id, entry.dataset.name])).toEqual([
      [report.versionId, 'iris.csv'],
    ]);
  });

  it('importing the same bytes again gives the same id and stores nothing twice', async () => {
    const s = await open();
    const first = await runImportTable(s, request('p1'), context());
    const before = await counts(s);
    const again = await runImportTable(s, request('p1'), context());
    expect(again.versionId).toBe(first.versionId);
    expect(again).toMatchObject({ storedNew: false, addedToProject: false });
    expect(await counts(s)).toEqual(before);
    expect(before).toEqual({ versions: 1, chunks: 12, refs: 1, datasets: 1 });
    const other = await runImportTable(s, request('p1', csv.replace('7.2', '7.3')), context());
    expect(other.versionId).not.toBe(first.versionId);
  });

  it('the same data in two projects is stored once, and removing one project keeps the other’s', async () => {
    const s = await open();
    const a = await runImportTable(s, request('p1'), context());
    const b = await runImportTable(s, request('p2'), context());
    expect(b.versionId).toBe(a.versionId);
    expect(b).toMatchObject({ storedNew: false, addedToProject: true });
    expect(await counts(s)).toEqual({ versions: 1, chunks: 12, refs: 2, datasets: 2 });

    const projects = createProjectsRepo(s);
    await projects.remove('p1');
    expect(await counts(s)).toEqual({ versions: 1, chunks: 12, refs: 1, datasets: 1 });
    expect((await readVersionRows(s, a.versionId, 0, 1)).rows).toEqual([
      [5.1, 1.4, 'setosa', true],
    ]);
    expect((await projects.counts('p2')).datasetVersions).toBe(1);

    await projects.remove('p2');
    expect(await counts(s)).toEqual({ versions: 0, chunks: 0, refs: 0, datasets: 0 });
  });

  it('collectOrphans removes the chunks of an import that crashed half-way, and spares a live one', async () => {
    const s = await open();
    const repo = createDatasetImportRepo(s);
    const chunk = (versionId: string, index: number) => ({
      versionId,
      column: 'x',
      index,
      encoding: 'float64' as const,
      rows: 1,
      values: new Float64Array([index]).buffer,
    });
    await repo.beginImport({
      jobId: 'dead',
      projectId: 'p1',
      versionId: 'v-dead',
      file: 'a.csv',
      now: 1,
    });
    await repo.writeChunks('dead', [chunk('v-dead', 0)], { done: 1, total: 3, phase: 'write' }, 2);
    await repo.beginImport({
      jobId: 'live',
      projectId: 'p1',
      versionId: 'v-live',
      file: 'b.csv',
      now: 1,
    });
    await repo.writeChunks('live', [chunk('v-live', 0)], { done: 1, total: 3, phase: 'write' }, 2);
    expect(await s.db.columnChunks.count()).toBe(2);

    // A fresh start-up: the 'dead' tab is gone, the 'live' one still holds its lock.
    const collected = await createDatasetImportRepo(s).collectOrphans({
      isJobAlive: (job) => job.id === 'live',
    });
    expect(collected).toBe(1);
    expect(await s.db.columnChunks.where('versionId').equals('v-dead').count()).toBe(0);
    expect(await s.db.columnChunks.where('versionId').equals('v-live').count()).toBe(1);
    expect((await s.db.jobs.get('dead'))?.status).toBe('failed');
    expect(await s.db.datasetVersions.count()).toBe(0);
    await expect(
      repo.writeChunks('dead', [chunk('v-dead', 1)], { done: 2, total: 3, phase: 'write' }, 3),
    ).rejects.toMatchObject({ code: 'CANCELLED' });

    // Without Web Locks (Node), a running job silent for longer than staleMs is dead.
    expect(await repo.collectOrphans({ now: 2 + 30_000, staleMs: 60_000 })).toBe(0);
    expect(await repo.collectOrphans({ now: 2 + 60_000, staleMs: 60_000 })).toBe(1);
    expect(await s.db.columnChunks.count()).toBe(0);
  });

  it('an import that runs out of quota half-way leaves nothing, and says QUOTA_EXCEEDED', async () => {
    const s = await open([quotaAfter('columnChunks', 1)]);
    await expect(runImportTable(s, request('p1'), context())).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
    expect(await counts(s)).toEqual({ versions: 0, chunks: 0, refs: 0, datasets: 0 });
    expect((await s.db.jobs.toArray()).map((job) => [job.kind, job.status])).toEqual([
      ['import', 'failed'],
    ]);
  });

  it('an import cancelled between chunks leaves nothing, and a bad file stores nothing', async () => {
    const s = await open();
    let writes = 0;
    const cancelling = context({ send: (p) => void (p.phase === 'write' && writes++) });
    cancelling.isCancelled = () => writes >= 1;
    await expect(runImportTable(s, request('p1'), cancelling)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(await counts(s)).toEqual({ versions: 0, chunks: 0, refs: 0, datasets: 0 });
    await expect(runImportTable(s, request('p1', ''), context())).rejects.toMatchObject({
      code: 'PARSE_ERROR',
      file: 'iris.csv',
    });
    expect(await counts(s)).toEqual({ versions: 0, chunks: 0, refs: 0, datasets: 0 });
  });

  it('an import into a project that does not exist is NOT_FOUND and leaves nothing', async () => {
    const s = await open();
    await expect(runImportTable(s, request('nope'), context())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await counts(s)).toEqual({ versions: 0, chunks: 0, refs: 0, datasets: 0 });
  });
});
