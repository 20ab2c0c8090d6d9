import type Dexie from 'dexie';
import type { Migration } from './migration';
import { v1Initial } from './v1-initial';
import { v2JobsUpdatedAt } from './v2-jobs-updated-at';
import { v3VersionRefs } from './v3-version-refs';
import { v4PlanHistory } from './v4-plan-history';
import { v5Runs } from './v5-runs';
import { v6Retrains } from './v6-retrains';

export type { Migration } from './migration';
export { v1Initial } from './v1-initial';
export { v2JobsUpdatedAt } from './v2-jobs-updated-at';
export { v3VersionRefs } from './v3-version-refs';
export { v4PlanHistory } from './v4-plan-history';
export { v5Runs } from './v5-runs';
export { v6Retrains } from './v6-retrains';

/** Every schema version, oldest first. Append only. */
export const migrations: readonly Migration[] = [
  v1Initial,
  v2JobsUpdatedAt,
  v3VersionRefs,
  v4PlanHistory,
  v5Runs,
  v6Retrains,
];

/** Declares every version of `migrations` on a Dexie instance. */
export function declareMigrations(db: Dexie): void {
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}
