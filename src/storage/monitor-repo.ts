import type { MonitorSession, MonitorWindow } from '../api/monitor-types';
import type { AlertRow } from './entities/alert-row';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Replay sessions, their windows and alerts: the only module writing them. */
export interface MonitorRepo {
  putSession(session: MonitorSession): Promise<void>;
  session(id: string): Promise<MonitorSession | undefined>;
  sessions(projectId: string): Promise<MonitorSession[]>;
  /** One window with its alerts and the session's new state, in one transaction. */
  recordWindow(
    session: MonitorSession,
    window: MonitorWindow,
    alerts: readonly AlertRow[],
  ): Promise<void>;
  windows(sessionId: string): Promise<MonitorWindow[]>;
  alerts(sessionId: string): Promise<AlertRow[]>;
}

/** The monitor repository over an open store. */
export function createMonitorRepo(store: LabStore): MonitorRepo {
  const { db } = store;
  return {
    putSession: (session) =>
      runWrite(
        store,
        [db.monitorSessions],
        async () => void (await db.monitorSessions.put(session)),
      ),
    session: (id) => runRead(store, [db.monitorSessions], () => db.monitorSessions.get(id)),
    sessions: (projectId) =>
      runRead(store, [db.monitorSessions], async () =>
        (
          await db.monitorSessions.where('projectId').equals(projectId).sortBy('createdAt')
        ).reverse(),
      ),
    recordWindow: (session, window, alerts) =>
      runWrite(store, [db.monitorSessions, db.monitorWindows, db.alerts], async () => {
        await db.monitorWindows.put({
          id: `${session.id}:${window.index}`,
          projectId: session.projectId,
          sessionId: session.id,
          index: window.index,
          start: window.start,
          end: window.end,
          stats: window as unknown as Record<string, unknown>,
        });
        if (alerts.length > 0) await db.alerts.bulkPut([...alerts]);
        await db.monitorSessions.put(session);
      }),
    windows: (sessionId) =>
      runRead(store, [db.monitorWindows], async () =>
        (
          await db.monitorWindows
            .where('[sessionId+index]')
            .between([sessionId, -Infinity], [sessionId, Infinity])
            .toArray()
        ).map((row) => row.stats as unknown as MonitorWindow),
      ),
    alerts: (sessionId) =>
      runRead(store, [db.alerts], async () =>
        db.alerts.where('sessionId').equals(sessionId).sortBy('createdAt'),
      ),
  };
}
