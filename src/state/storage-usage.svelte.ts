import type { Lab, RemovalResult, StorageEstimate, StorageUsageReport } from '../api/types';
import type { MessageKey, MessageParams } from '../i18n';
import { toLabError, type LabError } from '../shared/lab-error';

/** Tables whose writes change the storage per project. */
const storageTables = [
  'projects',
  'versionRefs',
  'datasetVersions',
  'checkpoints',
  'packages',
  'predictionLog',
  'monitorWindows',
];

/** Whether a committed write touched a table the storage table counts. */
export function isStorageChange(tables: ReadonlySet<string>): boolean {
  return storageTables.some((name) => tables.has(name));
}

/**
 * What to tell the user after a deletion: the bytes freed, then each thing kept and why
 * (`t` is the locale's translate, `bytes` formats a byte count).
 */
export function computeRemovalNotice(
  result: RemovalResult,
  t: (key: MessageKey, params?: MessageParams) => string,
  bytes: (n: number) => string,
): string[] {
  return [
    t('housekeeping.freed', { bytes: bytes(result.freedBytes) }),
    ...result.kept.map((item) =>
      t(`housekeeping.kept.${item.why}`, { what: item.what, projects: item.projects }),
    ),
  ];
}

/** The Settings page's storage section: usage, quota, storage per project, persistence. */
export class StorageUsage {
  estimate = $state.raw<StorageEstimate | null>(null);
  /** Storage per project (`lab.storage.usage()`); null before the first count. */
  report = $state.raw<StorageUsageReport | null>(null);
  error = $state.raw<LabError | null>(null);
  /** What the last `persist()` answered; null before the user asked. */
  persistResult = $state<boolean | null>(null);
  requesting = $state(false);
  readonly #storage: Pick<Lab['storage'], 'estimate' | 'persist' | 'usage'>;
  #counting: Promise<void> | null = null;
  #again = false;

  constructor(storage: Pick<Lab['storage'], 'estimate' | 'persist' | 'usage'>) {
    this.#storage = storage;
  }

  async load(): Promise<void> {
    try {
      this.estimate = await this.#storage.estimate();
      this.error = null;
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
    await this.recount();
  }

  /** Counts storage per project again; a call during a count runs one more count after it. */
  recount(): Promise<void> {
    if (this.#counting) {
      this.#again = true;
      return this.#counting;
    }
    this.#counting = (async () => {
      do {
        this.#again = false;
        try {
          this.report = await this.#storage.usage();
        } catch (thrown) {
          this.error = toLabError(thrown);
        }
      } while (this.#again);
      this.#counting = null;
    })();
    return this.#counting;
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
