import type { MonitorWindow } from '../../../api/monitor-types';
import type { AlertEvent } from '../../../lifecycle/monitor/monitor-types';
import type { AlertRow } from '../../../storage/entities/alert-row';

/** An alert as a stored row says it; missing window or value read as NaN. */
export function computeAlertEventOfRow(row: AlertRow): AlertEvent {
  const { params } = row;
  return {
    kind: params.event === 'cleared' || params.kind === 'cleared' ? 'cleared' : 'raised',
    metric: String(params.metric ?? row.kind),
    window: Number(params.window ?? Number.NaN),
    value: Number(params.value ?? Number.NaN),
  };
}

/** Raised and cleared alerts of the windows and stored rows, once each, by window then order. */
export function computeAlertLog(
  windows: readonly MonitorWindow[],
  rows: readonly AlertRow[] = [],
): AlertEvent[] {
  const seen = new Set<string>();
  const log: AlertEvent[] = [];
  const add = (event: AlertEvent) => {
    const key = `${event.kind}|${event.metric}|${event.window}`;
    if (seen.has(key)) return;
    seen.add(key);
    log.push(event);
  };
  for (const w of windows) for (const event of w.alerts) add(event);
  for (const row of rows) add(computeAlertEventOfRow(row));
  return log
    .map((event, order) => ({ event, order }))
    .sort((a, b) => (a.event.window || 0) - (b.event.window || 0) || a.order - b.order)
    .map(({ event }) => event);
}
