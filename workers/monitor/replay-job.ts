/**
 * A replay in the monitor worker: a dataset version ordered into a stream (time order or a
 * seeded shuffle), a scenario injected, the events sent through the endpoint in small batches
 * (validated, routed, logged as any request), and after every window: drift of each feature and
 * of the predictions against the deployed model's training data, performance on the events whose
 * labels have arrived, latency, the invalid-request rate, and alerts with hysteresis.
 */
import type {
  MonitorReplayOptions,
  MonitorSession,
  MonitorWindow,
} from '../../src/api/monitor-types';
import type { RequestRow } from '../../src/lifecycle/deploy/types';
import { createAlertState, updateAlerts } from '../../src/lifecycle/monitor/alert-policy';
import { computeColumnDrift, computeDatasetDrift } from '../../src/lifecycle/monitor/column-drift';
import { defaultAlertRules } from '../../src/lifecycle/monitor/retrain-defaults';
import { computeWindowLabels, computeWindowPlan } from '../../src/lifecycle/monitor/window-plan';
import { toLabError } from '../../src/shared/lab-error';
import { createMonitorRepo, type AlertRow, type LabStore } from '../../src/storage';
import { createRowDecoder } from '../data/read-version';
import { loadReplayStream } from './replay-stream';
import { predictEndpoint } from '../serve/serve-endpoint';
import {
  throwIfRunCancelled,
  useRunControl,
  waitWhilePaused,
  releaseRunControl,
} from '../train/run-controls';
import { driftInput, loadReference, refreshReference, sampleColumn } from './replay-reference';

export { defaultAlertRules };

