import type { Transaction } from 'dexie';

/**
 * One schema version of the lab's database. `stores` lists only the tables this version adds
 * or changes (Dexie keeps the rest). A released migration is never edited: a change is a new
 * version. A later version never drops a table or an index an earlier one declared, because
 * Dexie 4 in an older tab would re-add it and so bump the version under the newer tab.
 */
export interface Migration {
  version: number;
  stores: Readonly<Record<string, string>>;
  /** Rewrites existing rows inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
