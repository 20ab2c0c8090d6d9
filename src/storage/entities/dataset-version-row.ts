/** How one column of a dataset version is stored. */
export interface ColumnSchema {
  name: string;
  kind: 'number' | 'category' | 'text' | 'boolean' | 'date';
  /** Category labels in code order, for `category` columns. */
  categories?: string[];
}

/**
 * An immutable dataset version (`datasetVersions`). `id` is the hex SHA-256 digest of its
 * content and schema; `parents` and `step` record how it was made.
 */
export interface DatasetVersionRow {
  id: string;
  projectId: string;
  datasetId: string;
  /** Ids of the versions this one was made from; empty for an import. */
  parents: string[];
  /** The declarative recipe step that made it (plain JSON). */
  step: Readonly<Record<string, unknown>>;
  schema: ColumnSchema[];
  rows: number;
  /** Rows per column chunk. */
  chunkRows: number;
  createdAt: number;
}
