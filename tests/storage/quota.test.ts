import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openLabStore, runWrite, type LabStore } from '../../src/storage';
import { freshName, makeChunk, makeVersion } from './rows';

let store: LabStore | undefined;
afterEach(() => store?.close());

/** Test-only: every write to `tableName` fails the way a full disk makes IndexedDB fail. */
function quotaOn(tableName: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'QuotaFault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: () =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        };
      },
    }),
  };
}

describe('quota exceeded', () => {
  it('a quota failure on the second table of a write rejects QUOTA_EXCEEDED and leaves nothing written', async () => {
    store = await openLabStore({ name: freshName(), middlewares: [quotaOn('columnChunks')] });
    const { db } = store;
    const write = runWrite(store, [db.datasetVersions, db.columnChunks], async () => {
      await db.datasetVersions.add(makeVersion('v-a', 'p1'));
      await db.columnChunks.bulkAdd([makeChunk('v-a', 'tenure'), makeChunk('v-a', 'charges')]);
    });

    await expect(write).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(await db.datasetVersions.count()).toBe(0);
    expect(await db.columnChunks.count()).toBe(0);
    expect(store.health()).toBe('ok');
  });

  it('without the fault the same write lands whole', async () => {
    store = await openLabStore({ name: freshName(), middlewares: [quotaOn('alerts')] });
    const { db } = store;
    await runWrite(store, [db.datasetVersions, db.columnChunks], async () => {
      await db.datasetVersions.add(makeVersion('v-a', 'p1'));
      await db.columnChunks.bulkAdd([makeChunk('v-a', 'tenure'), makeChunk('v-a', 'charges')]);
    });
    expect(await db.datasetVersions.count()).toBe(1);
    expect(await db.columnChunks.where('versionId').equals('v-a').count()).toBe(2);
  });
});
