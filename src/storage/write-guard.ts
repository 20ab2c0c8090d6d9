import type { DBCore, Middleware } from 'dexie';
import type { StorageHealth } from '../api/types';
import { refusal } from './storage-errors';

/**
 * A DBCore middleware that refuses every write (put, add, delete, range delete) unless
 * `health()` is 'ok': the one place that keeps a read-only or lost store from writing.
 */
export function createWriteGuard(health: () => StorageHealth): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LabWriteGuard',
    level: 100,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) => {
            const current = health();
            if (current !== 'ok') {
              return Promise.reject(refusal(current, `${request.type} ${tableName}`));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}
