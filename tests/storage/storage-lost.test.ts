import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageHealth } from '../../src/api/types';
import {
  createProjectsRepo,
  createSettingsRepo,
  openLabStore,
  type LabStore,
} from '../../src/storage';
import { v1Initial } from '../../src/storage/migrations';
import { forceCloseDatabase, freshName, makeProject } from './rows';

let store: LabStore | undefined;
afterEach(() => store?.close());

/** What the browser does to an open connection when the user clears the site's data. */
async function clearSiteData(db: Dexie): Promise<void> {
  forceCloseDatabase(db.backendDB() as unknown as typeof IDBDatabase);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

async function databaseNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map((db) => db.name);
}

describe('storage lost', () => {
  it('the browser closing the connection makes the store lost; reads and writes reject STORAGE_LOST', async () => {
    store = await openLabStore({ name: freshName() });
    const projects = createProjectsRepo(store);
    await projects.create(makeProject('p1', 1000));
    const seen: StorageHealth[] = [];
    const unseen: StorageHealth[] = [];
    store.onHealthChange((health) => seen.push(health));
    const unsubscribe = store.onHealthChange((health) => unseen.push(health));
    unsubscribe();

    await clearSiteData(store.db);

    expect(store.health()).toBe('lost');
    expect(seen).toEqual(['lost']);
    expect(unseen).toEqual([]);
    await expect(projects.create(makeProject('p2', 2000))).rejects.toMatchObject({
      code: 'STORAGE_LOST',
    });
    await expect(createSettingsRepo(store).set('locale', 'ko')).rejects.toMatchObject({
      code: 'STORAGE_LOST',
    });
    await expect(projects.list()).rejects.toMatchObject({ code: 'STORAGE_LOST' });
    await expect(projects.get('p1')).rejects.toMatchObject({ code: 'STORAGE_LOST' });
  });

  it('a lost store never reopens a fresh empty database, even when used directly through Dexie', async () => {
    store = await openLabStore({ name: freshName() });
    await createProjectsRepo(store).create(makeProject('p1', 1000));
    await clearSiteData(store.db);

    await expect(store.db.projects.toArray()).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    await expect(store.db.projects.add(makeProject('p2', 2000))).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    expect(store.db.isOpen()).toBe(false);
    expect(await databaseNames()).not.toContain(store.db.name);
  });

  it('a Dexie left on its default auto-open would quietly carry on with an empty database (why the lab turns it off)', async () => {
    const name = freshName();
    const plain = new Dexie(name);
    plain.version(1).stores(v1Initial.stores);
    await plain.table('projects').add(makeProject('p1', 1000));
    await clearSiteData(plain);

    expect(await plain.table('projects').count()).toBe(0);
    expect(await databaseNames()).toContain(name);
    plain.close();
  });

  it('closing the store on purpose is not a loss: health stays ok and no listener is called', async () => {
    store = await openLabStore({ name: freshName() });
    const seen: StorageHealth[] = [];
    store.onHealthChange((health) => seen.push(health));
    store.close();
    expect(store.health()).toBe('ok');
    expect(seen).toEqual([]);
  });
});
