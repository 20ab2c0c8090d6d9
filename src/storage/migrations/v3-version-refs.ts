import type { Migration } from './migration';

/**
 * Version 3: `versionRefs`, the projects that use each content-addressed dataset version, so
 * the same data in two projects is stored once; and `jobs` indexed by `[kind+status]` so
 * start-up finds unfinished imports. No rows change: no data was written to the dataset
 * tables before v3.
 */
export const v3VersionRefs: Migration = {
  version: 3,
  stores: {
    versionRefs: '[projectId+versionId], projectId, versionId, createdAt',
    jobs: 'id, projectId, kind, status, updatedAt, [kind+status]',
  },
};
