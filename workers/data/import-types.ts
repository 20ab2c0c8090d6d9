import type {
  ImportEncoding,
  ImportFormat,
  ImportWarning,
} from '../../src/lifecycle/data/import/types';
import type { ColumnRole, DatasetSchema } from '../../src/lifecycle/data/types';

/** Where the bytes come from: a Blob or File (cloned, not copied) or a URL fetched in the worker. */
export type ImportSource =
  { kind: 'blob'; blob: Blob; name?: string } | { kind: 'url'; url: string; name?: string };

/** What the data worker's `importTable` takes (plain data, structured-clone safe). */
export interface ImportTableRequest {
  /** The bridge's call id, for `cancelDataWork`. */
  callId?: string;
  /** Database name (tests use their own). */
  dbName?: string;
  projectId: string;
  source: ImportSource;
  /** What the version's step and the dataset record as the origin. */
  origin: { kind: 'sample' | 'file' | 'url'; ref: string };
  /** The dataset's name in the project (default: the file name). */
  datasetName?: string;
  format?: ImportFormat;
  encoding?: ImportEncoding;
  delimiter?: string;
  header?: boolean;
  missingTokens?: string[];
  /** A schema the user edited, used instead of inference. */
  schema?: DatasetSchema;
  /** Roles to set on the inferred schema by column name (e.g. a sample's target and time). */
  roles?: Readonly<Record<string, ColumnRole>>;
  /** Rows per stored chunk (default 65,536). */
  chunkRows?: number;
}

/** Progress of an import: bytes read (or chunks written) of the total, rows, bytes per second. */
export interface ImportTableProgress {
  kind: 'import';
  phase: 'read' | 'parse' | 'build' | 'digest' | 'write' | 'done';
  done: number;
  total: number;
  rows: number;
  ratePerSecond: number;
}

/** What an import made. */
export interface ImportTableReport {
  versionId: string;
  datasetId: string;
  /** False when the same content and schema were stored already (no duplicate written). */
  storedNew: boolean;
  /** False when the project had this version already. */
  addedToProject: boolean;
  rows: number;
  schema: DatasetSchema;
  format: ImportFormat;
  encoding: ImportEncoding | null;
  warnings: ImportWarning[];
  /** Bytes read from the source. */
  bytesRead: number;
}
