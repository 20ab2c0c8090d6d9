import { LabError } from '../shared/lab-error';
import type { ColumnChunkRow } from './entities/column-chunk-row';
import type { DatasetRow } from './entities/dataset-row';
import type { DatasetVersionRow } from './entities/dataset-version-row';
import { removeDatasetVersion } from './housekeeping-remove';
import type { RemovalResult } from './housekeeping-types';
import type { LabStore } from './open-lab-store';
import { runRead } from './store-transactions';

/** A version as one project sees it: the shared version plus the project's dataset. */
export interface ProjectVersion {
  version: DatasetVersionRow;
  dataset: DatasetRow;
  /** When the project got this version (epoch ms). */
  addedAt: number;
}

/** Reads of dataset versions and their column chunks. */
export interface DatasetsRepo {
  /** The project's versions, oldest first. */
  listVersions(projectId: string): Promise<ProjectVersion[]>;
  /** One version; NOT_FOUND if there is none. */
  getVersion(versionId: string): Promise<DatasetVersionRow>;
  /** Chunks `from` to `to` (inclusive) of each named column, in one read transaction. */
  readChunks(
    versionId: string,
    columns: readonly string[],
    from: number,
    to: number,
  ): Promise<ColumnChunkRow[][]>;
  /** Takes a version out of a project, freeing its chunks once no project uses it (housekeeping). */
  removeVersion(projectId: string, versionId: string): Promise<RemovalResult>;
}

/** NOT_FOUND for a dataset version id. */
export function versionNotFound(versionId: string): LabError {
  return new LabError('NOT_FOUND', `No dataset version with id "${versionId}".`, {
    params: { id: versionId, what: `dataset version ${versionId}` },
  });
}

/** The dataset reads over an open store. */
export function createDatasetsRepo(store: LabStore): DatasetsRepo {
  const { db } = store;
  return {
    listVersions: (projectId) =>
      runRead(store, [db.versionRefs, db.datasetVersions, db.datasets], async () => {
        const refs = await db.versionRefs.where('projectId').equals(projectId).sortBy('createdAt');
        const [versions, datasets] = await Promise.all([
          db.datasetVersions.bulkGet(refs.map((ref) => ref.versionId)),
          db.datasets.bulkGet(refs.map((ref) => ref.datasetId)),
        ]);
        const listed: ProjectVersion[] = [];
        refs.forEach((ref, i) => {
          const version = versions[i];
          const dataset = datasets[i];
          if (version && dataset) listed.push({ version, dataset, addedAt: ref.createdAt });
        });
        return listed;
      }),

    getVersion: (versionId) =>
      runRead(store, [db.datasetVersions], async () => {
        const version = await db.datasetVersions.get(versionId);
        if (!version) throw versionNotFound(versionId);
        return version;
      }),

    readChunks: (versionId, columns, from, to) =>
      runRead(store, [db.columnChunks], () =>
        Promise.all(
          columns.map((column) =>
            db.columnChunks
              .where('[versionId+column+index]')
              .between([versionId, column, from], [versionId, column, to], true, true)
              .toArray(),
          ),
        ),
      ),

    removeVersion: (projectId, versionId) => removeDatasetVersion(store, projectId, versionId),
  };
}
