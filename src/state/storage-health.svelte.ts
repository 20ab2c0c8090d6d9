import type { StorageHealth } from '../api/types';
import { isLabError } from '../shared/lab-error';

const severity: Record<StorageHealth, number> = { ok: 0, 'read-only': 1, lost: 2 };

/** Health of the lab's database in this tab, as the banner shows it. */
export class StorageHealthState {
  current = $state<StorageHealth>('ok');

  /** The storage layer reports a new health (wired to the facade's health listener). */
  set = (health: StorageHealth): void => {
    this.current = health;
  };

  /** Learns from an error: READ_ONLY and STORAGE_LOST mean the database can no longer be used. */
  noteError(error: unknown): void {
    if (!isLabError(error)) return;
    const implied: StorageHealth | null =
      error.code === 'READ_ONLY' ? 'read-only' : error.code === 'STORAGE_LOST' ? 'lost' : null;
    if (implied && severity[implied] > severity[this.current]) this.current = implied;
  }
}
