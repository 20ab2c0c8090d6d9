import type { Table } from 'dexie';
import type { LabStore } from './open-lab-store';
import { refusal, toStorageError } from './storage-errors';

/** A table of the lab's database, by object or by name. */
export type TableRef = Table | string;

/**
 * Runs `fn` in one read-write transaction over `tables`: every write in it lands or none
 * does. Rejects with a LabError (READ_ONLY, STORAGE_LOST, QUOTA_EXCEEDED, STORAGE_ERROR).
 */
export async function runWrite<T>(
  store: LabStore,
  tables: readonly TableRef[],
  fn: () => Promise<T>,
): Promise<T> {
  const health = store.health();
  if (health !== 'ok') throw refusal(health);
  try {
    return await store.db.transaction('rw', tables, fn);
  } catch (error) {
    throw toStorageError(error, store.health());
  }
}

/** Runs `fn` in one read-only transaction over `tables`, so it sees one consistent state. */
export async function runRead<T>(
  store: LabStore,
  tables: readonly TableRef[],
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await store.db.transaction('r', tables, fn);
  } catch (error) {
    throw toStorageError(error, store.health());
  }
}
