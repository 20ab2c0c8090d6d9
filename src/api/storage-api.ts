/**
 * `lab.storage`: how much the site uses and may use, persistence, the database's health, storage
 * per project (housekeeping), and when each project last changed and was exported.
 */
import type { ProjectActivity } from '../lifecycle/share/export-reminder';
import {
  estimateStorage,
  persistStorage,
  readProjectActivity,
  readStorageUsage,
  type LabStore,
  type StorageUsageReport,
} from '../storage';
import type { StorageEstimate, StorageHealth } from './types';

/** The storage namespace of the facade. */
export interface StorageApi {
  /** Bytes the site uses and may use, and whether its storage is persistent. */
  estimate(): Promise<StorageEstimate>;
  /** Asks the browser to keep the lab's data; resolves whether it is persistent now. */
  persist(): Promise<boolean>;
  health(): StorageHealth;
  /** Bytes per project (datasets, checkpoints, packages, logs), unattributed, and the total. */
  usage(): Promise<StorageUsageReport>;
  /** Per project, when it last changed and was last exported (for the export reminder). */
  activity(): Promise<ProjectActivity[]>;
}

/** `lab.storage` over an open store. */
export function createStorageApi(store: LabStore): StorageApi {
  return {
    estimate: estimateStorage,
    persist: persistStorage,
    health: () => store.health(),
    usage: () => readStorageUsage(store),
    activity: () => readProjectActivity(store),
  };
}
