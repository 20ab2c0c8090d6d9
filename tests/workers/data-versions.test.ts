import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { makeProject, wrapDataApiOverChannel } from './data-fixtures';
import { dataApi } from '../../workers/data.api';
import { formatCsvField } from '../../workers/data/export-csv';

let dbName = '';
let store: LabStore;

/** Cells that need quoting, full-precision numbers, gaps, booleans and datetimes. */
const source = [
  'id,value,note,flag,when,group',
  '1,0.1,"plain",true,2024-01-02T03:04:05.678Z,a',
  '2,,"with, comma",false,2024-02-29,b',
  '3,3.141592653589793,"say ""hi""",,2023-12-31T23:59:59Z,',
  '4,-1e-7,"two\nlines",true,,a',
  '5,123456789.123456,,false,2020-06-01T12:00:00Z,b',
  '6,-0,"semi;colon",true,2021-01-01,c',
].join('\n');

async function importText(projectId: string, text: string, options = {}) {
  return dataApi.importTable({
    dbName,
    projectId,
    source: { kind: 'blob', blob: new Blob([text]), name: 'data.csv' },
    origin: { kind: 'file', ref: 'data.csv' },
    ...options,
  });
}

beforeEach(async () => {
  dbName = `lab-versions-test-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1'));
  await createProjectsRepo(store).create(makeProject('p2'));
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

describe('data worker CSV export', () => {
  it('formatCsvField quotes only fields with the delimiter, quotes or line breaks', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(formatCsvField('a;b', ';')).toBe('"a;b"');
    expect(formatCsvField('a;b')).toBe('a;b');
  });

  it('exportVersionCsv writes a header, RFC 4180 quoting, empty missing cells and ISO datetimes', async () => {
    const report = await importText('p1', source);
    const text = await (
      await dataApi.exportVersionCsv({ dbName, versionId: report.versionId })
    ).text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('id,value,note,flag,when,group');
    expect(lines[1]).toBe('1,0.1,plain,true,2024-01-02T03:04:05.678Z,a');
    expect(lines[2]).toBe('2,,"with, comma",false,2024-02-29T00:00:00.000Z,b');
    expect(lines[3]).toBe('3,3.141592653589793,"say ""hi""",,2023-12-31T23:59:59.000Z,');
    expect(text).toContain('4,-1e-7,"two\nlines",true,,a\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('the exported CSV imported again with the same schema gives the same version id', async () => {
    const first = await importText('p1', source);
    const blob = await dataApi.exportVersionCsv({ dbName, versionId: first.versionId });
    const again = await importText('p2', await blob.text(), { schema: first.schema });
    expect(again.versionId).toBe(first.versionId);
    expect(again.storedNew).toBe(false);
  });

  it('a version made by a recipe step round-trips through CSV to the same id', async () => {
    const first = await importText('p1', source);
    const imputed = await dataApi.applyStep({
      dbName,
      versionId: first.versionId,
      step: { kind: 'impute', columns: ['value'], strategy: 'mean' },
    });
    const schema = (await store.db.datasetVersions.get(imputed.versionId))!.schema;
    const blob = await dataApi.exportVersionCsv({ dbName, versionId: imputed.versionId });
    const again = await importText('p2', await blob.text(), { schema });
    expect(again.versionId).toBe(imputed.versionId);
  });
});

describe('data worker version diff', () => {
  it('diffVersions of an import and its imputed child shows missing going to 0', async () => {
    const first = await importText('p1', source);
    const imputed = await dataApi.applyStep({
      dbName,
      versionId: first.versionId,
      step: { kind: 'impute', columns: ['value'], strategy: 'mean' },
    });
    const diff = await dataApi.diffVersions({
      dbName,
      aId: first.versionId,
      bId: imputed.versionId,
    });
    expect(diff.rows).toEqual({ a: 6, b: 6, delta: 0 });
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    const value = diff.stats.find((s) => s.name === 'value')!;
    expect(value.missing).toEqual({ a: 1, b: 0, delta: -1 });
    expect(value.mean.delta).toBeCloseTo(0, 9);
    expect(diff.stats.filter((s) => s.changed).map((s) => s.name)).toEqual(['value']);
  });

  it('diffVersions and exportVersionCsv clone through Comlink over a MessageChannel', async () => {
    const { remote, close } = wrapDataApiOverChannel();
    try {
      const first = await importText('p1', source);
      const dropped = await dataApi.applyStep({
        dbName,
        versionId: first.versionId,
        step: { kind: 'drop-columns', columns: ['note'] },
      });
      const diff = await remote.diffVersions({
        dbName,
        aId: first.versionId,
        bId: dropped.versionId,
      });
      expect(diff.removed.map((c) => c.name)).toEqual(['note']);
      const blob = await remote.exportVersionCsv({ dbName, versionId: dropped.versionId });
      expect((await blob.text()).split('\r\n')[0]).toBe('id,value,flag,when,group');
    } finally {
      close();
    }
  });
});
