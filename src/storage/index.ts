export { APP_DATA_VERSION, LAB_DB_NAME, LAB_SCHEMA_VERSION, LabDB, projectTables } from './lab-db';
export type { ColumnChunkKey, VersionRefKey } from './lab-db';
export { openLabStore } from './open-lab-store';
export type { LabStore, OpenLabStoreOptions } from './open-lab-store';
export { refusal, toStorageError } from './storage-errors';
export { runRead, runWrite } from './store-transactions';
export type { TableRef } from './store-transactions';
export { createProjectsRepo } from './projects-repo';
export type { ProjectsRepo } from './projects-repo';
export { createPlanHistoryRepo } from './plan-history-repo';
export type { PlanChange, PlanHistoryRepo } from './plan-history-repo';
export { createSettingsRepo } from './settings-repo';
export { createDatasetsRepo, versionNotFound } from './datasets-repo';
export type { DatasetsRepo, ProjectVersion } from './datasets-repo';
export { createDatasetImportRepo, importLockName } from './dataset-import-repo';
export type {
  CollectOrphansOptions,
  DatasetImportRepo,
  ImportCommit,
  ImportOutcome,
} from './dataset-import-repo';
export { estimateStorage, persistStorage } from './storage-estimate';
export { createWriteGuard } from './write-guard';
export { migrations } from './migrations';
export type { Migration } from './migrations';
export type * from './entities/alert-row';
export type * from './entities/checkpoint-row';
export type * from './entities/column-chunk-row';
export type * from './entities/dataset-row';
export type * from './entities/dataset-version-row';
export type * from './entities/deployment-row';
export type * from './entities/job-row';
export type * from './entities/meta-row';
export type * from './entities/model-row';
export type * from './entities/monitor-window-row';
export type * from './entities/package-row';
export type * from './entities/plan-history-row';
export type * from './entities/prediction-log-row';
export type * from './entities/project-row';
export type * from './entities/run-row';
export type * from './entities/evaluation-row';
export type * from './entities/explanation-row';
export type * from './entities/setting-row';
export type * from './entities/version-ref-row';
export { onTablesMutated } from './storage-mutations';
export { commitDerivedVersion, listVersionRefs } from './dataset-derive-repo';
export type { DerivedOutcome } from './dataset-derive-repo';
export { activeRunStatuses, createRunsRepo, runNotFound } from './runs-repo';
export type { RunsRepo } from './runs-repo';
export { createDeployRepo, predictionLogLimit } from './deploy-repo';
export type { DeployRepo } from './deploy-repo';
export { createMonitorRepo } from './monitor-repo';
export type { MonitorRepo } from './monitor-repo';
export type * from './entities/monitor-session-row';
