import type { Migration } from './migration';

interface ProjectV1 {
  createdAt: number;
  updatedAt?: number;
}

/**
 * Version 2: a `jobs` table for long-running work, and projects indexed by `updatedAt`
 * (filled from `createdAt` where a row has none). Released: never edit.
 */
export const v2JobsUpdatedAt: Migration = {
  version: 2,
  stores: {
    projects: 'id, createdAt, updatedAt',
    jobs: 'id, projectId, kind, status, updatedAt',
  },
  async upgrade(tx) {
    await tx
      .table<ProjectV1>('projects')
      .toCollection()
      .modify((row) => {
        if (typeof row.updatedAt !== 'number') row.updatedAt = row.createdAt;
      });
  },
};
