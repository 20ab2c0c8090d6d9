import Dexie, { type EntityTable, type Table } from 'dexie';

// Dexie turns debug mode on by itself on localhost and then logs a console.trace for every
// rejected call, even ones the lab handles (READ_ONLY, QUOTA_EXCEEDED). Errors reach the user
// through LabError instead.
Dexie.debug = false;
import type { AlertRow } from './entities/alert-row';
import type { CheckpointRow } from './entities/checkpoint-row';
import type { ColumnChunkRow } from './entities/column-chunk-row';
import type { DatasetRow } from './entities/dataset-row';
import type { DatasetVersionRow } from './entities/dataset-version-row';
import type { EvaluationRow } from './entities/evaluation-row';
import type { ExplanationRow } from './entities/explanation-row';
import type { DeploymentRow } from './entities/deployment-row';
import type { JobRow } from './entities/job-row';
import type { MetaRow } from './entities/meta-row';
import type { ModelRow, RegistryEventRow } from './entities/model-row';
import type { MonitorWindowRow } from './entities/monitor-window-row';
import type { MonitorSessionRow } from './entities/monitor-session-row';
import type { PackageRow } from './entities/package-row';
import type { RetrainRow } from './entities/retrain-row';
import type { ExportRow } from './entities/export-row';
import type { PlanHistoryKey, PlanHistoryRow } from './entities/plan-history-row';
import type { PredictionLogRow } from './entities/prediction-log-row';
import type { ProjectRow } from './entities/project-row';
import type { RunEpochRow, RunRow } from './entities/run-row';
import type { SettingRow } from './entities/setting-row';
import type { VersionRefRow } from './entities/version-ref-row';
import { declareMigrations, migrations } from './migrations';

/** Name of the lab's IndexedDB database. */
export const LAB_DB_NAME = 'lifecycle-lab';

/** The newest schema version this build declares (Dexie's `db.version(n)`). */
export const LAB_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;

/**
 * The shape of stored data this build reads and writes, kept in `meta.appDataVersion`. A tab
 * whose build is older than the stored value goes read-only. Bump it with every change to the
 * shape or meaning of rows, in the same release as a new schema version (so open tabs of older
 * builds get a `versionchange` at once).
 */
export const APP_DATA_VERSION = 5;

/** Key of a column chunk: `[versionId, column, index]`. */
export type ColumnChunkKey = [versionId: string, column: string, index: number];

/** Key of a project's reference to a dataset version: `[projectId, versionId]`. */
export type VersionRefKey = [projectId: string, versionId: string];

/**
 * Tables that hold rows of one project (each has a `projectId` index). Dataset versions and
 * their column chunks are not among them: they are shared by content and live as long as a
 * project's `versionRefs` row points at them (`projects-repo.ts` `remove`).
 */
export const projectTables = [
  'datasets',
  'versionRefs',
  'runs',
  'checkpoints',
  'evaluations',
  'runEpochs',
  'explanations',
  'registryEvents',
  'monitorSessions',
  'models',
  'packages',
  'deployments',
  'predictionLog',
  'monitorWindows',
  'alerts',
  'retrains',
  'exports',
  'jobs',
] as const;

/**
 * The lab's database: one table per entity, every schema version from `migrations/`. It never
 * opens itself: `openLabStore` opens it, so a connection the browser closed stays closed.
 */
export class LabDB extends Dexie {
  declare projects: EntityTable<ProjectRow, 'id'>;
  declare datasets: EntityTable<DatasetRow, 'id'>;
  declare datasetVersions: EntityTable<DatasetVersionRow, 'id'>;
  declare columnChunks: Table<ColumnChunkRow, ColumnChunkKey>;
  declare versionRefs: Table<VersionRefRow, VersionRefKey>;
  declare runs: EntityTable<RunRow, 'id'>;
  declare checkpoints: EntityTable<CheckpointRow, 'id'>;
  declare evaluations: EntityTable<EvaluationRow, 'id'>;
  declare explanations: EntityTable<ExplanationRow, 'id'>;
  declare runEpochs: Table<RunEpochRow, [runId: string, epoch: number]>;
  declare models: EntityTable<ModelRow, 'id'>;
  declare registryEvents: EntityTable<RegistryEventRow, 'id'>;
  declare packages: EntityTable<PackageRow, 'id'>;
  declare deployments: EntityTable<DeploymentRow, 'id'>;
  declare predictionLog: EntityTable<PredictionLogRow, 'seq'>;
  declare monitorSessions: EntityTable<MonitorSessionRow, 'id'>;
  declare monitorWindows: EntityTable<MonitorWindowRow, 'id'>;
  declare alerts: EntityTable<AlertRow, 'id'>;
  declare retrains: EntityTable<RetrainRow, 'id'>;
  declare exports: EntityTable<ExportRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare jobs: EntityTable<JobRow, 'id'>;
  declare planHistory: Table<PlanHistoryRow, PlanHistoryKey>;

  constructor(name: string = LAB_DB_NAME) {
    super(name, { autoOpen: false });
    declareMigrations(this);
  }
}
