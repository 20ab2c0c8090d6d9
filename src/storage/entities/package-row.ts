import type { PackageManifest } from '../../lifecycle/deploy/types';

/**
 * A model package (`packages`): what serving loads, never the live project. `id` is the hex
 * SHA-256 digest of `bytes` (the encoded manifest and weights), checked on every load.
 */
export interface PackageRow {
  id: string;
  projectId: string;
  modelVersionId: string;
  manifest: PackageManifest;
  bytes: ArrayBuffer;
  createdAt: number;
}
