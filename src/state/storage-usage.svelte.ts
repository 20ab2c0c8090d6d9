import type { Lab, StorageEstimate } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The Settings page's storage section: usage, quota, and the persistence request. */
export class StorageUsage {
  estimate = $state.raw<StorageEstimate | null>(null);
  error = $state.raw<LabError | null>(null);
  /** What the last `persist()` answered; null before the user asked. */
  persistResult = $state<boolean | null>(null);
  requesting = $state(false);
  readonly #storage: Pick<Lab['storage'], 'estimate' | 'persist'>;

  constructor(storage: Pick<Lab['storage'], 'estimate' | 'persist'>) {
    this.#storage = storage;
  }

  async load(): Promise<void> {
    try {
      this.estimate = await this.#storage.estimate();
      this.error = null;
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }

  /** Asks the browser to keep the lab's data (`lab.storage.persist()`). */
  async persist(): Promise<void> {
    if (this.requesting) return;
    this.requesting = true;
    this.error = null;
    try {
      const granted = await this.#storage.persist();
      this.persistResult = granted;
      if (this.estimate) this.estimate = { ...this.estimate, persisted: granted };
    } catch (thrown) {
      this.error = toLabError(thrown);
    } finally {
      this.requesting = false;
    }
  }
}
