/** What a deletion left in place, and why (each `why` has an i18n key `housekeeping.kept.<why>`). */
export interface KeptItem {
  /** What was kept, in English technical words (e.g. `dataset version 3fa2…`). */
  what: string;
  /** `shared`: other projects still use it; `importing`: an import is still writing it. */
  why: 'shared' | 'importing';
  /** How many other projects still use it (0 unless `shared`). */
  projects: number;
}

/** What a deletion freed: bytes of buffers no longer stored, and what it kept. */
export interface RemovalResult {
  freedBytes: number;
  kept: KeptItem[];
}

/** Bytes and rows of one kind of stored data. */
export interface StoredAmount {
  bytes: number;
  rows: number;
}

/** A dataset version that more than one project uses (stored once, counted in each). */
export interface SharedVersionUsage {
  versionId: string;
  bytes: number;
  /** How many projects use it, this one included. */
  projects: number;
}

/**
 * Storage of one project. Buffers (column chunks, weights, package bytes) count their exact
 * byte length; rows of plain data (prediction log, monitor windows) their UTF-8 JSON size.
 */
export interface ProjectStorageUsage {
  projectId: string;
  name: string;
  /** Column chunks of every dataset version the project uses (shared ones in full). */
  datasets: StoredAmount & { shared: SharedVersionUsage[] };
  /** Weights and optimizer state of the project's runs. */
  checkpoints: StoredAmount;
  /** Packaged model versions (manifest and weights). */
  packages: StoredAmount;
  predictionLog: StoredAmount;
  monitorWindows: StoredAmount;
  /** Sum of the above. */
  total: number;
}

/** `lab.storage.usage()`: per project, what no project owns, and the whole (shared counted once). */
export interface StorageUsageReport {
  projects: ProjectStorageUsage[];
  /** Dataset versions no project refers to, and rows whose project is gone. */
  unattributed: StoredAmount;
  /** Every byte above, each shared dataset version counted once. */
  total: number;
}
