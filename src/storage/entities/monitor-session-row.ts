import type { MonitorSession } from '../../api/monitor-types';

/** A replay session (`monitorSessions`). */
export type MonitorSessionRow = MonitorSession;
