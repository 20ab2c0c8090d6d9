/** Statistics of one window of a monitoring session (`monitorWindows`). */
export interface MonitorWindowRow {
  id: string;
  projectId: string;
  sessionId: string;
  /** Window number in the session, from 0. */
  index: number;
  start: number;
  end: number;
  /** Drift, performance and latency statistics (plain JSON). */
  stats: Readonly<Record<string, unknown>>;
}
