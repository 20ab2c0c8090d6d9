import type { SettingsStore } from '../api/ports';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** User settings in the `settings` table; `set(key, undefined)` deletes the key. */
export function createSettingsRepo(store: LabStore): SettingsStore {
  const { db } = store;
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const row = await runRead(store, [db.settings], () => db.settings.get(key));
      return row?.value as T | undefined;
    },
    async set(key, value) {
      await runWrite(store, [db.settings], () =>
        value === undefined
          ? db.settings.delete(key)
          : db.settings.put({ key, value }).then(() => undefined),
      );
    },
  };
}
