import type { ColumnTable } from '../../src/lifecycle/data/types';
import { LabError, toLabError } from '../../src/shared/lab-error';
import {
  createDatasetImportRepo,
  importLockName,
  type DatasetImportRepo,
  type LabStore,
} from '../../src/storage';
import { computeChunkCount, sliceColumnChunk } from './column-chunks';

/** One version's chunks to write under an import job, and what the writer needs around it. */
export interface VersionWrite {
  /** The project the job belongs to. */
  projectId: string;
  versionId: string;
  /** The file (or step) named in the job and in a cancel message. */
  file: string;
  table: ColumnTable;
  chunkRows: number;
  isCancelled: () => boolean;
  /** Epoch milliseconds (stored times). */
  clock: () => number;
  newId: () => string;
  /** After each chunk row-range is written: chunks done, of total, rows written. */
  onChunk?: (done: number, total: number, rows: number) => void;
}

/** Runs `work` holding the import's Web Lock (so other tabs see it alive), where there are locks. */
function withImportLock<T>(jobId: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? (locks.request(importLockName(jobId), work) as Promise<T>) : work();
}

/**
 * The crash-safe write of a content-addressed version, shared by imports and recipe steps:
 * a job row, the column chunks in one small transaction per chunk row-range (skipped when the
 * version is stored already), then `commit` in one final transaction. On failure or cancel the
 * job's chunks are deleted, so nothing of it stays; after a crash `collectOrphans` does it.
 */
export async function writeVersionChunks<T>(
  store: LabStore,
  write: VersionWrite,
  commit: (repo: DatasetImportRepo, jobId: string) => Promise<T>,
): Promise<T> {
  const { table, versionId, file, chunkRows, isCancelled, clock } = write;
  const chunkCount = computeChunkCount(table.rowCount, chunkRows);
  const repo = createDatasetImportRepo(store);
  const jobId = write.newId();
  const cancelled = () =>
    new LabError('CANCELLED', `The import of "${file}" was cancelled`, { file });
  return withImportLock(jobId, async () => {
    const exists = await repo.beginImport({
      jobId,
      projectId: write.projectId,
      versionId,
      file,
      now: clock(),
    });
    try {
      for (let index = 0; index < chunkCount && !exists; index++) {
        if (isCancelled()) throw cancelled();
        const chunks = table.columns.map((column, c) =>
          sliceColumnChunk(versionId, table.names[c] ?? String(c), column, index, chunkRows),
        );
        const progress = { done: index + 1, total: chunkCount, phase: 'write' };
        await repo.writeChunks(jobId, chunks, progress, clock());
        write.onChunk?.(index + 1, chunkCount, Math.min((index + 1) * chunkRows, table.rowCount));
      }
      if (isCancelled()) throw cancelled();
      return await commit(repo, jobId);
    } catch (thrown) {
      const error = toLabError(thrown);
      await repo.abortImport(jobId, error.toData(), clock()).catch(() => undefined);
      throw error;
    }
  });
}
