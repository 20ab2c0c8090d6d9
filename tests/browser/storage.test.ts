import { cdp } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LAB_SCHEMA_VERSION,
  LabDB,
  createProjectsRepo,
  estimateStorage,
  openLabStore,
  runWrite,
  type LabStore,
} from '../../src/storage';
import { makeChunk, makeProject, makeVersion } from '../storage/rows';

const cleanup: (() => void | Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function open(): Promise<LabStore> {
  const store = await openLabStore({ name: `lab-browser-${crypto.randomUUID()}` });
  cleanup.push(() => store.close());
  return store;
}

/** The lab database as a future build declares it: one schema version more. */
class NewerLabDB extends LabDB {
  constructor(name: string) {
    super(name);
    this.version(LAB_SCHEMA_VERSION + 1).stores({ experiments: 'id, projectId' });
  }
}

/** Deletes every IndexedDB database of this origin, as the user clearing site data does. */
async function clearIndexedDb(): Promise<void> {
  await cdp().send('Storage.clearDataForOrigin', {
    origin: location.origin,
    storageTypes: 'indexeddb',
  });
}

/** Overrides this origin's quota in bytes; undefined restores the browser's own. */
async function setQuota(quotaSize: number | undefined): Promise<void> {
  const params =
    quotaSize === undefined ? { origin: location.origin } : { origin: location.origin, quotaSize };
  await cdp().send('Storage.overrideQuotaForOrigin', params);
}

/** `bytes` random bytes (Chromium compresses large values, so zeros would not fill the quota). */
function incompressible(bytes: number): ArrayBuffer {
  const buffer = new Uint8Array(bytes);
  for (let offset = 0; offset < bytes; offset += 65_536) {
    crypto.getRandomValues(buffer.subarray(offset, offset + 65_536));
  }
  return buffer.buffer;
}

describe('storage in Chromium', () => {
  it('a store in real IndexedDB creates a project and reads it back, and the estimate has numbers', async () => {
    const store = await open();
    const projects = createProjectsRepo(store);
    await projects.create(makeProject('p1', 1000));
    expect(await projects.get('p1')).toEqual(makeProject('p1', 1000));
    expect((await projects.list()).map((p) => p.id)).toEqual(['p1']);
    const estimate = await estimateStorage();
    expect(estimate.usage).toEqual(expect.any(Number));
    expect(estimate.quota).toBeGreaterThan(0);
  });

  it('a second connection opening a newer schema makes the first store read-only; reads still work', async () => {
    const store = await open();
    await createProjectsRepo(store).create(makeProject('p1', 1000));
    const newer = new NewerLabDB(store.db.name);
    await newer.open();
    cleanup.push(() => newer.close());

    expect(store.health()).toBe('read-only');
    await expect(createProjectsRepo(store).create(makeProject('p2', 2000))).rejects.toMatchObject({
      code: 'READ_ONLY',
    });
    await expect(store.db.projects.put(makeProject('p1', 3000))).rejects.toMatchObject({
      code: 'READ_ONLY',
    });
    expect((await createProjectsRepo(store).list()).map((p) => p.updatedAt)).toEqual([1000]);
  });

  it('clearing the site data while the store is open makes it lost, and no empty database appears', async () => {
    const store = await open();
    await createProjectsRepo(store).create(makeProject('p1', 1000));
    await clearIndexedDb();
    await expect.poll(() => store.health()).toBe('lost');
    await expect(createProjectsRepo(store).list()).rejects.toMatchObject({ code: 'STORAGE_LOST' });
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(store.db.name);
  });

  it('a write past the origin quota rejects QUOTA_EXCEEDED and leaves nothing half-written', async () => {
    // Chromium caches an origin's remaining space per storage bucket, so the override only
    // takes hold on a fresh bucket: clear IndexedDB first, and again afterwards.
    await clearIndexedDb();
    await setQuota(1024 * 1024);
    cleanup.push(clearIndexedDb, () => setQuota(undefined));
    const store = await open();
    const { db } = store;

    const big = makeChunk('v-a', 'tenure');
    big.values = incompressible(4 * 1024 * 1024);
    const write = runWrite(store, [db.datasetVersions, db.columnChunks], async () => {
      await db.datasetVersions.add(makeVersion('v-a', 'p1'));
      await db.columnChunks.add(big);
    });

    await expect(write).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(await db.datasetVersions.count()).toBe(0);
    expect(await db.columnChunks.count()).toBe(0);
    expect(store.health()).toBe('ok');
  });
});
