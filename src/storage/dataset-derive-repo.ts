import { LabError } from '../shared/lab-error';
import type { DatasetVersionRow } from './entities/dataset-version-row';
import type { VersionRefRow } from './entities/version-ref-row';
import { versionNotFound } from './datasets-repo';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** What committing a version derived by a recipe step did. */
export interface DerivedOutcome {
  versionId: string;
  /** False when the same content and schema were stored already. */
  storedNew: boolean;
  /** Projects that got the version now (those that had its parent and not it). */
  addedToProjects: string[];
}

/** The projects (and their datasets) that refer to a version; NOT_FOUND when there is none. */
export async function listVersionRefs(
  store: LabStore,
  versionId: string,
): Promise<VersionRefRow[]> {
  const { db } = store;
  return runRead(store, [db.versionRefs], async () => {
    const refs = await db.versionRefs.where('versionId').equals(versionId).toArray();
    if (refs.length === 0) throw versionNotFound(versionId);
    return refs;
  });
}

/**
 * The last, small transaction of a recipe step's write (after its chunks, written under an
 * import job): stores the version unless it exists, refers to it from every project that
 * refers to its first parent, in the parent's dataset, and marks the job done.
 */
export function commitDerivedVersion(
  store: LabStore,
  commit: { jobId: string; version: DatasetVersionRow; now: number },
): Promise<DerivedOutcome> {
  const { db } = store;
  const { jobId, version, now } = commit;
  return runWrite(
    store,
    [db.jobs, db.columnChunks, db.datasetVersions, db.versionRefs],
    async (): Promise<DerivedOutcome> => {
      const job = await db.jobs.get(jobId);
      if (job?.status !== 'running') {
        throw new LabError('CANCELLED', `The import ${jobId} was stopped.`, {
          params: { job: jobId },
        });
      }
      const parent = version.parents[0] ?? '';
      const refs = await db.versionRefs.where('versionId').equals(parent).toArray();
      if (refs.length === 0) throw versionNotFound(parent);
      const storedNew = (await db.datasetVersions.get(version.id)) === undefined;
      if (storedNew) {
        const chunks = await db.columnChunks.where('versionId').equals(version.id).count();
        if (chunks !== version.columns.length * version.chunkCount) {
          throw new LabError('INTERNAL', `Version ${version.id} has ${chunks} chunks stored.`);
        }
        await db.datasetVersions.add(version);
      }
      const addedToProjects: string[] = [];
      for (const ref of refs) {
        if (await db.versionRefs.get([ref.projectId, version.id])) continue;
        await db.versionRefs.add({
          projectId: ref.projectId,
          versionId: version.id,
          datasetId: ref.datasetId,
          createdAt: now,
        });
        addedToProjects.push(ref.projectId);
      }
      await db.jobs.put({ ...job, status: 'done', error: null, updatedAt: now });
      return { versionId: version.id, storedNew, addedToProjects };
    },
  );
}