/** Events sent per request. */
const batchSize = 10;

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Replays a source version through an endpoint; resolves with the finished session. */
export async function runReplay(
  store: LabStore,
  request: { sessionId: string; options: Omit<MonitorReplayOptions, 'onWindow'> },
  context: {
    send: (window: MonitorWindow) => void | Promise<void>;
    now: () => number;
    clock: () => number;
  },
): Promise<MonitorSession> {
  const { options, sessionId } = request;
  const seed = options.seed ?? 1;
  const windowSize = options.windowSize ?? 100;
  const delay = options.labelDelay ?? 0;
  const repo = createMonitorRepo(store);
  let reference = await loadReference(store, options.endpoint, seed);
  const stream = await loadReplayStream(store, options);
  const { version } = stream;
  const eventCount = stream.table.rowCount;
  const windows = computeWindowPlan(eventCount, windowSize, 'drop');
  let session: MonitorSession = {
    id: sessionId,
    projectId: reference.projectId,
    endpoint: options.endpoint,
    source: options.source,
    options,
    status: 'running',
    onset: stream.onset,
    events: 0,
    windows: 0,
    createdAt: context.clock(),
    finishedAt: null,
  };
  await repo.putSession(session);
  const control = useRunControl(sessionId);
  const predictions: (string | number | null)[] = new Array(eventCount).fill(null);
  /** The model version that answered each event (null: refused or not yet served). */
  const answeredBy: (string | null)[] = new Array(eventCount).fill(null);
  const truth = sampleColumn(
    version.schema,
    stream.table,
    reference.target,
    Int32Array.from({ length: eventCount }, (_, i) => i),
  );
  let alerts = createAlertState(options.alertRules ?? defaultAlertRules);
  const readEvent = createRowDecoder(version.schema, stream.table, reference.features);
  try {
    for (const window of windows) {
      const latencies: number[] = [];
      let invalid = 0;
      for (let start = window.start; start < window.end; start += batchSize) {
        await waitWhilePaused(
          control,
          async () => void (await repo.putSession((session = { ...session, status: 'paused' }))),
          async () => void (await repo.putSession((session = { ...session, status: 'running' }))),
        );
        throwIfRunCancelled(control);
        const end = Math.min(window.end, start + batchSize);
        const rows: RequestRow[] = [];
        for (let i = start; i < end; i++) rows.push(readEvent(i));
        const began = context.now();
        try {
          const response = await predictEndpoint(
            store,
            { endpoint: options.endpoint, rows, sessionId },
            context.now,
          );
          response.predictions.forEach((p, i) => {
            predictions[start + i] = p;
            if (p !== null) answeredBy[start + i] = response.answers[i]?.modelVersionId ?? null;
          });
          invalid += new Set(response.errors.map((e) => e.row)).size;
          latencies.push(response.latencyMs / rows.length);
        } catch (error) {
          if (toLabError(error).code !== 'INVALID_ARGUMENT') throw error;
          invalid += rows.length;
        }
        if (options.speed && options.speed > 0) {
          const wait = (rows.length / options.speed) * 1000 - (context.now() - began);
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
      const positions = Int32Array.from(
        { length: window.end - window.start },
        (_, i) => window.start + i,
      );
      const columns = reference.features.map((name) =>
        computeColumnDrift(
          driftInput(
            name,
            reference.columns.get(name)!,
            sampleColumn(version.schema, stream.table, name, positions),
          ),
        ),
      );
      const dataset = computeDatasetDrift(columns);
      const current = predictions.slice(window.start, window.end);
      const predictionDrift = current.some((p) => p !== null)
        ? computeColumnDrift(
            driftInput(
              'prediction',
              reference.predictions,
              reference.predictions.kind === 'numeric'
                ? {
                    kind: 'numeric',
                    values: Float64Array.from(current, (p) =>
                      typeof p === 'number' ? p : Number.NaN,
                    ),
                  }
                : {
                    kind: 'categorical',
                    values: current.map((p) => (p === null ? null : String(p))),
                  },
            ),
          )
        : null;
      const labelled = computeWindowLabels(window, delay);
      let hits = 0;
      let count = 0;
      const byModel = new Map<string, { hits: number; count: number }>();
      for (let i = labelled.from; i < labelled.to; i++) {
        const p = predictions[i];
        const t = truth.kind === 'numeric' ? truth.values[i] : truth.values[i];
        if (
          p === null ||
          p === undefined ||
          t === null ||
          t === undefined ||
          (typeof t === 'number' && Number.isNaN(t))
        )
          continue;
        const score =
          reference.task === 'classification'
            ? String(p) === String(t)
              ? 1
              : 0
            : Math.abs(Number(p) - Number(t));
        count += 1;
        hits += score;
        const model = answeredBy[i];
        if (model) {
          const entry = byModel.get(model) ?? { hits: 0, count: 0 };
          entry.hits += score;
          entry.count += 1;
          byModel.set(model, entry);
        }
      }
      const metric = reference.task === 'classification' ? 'accuracy' : 'mae';
      const performance = {
        metric,
        value: count > 0 ? hits / count : null,
        labelled: count,
        byModel: [...byModel].map(([modelVersionId, entry]) => ({
          modelVersionId,
          value: entry.hits / entry.count,
          labelled: entry.count,
        })),
      };
      const sorted = latencies.sort((a, b) => a - b);
      const invalidRate = invalid / (window.end - window.start);
      const update = updateAlerts(alerts, window.index, {
        dataset_drift_share: dataset.driftedShare,
        [metric]: performance.value,
        invalid_rate: invalidRate,
        prediction_drift: predictionDrift?.drifted ? 1 : 0,
      });
      alerts = update.state;
      const stats: MonitorWindow = {
        sessionId,
        index: window.index,
        start: window.start,
        end: window.end,
        drift: { columns, ...dataset },
        predictionDrift,
        performance,
        latency: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) },
        invalidRate,
        alerts: update.events,
      };
      const rows: AlertRow[] = update.events
        .filter((event) => event.kind === 'raised')
        .map((event) => ({
          id: `${sessionId}:${window.index}:${event.metric}`,
          projectId: session.projectId,
          sessionId,
          windowId: `${sessionId}:${window.index}`,
          kind: event.metric === metric ? 'performance' : 'drift',
          severity: 'warning',
          message: `${event.metric} reached ${event.value} at window ${window.index}`,
          params: { metric: event.metric, value: event.value ?? 0, window: window.index },
          createdAt: context.clock(),
        }));
      session = { ...session, events: window.end, windows: window.index + 1 };
      await repo.recordWindow(session, stats, rows);
      await context.send(stats);
      reference = await refreshReference(store, reference, options.endpoint, seed);
    }
    session = { ...session, status: 'done', finishedAt: context.clock() };
  } catch (error) {
    const code = toLabError(error).code;
    session = {
      ...session,
      status: code === 'CANCELLED' ? 'cancelled' : 'failed',
      finishedAt: context.clock(),
    };
    await repo.putSession(session).catch(() => undefined);
    throw error;
  } finally {
    releaseRunControl(sessionId);
  }
  await repo.putSession(session);
  return session;
}
