import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { messagePattern } from './messages';

const lab = useLab();
const dbName = 'lifecycle-lab';

/**
 * What a newer build does when it opens the database: upgrades it to the next schema version
 * (Dexie stores version n as n × 10), adds a store, and raises `meta.appDataVersion`.
 */
function upgradeAsNewerBuild(name: string): Promise<{ from: number; to: number }> {
  const open = (version?: number) =>
    new Promise<IDBOpenDBRequest>((resolve) => resolve(indexedDB.open(name, version)));
  return new Promise((resolve, reject) => {
    void open().then((probe) => {
      probe.onerror = () => reject(probe.error);
      probe.onsuccess = () => {
        const from = probe.result.version;
        probe.result.close();
        const to = from + 10;
        void open(to).then((request) => {
          request.onerror = () => reject(request.error);
          request.onblocked = () => undefined; // the older tab closes on versionchange
          request.onupgradeneeded = () => {
            request.result.createObjectStore('addedByNewerBuild', { keyPath: 'id' });
            const meta = request.transaction!.objectStore('meta');
            const read = meta.get('appDataVersion');
            read.onsuccess = () => {
              const current = (read.result as { value?: number } | undefined)?.value ?? 0;
              meta.put({ key: 'appDataVersion', value: current + 1 });
            };
          };
          request.onsuccess = () => {
            request.result.close();
            resolve({ from, to });
          };
        });
      };
    });
  });
}

/** Number of rows in the projects store, read straight from IndexedDB. */
function countProjects(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const count = db.transaction('projects').objectStore('projects').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}

describe('two tabs on two builds', () => {
  it('the older tab goes read-only once a newer build upgrades the database', async () => {
    const tabA = await lab.openTab();
    await tabA.run((lab) => lab.projects.create({ name: 'Made by the old build' }));

    // Tab B stands for the newer build: a page of the same origin (the lab, once it has
    // finished opening the database, so nothing races) that upgrades the database by hand.
    const tabB = await lab.openTab();
    const upgraded = await tabB.page.evaluate(upgradeAsNewerBuild, dbName);
    expect(upgraded.to).toBeGreaterThan(upgraded.from);
    const countBefore = await tabB.page.evaluate(countProjects, dbName);

    await tabA.waitForNotice(messagePattern('error.READ_ONLY'));
    expect(await tabA.run((lab) => lab.storage.health())).toBe('read-only');
    const created = await tabA.attempt((lab) =>
      lab.projects.create({ name: 'Old-shaped row into the new schema' }),
    );
    expect(created).toMatchObject({ ok: false, code: 'READ_ONLY' });

    expect(await tabB.page.evaluate(countProjects, dbName)).toBe(countBefore);
  });
});
