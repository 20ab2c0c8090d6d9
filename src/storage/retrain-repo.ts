import { LabError } from '../shared/lab-error';
import type { RetrainRow } from './entities/retrain-row';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Retrains and their steps: the only module writing `retrains`. */
export interface RetrainRepo {
  put(row: RetrainRow): Promise<void>;
  /** NOT_FOUND when there is no such retrain. */
  get(id: string): Promise<RetrainRow>;
  /** A project's retrains, oldest first. */
  list(projectId: string): Promise<RetrainRow[]>;
  /** A replay session's retrains, oldest first. */
  bySession(sessionId: string): Promise<RetrainRow[]>;
}

/** The retrain repository over an open store. */
export function createRetrainRepo(store: LabStore): RetrainRepo {
  const { db } = store;
  return {
    put: (row) => runWrite(store, [db.retrains], async () => void (await db.retrains.put(row))),
    get: (id) =>
      runRead(store, [db.retrains], async () => {
        const row = await db.retrains.get(id);
        if (!row) {
          throw new LabError('NOT_FOUND', `No retrain ${id}.`, {
            params: { what: `retrain ${id}` },
          });
        }
        return row;
      }),
    list: (projectId) =>
      runRead(store, [db.retrains], () =>
        db.retrains.where('projectId').equals(projectId).sortBy('createdAt'),
      ),
    bySession: (sessionId) =>
      runRead(store, [db.retrains], () =>
        db.retrains.where('sessionId').equals(sessionId).sortBy('createdAt'),
      ),
  };
}
