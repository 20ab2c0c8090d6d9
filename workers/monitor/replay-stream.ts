/**
 * A replay's stream rebuilt from its options: the source version's rows in stream order (time or
 * seeded shuffle, limited to `events`) with the scenario applied. Deterministic, so a retrain
 * reads exactly the events the replay served.
 */
import type { MonitorReplayOptions } from '../../src/api/monitor-types';
import type { ColumnTable } from '../../src/lifecycle/data/types';
import { computeReplayOrder } from '../../src/lifecycle/monitor/replay-order';
import { computeScenarioTable } from '../../src/lifecycle/monitor/scenario-table';
import type { DatasetVersionRow, LabStore } from '../../src/storage';
import { loadVersionTable } from '../data/version-table';

/** The stream: event i is row i of `table`; `onset` is the scenario's first position or null. */
export interface ReplayStream {
  version: DatasetVersionRow;
  table: ColumnTable;
  onset: number | null;
}

/** Builds the stream a replay with `options` serves. */
export async function loadReplayStream(
  store: LabStore,
  options: Omit<MonitorReplayOptions, 'onWindow'>,
): Promise<ReplayStream> {
  const seed = options.seed ?? 1;
  const { version, table } = await loadVersionTable(store, options.source);
  const order = computeReplayOrder(table, version.schema, {
    order: options.order ?? 'shuffle',
    seed,
    ...(options.timeColumn ? { timeColumn: options.timeColumn } : {}),
  });
  const limited = options.events
    ? order.subarray(0, Math.min(order.length, options.events))
    : order;
  const stream = computeScenarioTable(
    table,
    version.schema,
    limited,
    options.scenario ?? { kind: 'none' },
    seed,
  );
  return { version, table: stream.table, onset: stream.onset };
}
