/**
 * What a project archive carries: the tables exported (one JSON entry each), their primary keys,
 * and which of them belong to one project. Beside them: each dataset version as Parquet and each
 * packaged model in TensorFlow.js's layers format under `models/` (for other tools; an import
 * reads the packages). Not exported: column chunks (datasets travel as
 * Parquet), the prediction log (a bounded operational log), import jobs, exports, settings.
 */

/** The exported tables, in the order an import writes them. */
export const sharedTables = [
  'projects',
  'planHistory',
  'datasets',
  'datasetVersions',
  'versionRefs',
  'runs',
  'runEpochs',
  'checkpoints',
  'evaluations',
  'explanations',
  'models',
  'registryEvents',
  'packages',
  'deployments',
  'monitorSessions',
  'monitorWindows',
  'alerts',
  'retrains',
] as const;

/** One exported table. */
export type SharedTable = (typeof sharedTables)[number];

/** Each table's primary key: one field, or the fields of a compound key. */
export const sharedTableKeys: Readonly<Record<SharedTable, string | readonly string[]>> = {
  projects: 'id',
  planHistory: ['projectId', 'seq'],
  datasets: 'id',
  datasetVersions: 'id',
  versionRefs: ['projectId', 'versionId'],
  runs: 'id',
  runEpochs: ['runId', 'epoch'],
  checkpoints: 'id',
  evaluations: 'id',
  explanations: 'id',
  models: 'id',
  registryEvents: 'id',
  packages: 'id',
  deployments: 'id',
  monitorSessions: 'id',
  monitorWindows: 'id',
  alerts: 'id',
  retrains: 'id',
};

/** The archive entry of a table's rows. */
export function computeTableEntry(table: SharedTable): string {
  return `tables/${table}.json`;
}

/** The archive entry of a dataset version's rows (Parquet) and of its description. */
export function computeDatasetEntry(versionId: string): string {
  return `datasets/${versionId}.parquet`;
}

/** A row's primary key, as Dexie reads it. */
export function computeRowKey(table: SharedTable, row: Readonly<Record<string, unknown>>): unknown {
  const key = sharedTableKeys[table];
  return typeof key === 'string' ? row[key] : key.map((field) => row[field]);
}
