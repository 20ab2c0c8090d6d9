import { LabError, type LabErrorData } from '../shared/lab-error';
import type { ColumnChunkRow } from './entities/column-chunk-row';
import type { DatasetRow } from './entities/dataset-row';
import type { DatasetVersionRow } from './entities/dataset-version-row';
import type { JobRow } from './entities/job-row';
import { isBeingImported } from './dataset-versions';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Name of the Web Lock an import holds while it runs, so other tabs see it alive. */
export function importLockName(jobId: string): string {
  return `lifecycle-lab-import-${jobId}`;
}

/** What an import commits in its last, small transaction. */
export interface ImportCommit {
  jobId: string;
  projectId: string;
  version: DatasetVersionRow;
  dataset: Omit<DatasetRow, 'projectId'>;
  now: number;
}

/** What `commitImport` did: whether the version and the project's reference are new. */
export interface ImportOutcome {
  versionId: string;
  storedNew: boolean;
  addedToProject: boolean;
  datasetId: string;
}

/** How `collectOrphans` decides an unfinished import is dead. */
export interface CollectOrphansOptions {
  /** Whether the job's import still runs somewhere; default: its Web Lock is held (or, without Web Locks, it was updated within `staleMs`). */
  isJobAlive?: (job: JobRow) => boolean | Promise<boolean>;
  now?: number;
  /** Without Web Locks: a running job silent this long (ms) is dead. Default 60 s. */
  staleMs?: number;
}

/**
 * Writes of one import: a job row first, chunks in many small transactions, then the version
 * in one final transaction. Until the commit nothing is visible; a failed or dead import's
 * chunks are removed by `abortImport` or, after a crash, `collectOrphans`.
 */
export interface DatasetImportRepo {
  /** Records a running import of `versionId`; resolves whether that version is stored already. */
  beginImport(job: {
    jobId: string;
    projectId: string;
    versionId: string;
    file: string;
    now: number;
  }): Promise<boolean>;
  /** Writes some chunks and the job's progress in one transaction; CANCELLED if the job stopped. */
  writeChunks(
    jobId: string,
    chunks: readonly ColumnChunkRow[],
    progress: JobRow['progress'],
    now: number,
  ): Promise<void>;
  /** Stores the version (unless it exists), the project's dataset and reference; the job is done. */
  commitImport(commit: ImportCommit): Promise<ImportOutcome>;
  /** Marks the job failed or cancelled and deletes its chunks unless the version is committed. */
  abortImport(jobId: string, error: LabErrorData, now: number): Promise<void>;
  /** Aborts every dead unfinished import and removes chunks left by stopped ones; returns how many jobs. */
  collectOrphans(options?: CollectOrphansOptions): Promise<number>;
}

function jobGone(jobId: string): LabError {
  return new LabError('CANCELLED', `The import ${jobId} was stopped.`, { params: { job: jobId } });
}

async function defaultIsJobAlive(job: JobRow, now: number, staleMs: number): Promise<boolean> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) {
    const { held = [] } = await locks.query();
    return held.some((lock) => lock.name === importLockName(job.id));
  }
  return now - job.updatedAt < staleMs;
}

