import type { Migration } from './migration';

/**
 * Version 6: the loop closed and shared. `retrains` keeps every retrain with its steps (trigger,
 * new data versions, challenger run, comparison, gate, canary, decision); `exports` each export
 * of a project (for the reminder to export what changed since). New tables only: nothing to
 * upgrade. Released versions are never edited.
 */
export const v6Retrains: Migration = {
  version: 6,
  stores: {
    retrains: 'id, projectId, sessionId, createdAt',
    exports: 'id, projectId, createdAt',
  },
};
