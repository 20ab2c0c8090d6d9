/** Types of `lab.data` (README "The facade"). */
import type { ImportEncoding, ImportFormat } from '../lifecycle/data/import/types';
import type { ColumnRole, DatasetSchema } from '../lifecycle/data/types';
import type { DatasetStep } from '../storage/entities/dataset-version-row';
import type { DatasetSource } from '../storage/entities/dataset-row';
import type { Progress } from './types';

export type {
  ImportTableReport as DataImportResult,
  RowValue,
  VersionProfile,
  VersionRows,
} from '../../workers/data.api';

/** A sample dataset shipped with the lab (`public/samples/index.json`). */
export interface SampleInfo {
  id: string;
  name: string;
  description: string;
  task: 'classification' | 'regression';
  target: string;
  /** The column that orders rows in time, or null. */
  timeColumn: string | null;
  /** File name under `samples/`. */
  file: string;
  format: ImportFormat;
  rows: number;
  bytes: number;
  source: string;
  sourceUrl: string;
  licence: string;
  licenceUrl: string;
}

/** Options of an import: the user's overrides, and an abort signal. */
export interface DataImportOptions {
  /** The dataset's name in the project (default: the file name). */
  name?: string;
  format?: ImportFormat;
  encoding?: ImportEncoding;
  /** One character, for `delimited` files (`,` `;` tab `|` are detected). */
  delimiter?: string;
  /** Whether the first line names the columns (default true). */
  header?: boolean;
  /** Cell texts read as missing, replacing the defaults. */
  missingTokens?: string[];
  /** A schema the user edited, used instead of inference. */
  schema?: DatasetSchema;
  /** Roles by column name, set on the inferred schema. */
  roles?: Record<string, ColumnRole>;
  signal?: AbortSignal;
}

/** Options of `lab.data.inferSchema`: how the file is read, as `importFile` would read it. */
export type DataInferSchemaOptions = Pick<
  DataImportOptions,
  'name' | 'format' | 'encoding' | 'delimiter' | 'header' | 'missingTokens' | 'signal'
>;

/** Import progress: bytes read (phases read/parse/build/digest) or chunks written (write), rows so far, bytes per second. */
export interface DataImportProgress extends Progress {
  phase: 'read' | 'parse' | 'build' | 'digest' | 'write' | 'done';
  rows: number;
  ratePerSecond: number;
}

/** A dataset version as `lab.data.versions` and `version` give it. */
export interface DatasetVersionInfo {
  /** Hex SHA-256 of content and schema. */
  id: string;
  parents: string[];
  step: DatasetStep;
  schema: DatasetSchema;
  rows: number;
  /** Bytes of the stored columns. */
  bytes: number;
  createdAt: number;
  /** The project's dataset it belongs to (from `versions(projectId)` only). */
  dataset?: { id: string; name: string; source: DatasetSource };
  /** When the project got it (from `versions(projectId)` only). */
  addedAt?: number;
}
