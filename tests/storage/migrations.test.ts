import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APP_DATA_VERSION,
  LAB_SCHEMA_VERSION,
  migrations,
  openLabStore,
  type LabStore,
} from '../../src/storage';
import { v1Initial } from '../../src/storage/migrations';
import { freshName, makeChunk, makeProject, makeRun, makeVersion } from './rows';

let store: LabStore | undefined;
afterEach(() => store?.close());

/** Index names of each table as a version declares them, primary key first. */
function parseStores(stores: Readonly<Record<string, string>>): Map<string, string[]> {
  return new Map(
    Object.entries(stores).map(([table, spec]) => [
      table,
      spec.split(',').map((part) => part.trim().replace(/^(\+\+|&|\*)/, '')),
    ]),
  );
}

describe('migrations', () => {
  it('a version 1 database with data opens upgraded to the newest schema with its data intact', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(v1Initial.stores);
    await v1.open();
    const { updatedAt: _dropped, ...oldProject } = makeProject('p1', 1_700_000_000_000);
    await v1
      .table('projects')
      .bulkAdd([
        oldProject,
        makeProject('p2', 1_700_000_500_000, { updatedAt: 1_700_000_900_000 }),
      ]);
    await v1
      .table('datasetVersions')
      .bulkAdd([makeVersion('v-a', 'p1'), makeVersion('v-b', 'p1', ['v-a'])]);
    await v1.table('columnChunks').add(makeChunk('v-a', 'tenure'));
    await v1.table('runs').add(makeRun('r1', 'p1'));
    await v1.table('settings').put({ key: 'locale', value: 'ko' });
    v1.close();

    store = await openLabStore({ name });
    const { db } = store;

    expect(db.backendDB().version).toBe(LAB_SCHEMA_VERSION * 10);
    expect(store.health()).toBe('ok');
    const p1 = await db.projects.get('p1');
    expect(p1).toEqual({ ...oldProject, updatedAt: oldProject.createdAt });
    expect((await db.projects.get('p2'))?.updatedAt).toBe(1_700_000_900_000);
    const newestFirst = await db.projects.orderBy('updatedAt').reverse().primaryKeys();
    expect(newestFirst).toEqual(['p2', 'p1']);
    expect(await db.datasetVersions.where('parents').equals('v-a').primaryKeys()).toEqual(['v-b']);
    const chunk = await db.columnChunks.get(['v-a', 'tenure', 0]);
    expect(Array.from(new Float64Array(chunk?.values ?? new ArrayBuffer(0)))).toEqual([
      1.5,
      Number.NaN,
      30.25,
    ]);
    expect(await db.runs.get('r1')).toEqual(makeRun('r1', 'p1'));
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'ko' });
    expect(await db.jobs.count()).toBe(0);
    expect((await db.meta.get('appDataVersion'))?.value).toBe(APP_DATA_VERSION);
  });

  it('a new database is created at the newest schema and records the app data version', async () => {
    store = await openLabStore({ name: freshName() });
    expect(store.db.backendDB().version).toBe(LAB_SCHEMA_VERSION * 10);
    expect(store.db.tables.map((table) => table.name).sort()).toEqual(
      [...new Set(migrations.flatMap((m) => Object.keys(m.stores)))].sort(),
    );
    expect(await store.db.meta.get('appDataVersion')).toEqual({
      key: 'appDataVersion',
      value: APP_DATA_VERSION,
    });
  });

  it('versions are numbered 1, 2, 3… and each keeps every table and index of the versions before', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const declared = new Map<string, string[]>();
    for (const migration of migrations) {
      for (const [table, indexes] of parseStores(migration.stores)) {
        const before = declared.get(table) ?? [];
        if (before.length > 0) {
          expect(indexes[0], `${table} primary key in v${migration.version}`).toBe(before[0]);
        }
        expect(indexes, `${table} in v${migration.version}`).toEqual(
          expect.arrayContaining(before),
        );
        declared.set(table, indexes);
      }
    }
  });
});
