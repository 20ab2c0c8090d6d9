import { openLabStore, type LabStore } from '../../src/storage';

const stores = new Map<string, Promise<LabStore>>();

/** The worker's own connection to the lab's database `name` (opened once, reopened if lost). */
export async function useDataStore(name?: string): Promise<LabStore> {
  const key = name ?? '';
  let opening = stores.get(key);
  if (opening) {
    const store = await opening.catch(() => null);
    if (store && store.health() !== 'lost') return store;
  }
  opening = openLabStore(name === undefined ? {} : { name });
  stores.set(key, opening);
  opening.catch(() => stores.delete(key));
  return opening;
}

/** Closes every connection this worker opened (tests, shutdown). */
export async function closeDataStores(): Promise<void> {
  const open = [...stores.values()];
  stores.clear();
  for (const opening of open) (await opening.catch(() => null))?.close();
}
