import { LabError } from '../shared/lab-error';
import { deleteUnreferencedVersions, isBeingImported } from './dataset-versions';
import { findModelVersionUsers, findVersionUsers, inUseError } from './housekeeping-refs';
import type { PackageRow } from './entities/package-row';
import type { KeptItem, RemovalResult } from './housekeeping-types';
import type { LabStore } from './open-lab-store';
import { runWrite } from './store-transactions';

function notFound(what: string, id: string): LabError {
  return new LabError('NOT_FOUND', `No ${what} with id "${id}".`, {
    params: { id, what: `${what} ${id}` },
  });
}

/**
 * Takes a dataset version out of a project in one transaction: refuses (INVALID_ARGUMENT
 * `in-use`) while a run, monitor session or retrain of the project uses it; deletes the
 * project's reference (and its named dataset once it has no version left), then the version
 * and its chunks unless another project still uses it (then it is listed in `kept`).
 */
export function removeDatasetVersion(
  store: LabStore,
  projectId: string,
  versionId: string,
): Promise<RemovalResult> {
  const { db } = store;
  const tables = [
    db.versionRefs,
    db.datasets,
    db.datasetVersions,
    db.columnChunks,
    db.jobs,
    db.runs,
    db.monitorSessions,
    db.retrains,
  ];
  return runWrite(store, tables, async () => {
    const ref = await db.versionRefs.get([projectId, versionId]);
    if (!ref) throw notFound(`dataset version of project ${projectId}`, versionId);
    const users = await findVersionUsers(db, projectId, versionId);
    if (users.length > 0) throw inUseError('versionId', `Dataset version ${versionId}`, users);
    const version = await db.datasetVersions.get(versionId);
    await db.versionRefs.delete([projectId, versionId]);
    const siblings = await db.versionRefs.where('projectId').equals(projectId).toArray();
    if (!siblings.some((other) => other.datasetId === ref.datasetId)) {
      await db.datasets.delete(ref.datasetId);
    }
    const kept: KeptItem[] = [];
    const others = await db.versionRefs.where('versionId').equals(versionId).count();
    if (others > 0) {
      kept.push({ what: `dataset version ${versionId}`, why: 'shared', projects: others });
    } else if (await isBeingImported(db, versionId)) {
      kept.push({ what: `dataset version ${versionId}`, why: 'importing', projects: 0 });
    }
    const deleted = await deleteUnreferencedVersions(db, [versionId]);
    return { freedBytes: deleted > 0 ? (version?.bytes ?? 0) : 0, kept };
  });
}

/**
 * Deletes a model version (its aliases with it) and its packages in one transaction; refuses
 * (INVALID_ARGUMENT `in-use`) while an endpoint serves one of its packages or can roll back to
 * one, or a retrain records it. A package another version still points at is kept. Registry
 * events stay: they are the project's history.
 */
export function removeModelVersion(
  store: LabStore,
  modelVersionId: string,
): Promise<RemovalResult> {
  const { db } = store;
  return runWrite(store, [db.models, db.packages, db.deployments, db.retrains], async () => {
    const model = await db.models.get(modelVersionId);
    if (!model) throw notFound('model version', modelVersionId);
    const owned = await db.packages.where('modelVersionId').equals(modelVersionId).primaryKeys();
    const packageIds = [...new Set([...owned, ...(model.packageId ? [model.packageId] : [])])];
    const users = await findModelVersionUsers(db, model.projectId, modelVersionId, packageIds);
    if (users.length > 0) {
      throw inUseError('modelVersionId', `Model version ${model.name} v${model.version}`, users);
    }
    await db.models.delete(modelVersionId);
    const pointed = await db.models.where('projectId').equals(model.projectId).toArray();
    const stillUsed = new Set(pointed.map((other) => other.packageId));
    const doomed = (await db.packages.bulkGet(packageIds)).filter(
      (row): row is PackageRow => row !== undefined && !stillUsed.has(row.id),
    );
    await db.packages.bulkDelete(doomed.map((row) => row.id));
    const freedBytes = doomed.reduce((sum, row) => sum + row.bytes.byteLength, 0);
    return { freedBytes, kept: [] };
  });
}
