/** An alert raised by monitoring (`alerts`). */
export interface AlertRow {
  id: string;
  projectId: string;
  sessionId: string;
  windowId: string;
  kind: 'drift' | 'performance' | 'latency';
  severity: 'warning' | 'critical';
  /** English technical summary; the UI words it from `kind` and `params`. */
  message: string;
  params: Readonly<Record<string, string | number>>;
  createdAt: number;
}
