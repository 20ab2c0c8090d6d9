import type { DatasetSchema } from '../../lifecycle/data/types';

/** How one column's chunks are stored: Float64 values (NaN missing) or Int32 codes (-1 missing). */
export type StoredColumn = { kind: 'numeric' } | { kind: 'coded'; dictionary: string[] };

/** The declarative recipe step that made a version (plain JSON); `kind: 'import'` for imports. */
export type DatasetStep = Readonly<{ kind: string } & Record<string, unknown>>;

/**
 * An immutable, content-addressed dataset version (`datasetVersions`). `id` is the hex SHA-256
 * of its schema and content (`workers/data/version-digest.ts`), so the same data has the same
 * id in every project. It belongs to no project: projects point at it through `versionRefs`.
 * `projectId` and `datasetId` (indexed since v1) are left unset.
 */
export interface DatasetVersionRow {
  id: string;
  /** Ids of the versions this one was made from; empty for an import. */
  parents: string[];
  /** The recipe step that first made it. */
  step: DatasetStep;
  schema: DatasetSchema;
  /** Storage of each column, in schema order (coded columns carry their dictionary). */
  columns: StoredColumn[];
  rows: number;
  /** Rows per column chunk (the last chunk may be shorter). */
  chunkRows: number;
  /** Number of chunks per column. */
  chunkCount: number;
  /** Bytes of all column chunks. */
  bytes: number;
  createdAt: number;
}
