import Dexie, { type ObservabilitySet } from 'dexie';

/**
 * Calls `listener` with the names of the tables of database `dbName` that a committed write
 * changed: writes of this tab, of its workers and of other tabs alike (Dexie propagates them).
 * Returns the unsubscribe function.
 */
export function onTablesMutated(
  dbName: string,
  listener: (tables: ReadonlySet<string>) => void,
): () => void {
  const prefix = `idb://${dbName}/`;
  const subscriber = (parts: ObservabilitySet) => {
    const tables = new Set<string>();
    for (const part of Object.keys(parts)) {
      if (part.startsWith(prefix)) tables.add(part.slice(prefix.length).split('/')[0] ?? '');
    }
    tables.delete('');
    if (tables.size > 0) listener(tables);
  };
  Dexie.on.storagemutated.subscribe(subscriber);
  return () => Dexie.on.storagemutated.unsubscribe(subscriber);
}
