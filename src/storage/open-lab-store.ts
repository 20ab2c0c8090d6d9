import type { DBCore, Middleware } from 'dexie';
import type { StorageHealth } from '../api/types';
import { APP_DATA_VERSION, LAB_DB_NAME, LAB_SCHEMA_VERSION, LabDB } from './lab-db';
import { toStorageError } from './storage-errors';
import { createWriteGuard } from './write-guard';

/** An open lab database and what this tab may do with it. */
export interface LabStore {
  db: LabDB;
  /** 'ok'; 'read-only' once a newer build owns the data; 'lost' once the browser dropped it. */
  health(): StorageHealth;
  /** Calls `listener` on every change of health; returns the unsubscribe function. */
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  /** Closes the connection; the store is unusable afterwards. */
  close(): void;
}

/** Options of `openLabStore`. */
export interface OpenLabStoreOptions {
  /** Database name; `LAB_DB_NAME` unless a test wants its own. */
  name?: string;
  /** Extra DBCore middlewares (logging, fault injection), installed below the write guard. */
  middlewares?: readonly Middleware<DBCore>[];
}

/**
 * Opens the lab's database (in a window or a worker), upgrading it if needed, and watches it:
 * a newer schema opened by another tab, or data written by a newer build, makes the store
 * read-only; the browser closing the connection (site data cleared) makes it lost, and the
 * store never silently reopens an empty database.
 */
export async function openLabStore(options: OpenLabStoreOptions = {}): Promise<LabStore> {
  const db = new LabDB(options.name ?? LAB_DB_NAME);
  const listeners = new Set<(health: StorageHealth) => void>();
  let health: StorageHealth = 'ok';
  /** Set before a close this code asks for, so the `close` event does not mean "lost". */
  let closeExpected = false;

  const setHealth = (next: StorageHealth): void => {
    if (health === next || health === 'lost') return;
    health = next;
    for (const listener of [...listeners]) {
      try {
        listener(next);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const closeConnection = (): void => {
    closeExpected = true;
    db.close({ disableAutoOpen: false });
    closeExpected = false;
  };

  /** After a newer tab's upgrade, open again at its version so reads keep working. */
  const reopenForReads = (): void => {
    closeExpected = true;
    db.open().then(
      () => (closeExpected = false),
      () => (closeExpected = false),
    );
  };

  db.use(createWriteGuard(() => health));
  for (const middleware of options.middlewares ?? []) db.use(middleware);

  db.on('versionchange', (event) => {
    closeConnection();
    if (!event.newVersion) {
      setHealth('lost');
    } else {
      setHealth('read-only');
      reopenForReads();
    }
    return false; // replaces Dexie's default handler, which only closes and warns
  });
  // Dexie fires `close` for every close; only one this code did not ask for is a loss.
  db.on('close', () => {
    if (!closeExpected) setHealth('lost');
  });

  try {
    await db.open();
    if (Math.floor(db.backendDB().version / 10) > LAB_SCHEMA_VERSION) health = 'read-only';
    const stored = await db.meta.get('appDataVersion');
    if (stored && stored.value > APP_DATA_VERSION) health = 'read-only';
    if (health === 'ok' && (!stored || stored.value < APP_DATA_VERSION)) {
      await db.meta.put({ key: 'appDataVersion', value: APP_DATA_VERSION });
    }
  } catch (error) {
    closeExpected = true;
    db.close();
    throw toStorageError(error, health);
  }

  return {
    db,
    health: () => health,
    onHealthChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      closeExpected = true;
      db.close();
    },
  };
}
