/**
 * A model package (`packages`): what serving loads, never the live project. `id` is the hex
 * SHA-256 digest of `bytes`.
 */
export interface PackageRow {
  id: string;
  projectId: string;
  modelVersionId: string;
  /** Input schema, labels, fitted preprocessing and environment (plain JSON). */
  manifest: Readonly<Record<string, unknown>>;
  /** The packed topology and weights. */
  bytes: ArrayBuffer;
  createdAt: number;
}
