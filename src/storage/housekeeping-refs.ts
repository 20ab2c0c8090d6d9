import { LabError } from '../shared/lab-error';
import type { LabDB } from './lab-db';

/**
 * INVALID_ARGUMENT `in-use` naming what still refers to the thing the user asked to delete
 * (`detail`: e.g. `run r12 ("baseline") was trained on it; monitor session s3 replays it`).
 */
export function inUseError(field: string, what: string, users: readonly string[]): LabError {
  const detail = users.join('; ');
  return new LabError('INVALID_ARGUMENT', `${what} is still in use: ${detail}.`, {
    params: { field, reason: 'in-use', detail },
  });
}

/** Inside a transaction on `runs`, `monitorSessions`, `retrains`: what in the project uses the version. */
export async function findVersionUsers(
  db: LabDB,
  projectId: string,
  versionId: string,
): Promise<string[]> {
  const [runs, sessions, retrains] = await Promise.all([
    db.runs.where('versionId').equals(versionId).toArray(),
    db.monitorSessions.where('projectId').equals(projectId).toArray(),
    db.retrains.where('projectId').equals(projectId).toArray(),
  ]);
  return [
    ...runs
      .filter((run) => run.projectId === projectId)
      .map((run) => `run ${run.id} ("${run.name}") was trained on it`),
    ...sessions
      .filter((session) => session.source === versionId)
      .map((session) => `monitor session ${session.id} replays it`),
    ...retrains
      .filter((retrain) =>
        [retrain.referenceVersionId, retrain.captureVersionId, retrain.versionId].includes(
          versionId,
        ),
      )
      .map((retrain) => `retrain ${retrain.id} used it`),
  ];
}

/** Inside a transaction on `models`, `retrains`: what uses any of the runs (a search and its trials). */
export async function findRunUsers(
  db: LabDB,
  projectId: string,
  runIds: readonly string[],
): Promise<string[]> {
  const [models, retrains] = await Promise.all([
    db.models
      .where('runId')
      .anyOf([...runIds])
      .toArray(),
    db.retrains.where('projectId').equals(projectId).toArray(),
  ]);
  return [
    ...models.map(
      (model) =>
        `model version ${model.name} v${model.version} (${model.id}) was registered from it`,
    ),
    ...retrains
      .filter((retrain) => retrain.runId !== null && runIds.includes(retrain.runId))
      .map((retrain) => `retrain ${retrain.id} trained it`),
  ];
}

/**
 * Inside a transaction on `deployments`, `retrains`: endpoints serving (or able to roll back
 * to) one of the packages, and retrains recording the model version.
 */
export async function findModelVersionUsers(
  db: LabDB,
  projectId: string,
  modelVersionId: string,
  packageIds: readonly string[],
): Promise<string[]> {
  const [deployments, retrains] = await Promise.all([
    db.deployments.where('projectId').equals(projectId).sortBy('createdAt'),
    db.retrains.where('projectId').equals(projectId).toArray(),
  ]);
  const current = new Map(deployments.map((row) => [row.endpoint, row.id]));
  const uses = (row: (typeof deployments)[number]) =>
    packageIds.includes(row.championPackageId) ||
    (row.challengerPackageId !== null && packageIds.includes(row.challengerPackageId));
  const serving = new Set<string>();
  const rollback = new Set<string>();
  for (const row of deployments.filter(uses)) {
    (current.get(row.endpoint) === row.id ? serving : rollback).add(row.endpoint);
  }
  return [
    ...[...serving].map((endpoint) => `endpoint "${endpoint}" serves it`),
    ...[...rollback]
      .filter((endpoint) => !serving.has(endpoint))
      .map((endpoint) => `endpoint "${endpoint}" can roll back to a deployment of it`),
    ...retrains
      .filter(
        (retrain) =>
          retrain.championVersionId === modelVersionId ||
          retrain.modelVersionId === modelVersionId ||
          (retrain.packageId !== null && packageIds.includes(retrain.packageId)),
      )
      .map((retrain) => `retrain ${retrain.id} compared or deployed it`),
  ];
}
