import { afterEach, describe, expect, it } from 'vitest';
import type { StorageHealth } from '../../src/api/types';
import {
  APP_DATA_VERSION,
  LAB_SCHEMA_VERSION,
  createProjectsRepo,
  createSettingsRepo,
  openLabStore,
  type LabStore,
} from '../../src/storage';
import { NewerLabDB } from './newer-lab-db';
import { freshName, makeProject } from './rows';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

async function open(name: string): Promise<LabStore> {
  const store = await openLabStore({ name });
  cleanup.push(() => store.close());
  return store;
}

/** Every kind of DBCore mutate (add, put, delete, deleteRange) must be refused with `code`. */
async function expectEveryWriteRefused(store: LabStore, code: string): Promise<void> {
  const { db } = store;
  await expect(createProjectsRepo(store).create(makeProject('p9', 9000))).rejects.toMatchObject({
    code,
  });
  await expect(createSettingsRepo(store).set('locale', 'en')).rejects.toMatchObject({ code });
  await expect(db.projects.add(makeProject('p9', 9000))).rejects.toMatchObject({ code });
  await expect(db.projects.put(makeProject('p1', 9000))).rejects.toMatchObject({ code });
  await expect(db.projects.delete('p1')).rejects.toMatchObject({ code });
  await expect(db.projects.toCollection().modify({ name: 'x' })).rejects.toMatchObject({ code });
  await expect(db.projects.clear()).rejects.toMatchObject({ code });
  await expect(
    db.transaction('rw', db.meta, () => db.meta.put({ key: 'appDataVersion', value: 1 })),
  ).rejects.toMatchObject({ code });
}

describe('read-only when a newer build owns the data', () => {
  it('another tab opening a newer schema makes this store read-only: writes reject READ_ONLY, reads still work', async () => {
    const name = freshName();
    const store = await open(name);
    await createProjectsRepo(store).create(makeProject('p1', 1000));
    const seen: StorageHealth[] = [];
    store.onHealthChange((health) => seen.push(health));

    const newer = new NewerLabDB(name);
    await newer.open(); // resolves only because this store let go of its connection
    cleanup.push(() => newer.close());

    expect(store.health()).toBe('read-only');
    expect(seen).toEqual(['read-only']);
    await expectEveryWriteRefused(store, 'READ_ONLY');
    expect((await createProjectsRepo(store).list()).map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Churn p1'],
    ]);
    expect(store.db.backendDB().version).toBe((LAB_SCHEMA_VERSION + 1) * 10);
    expect(await newer.table('projects').toArray()).toEqual([makeProject('p1', 1000)]);
  });

  it('stored app data version newer than this build makes the store read-only at open and leaves it unchanged', async () => {
    const name = freshName();
    const first = await open(name);
    await createProjectsRepo(first).create(makeProject('p1', 1000));
    await first.db.meta.put({ key: 'appDataVersion', value: APP_DATA_VERSION + 1 });
    first.close();

    const store = await open(name);
    expect(store.health()).toBe('read-only');
    await expectEveryWriteRefused(store, 'READ_ONLY');
    expect((await createProjectsRepo(store).get('p1'))?.name).toBe('Churn p1');
    expect(await store.db.meta.get('appDataVersion')).toEqual({
      key: 'appDataVersion',
      value: APP_DATA_VERSION + 1,
    });
  });

  it('a database already upgraded past this build opens read-only at its own version, without a schema patch', async () => {
    const name = freshName();
    const newer = new NewerLabDB(name);
    await newer.open();
    await newer.projects.add(makeProject('p1', 1000));
    newer.close();

    const store = await open(name);
    expect(store.health()).toBe('read-only');
    expect(store.db.backendDB().version).toBe((LAB_SCHEMA_VERSION + 1) * 10);
    expect((await createProjectsRepo(store).list()).map((p) => p.id)).toEqual(['p1']);
    await expectEveryWriteRefused(store, 'READ_ONLY');
  });

  it('another tab deleting the database makes this store lost, and it does not create it again', async () => {
    const name = freshName();
    const store = await open(name);
    await createProjectsRepo(store).create(makeProject('p1', 1000));

    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });

    expect(store.health()).toBe('lost');
    await expect(createProjectsRepo(store).list()).rejects.toMatchObject({ code: 'STORAGE_LOST' });
    await expect(store.db.projects.put(makeProject('p2', 2000))).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
  });
});
