import { computeVersionDiff, type VersionDiff } from '../../src/lifecycle/data/lineage';
import type { LabStore } from '../../src/storage';
import { profileVersionColumns } from './read-version';

/** Two stored versions to compare: `a` (before) and `b` (after). */
export interface DiffVersionsRequest {
  dbName?: string;
  aId: string;
  bId: string;
}

/** Schema, row and statistics changes from version `aId` to version `bId`. */
export async function diffStoredVersions(
  store: LabStore,
  request: DiffVersionsRequest,
): Promise<VersionDiff> {
  const a = await profileVersionColumns(store, request.aId);
  const b = request.bId === request.aId ? a : await profileVersionColumns(store, request.bId);
  return computeVersionDiff(a, b);
}
