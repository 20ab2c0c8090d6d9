import type { LabDB } from './lab-db';

/**
 * Inside a read-write transaction over `versionRefs`, `jobs`, `datasetVersions` and
 * `columnChunks`: deletes each of `versionIds` and its chunks when no project refers to it
 * any more and no running import is writing it. Returns how many versions went.
 */
export async function deleteUnreferencedVersions(
  db: LabDB,
  versionIds: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (const versionId of new Set(versionIds)) {
    if ((await db.versionRefs.where('versionId').equals(versionId).count()) > 0) continue;
    if (await isBeingImported(db, versionId)) continue;
    await db.columnChunks.where('versionId').equals(versionId).delete();
    await db.datasetVersions.delete(versionId);
    deleted++;
  }
  return deleted;
}

/** Whether a running import job is writing chunks of `versionId` (inside a transaction on `jobs`). */
export async function isBeingImported(
  db: LabDB,
  versionId: string,
  exceptJobId?: string,
): Promise<boolean> {
  const running = await db.jobs.where('[kind+status]').equals(['import', 'running']).toArray();
  return running.some((job) => job.id !== exceptJobId && job.state.versionId === versionId);
}