/** The import writes over an open store. */
export function createDatasetImportRepo(store: LabStore): DatasetImportRepo {
  const { db } = store;
  const chunkTables = [db.jobs, db.columnChunks, db.datasetVersions];

  /** Inside a transaction: the job stops and its chunks go unless the version is committed. */
  async function stopJob(
    job: JobRow,
    status: JobRow['status'],
    error: LabErrorData | null,
    now: number,
  ) {
    const versionId = String(job.state.versionId ?? '');
    const committed = (await db.datasetVersions.get(versionId)) !== undefined;
    const shared = committed || (await isBeingImported(db, versionId, job.id));
    if (!shared) await db.columnChunks.where('versionId').equals(versionId).delete();
    const state = { ...job.state, chunksCleared: true };
    await db.jobs.put({ ...job, status, error, state, updatedAt: now });
  }

  return {
    beginImport: (job) =>
      runWrite(store, chunkTables, async () => {
        await db.jobs.add({
          id: job.jobId,
          projectId: job.projectId,
          kind: 'import',
          status: 'running',
          progress: { done: 0, total: 0, phase: 'write' },
          state: { versionId: job.versionId, file: job.file },
          error: null,
          createdAt: job.now,
          updatedAt: job.now,
        });
        return (await db.datasetVersions.get(job.versionId)) !== undefined;
      }),

    writeChunks: (jobId, chunks, progress, now) =>
      runWrite(store, [db.jobs, db.columnChunks], async () => {
        const job = await db.jobs.get(jobId);
        if (job?.status !== 'running') throw jobGone(jobId);
        await db.columnChunks.bulkPut([...chunks]);
        await db.jobs.update(jobId, { progress, updatedAt: now });
      }),

    commitImport: (commit) =>
      runWrite(
        store,
        [db.projects, db.datasets, db.versionRefs, ...chunkTables],
        async (): Promise<ImportOutcome> => {
          const { version, projectId, now } = commit;
          const job = await db.jobs.get(commit.jobId);
          if (job?.status !== 'running') throw jobGone(commit.jobId);
          if (!(await db.projects.get(projectId))) {
            throw new LabError('NOT_FOUND', `No project with id "${projectId}".`, {
              params: { id: projectId, what: `project ${projectId}` },
            });
          }
          const storedNew = (await db.datasetVersions.get(version.id)) === undefined;
          if (storedNew) {
            const chunks = await db.columnChunks.where('versionId').equals(version.id).count();
            if (chunks !== version.columns.length * version.chunkCount) {
              throw new LabError('INTERNAL', `Version ${version.id} has ${chunks} chunks stored.`);
            }
            await db.datasetVersions.add(version);
          }
          const ref = await db.versionRefs.get([projectId, version.id]);
          const datasetId = ref?.datasetId ?? commit.dataset.id;
          if (!ref) {
            await db.datasets.add({ ...commit.dataset, projectId });
            await db.versionRefs.add({
              projectId,
              versionId: version.id,
              datasetId,
              createdAt: now,
            });
          }
          await db.jobs.put({ ...job, status: 'done', error: null, updatedAt: now });
          return { versionId: version.id, storedNew, addedToProject: !ref, datasetId };
        },
      ),

    abortImport: (jobId, error, now) =>
      runWrite(store, chunkTables, async () => {
        const job = await db.jobs.get(jobId);
        if (!job || job.status === 'done') return;
        await stopJob(job, error.code === 'CANCELLED' ? 'cancelled' : 'failed', error, now);
      }),

    async collectOrphans(options = {}) {
      const now = options.now ?? Date.now();
      const staleMs = options.staleMs ?? 60_000;
      const isAlive = options.isJobAlive ?? ((job) => defaultIsJobAlive(job, now, staleMs));
      const jobs = await runRead(store, [db.jobs], () =>
        db.jobs.where('kind').equals('import').toArray(),
      );
      let collected = 0;
      for (const job of jobs) {
        if (job.status === 'done' || job.state.chunksCleared === true) continue;
        if (job.status === 'running' && (await isAlive(job))) continue;
        const error: LabErrorData = {
          code: 'CANCELLED',
          message: 'The import stopped before it finished (the tab closed or crashed).',
          params: {},
        };
        await runWrite(store, chunkTables, async () => {
          const current = await db.jobs.get(job.id);
          if (!current || current.status === 'done') return;
          if (current.status === 'running' && current.updatedAt !== job.updatedAt) return;
          await stopJob(
            current,
            current.status === 'running' ? 'failed' : current.status,
            current.error ?? error,
            now,
          );
        });
        collected++;
      }
      return collected;
    },
  };
}
