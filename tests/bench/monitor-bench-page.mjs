/**
 * What the monitor bench runs in the page through `window.lab`: replays, requests to an
 * endpoint, and the serve worker's plain predictions (tests/bench/monitor-bench.mjs).
 */
import { shape } from './monitor-bench-data.mjs';

/** A full-speed replay of `events` events (0: all), its wall time and the main thread's long tasks. */
export function replay(page, versionId, events) {
  return page.evaluate(
    async ({ o, versionId, events }) => {
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, ms: e.duration });
      });
      observer.observe({ type: 'longtask', buffered: true });
      const started = performance.now();
      const handle = await window.lab.monitor.replay({
        endpoint: o.endpoint,
        source: versionId,
        order: 'shuffle',
        seed: o.seed,
        windowSize: o.windowSize,
        speed: 0,
        ...(events ? { events } : {}),
      });
      const session = await handle.done;
      const ended = performance.now();
      // Long-task entries arrive after the task ends: give the last one time to be delivered.
      await new Promise((resolve) => setTimeout(resolve, 200));
      observer.disconnect();
      const during = tasks.filter((t) => t.start + t.ms >= started && t.start <= ended);
      return {
        events: session.events,
        windows: session.windows,
        status: session.status,
        wallMs: ended - started,
        longTasks: {
          count: during.length,
          longestMs: during.reduce((max, t) => Math.max(max, t.ms), 0),
          totalMs: during.reduce((sum, t) => sum + t.ms, 0),
        },
      };
    },
    { o: shape, versionId, events },
  );
}

/** The events of a replay sent through `endpoint` alone, `batch` rows per request. */
export function endpointOnly(page, endpoint, events, batch) {
  return page.evaluate(
    async ({ endpoint, events, batch }) => {
      const rows = window.__monitorBenchRows;
      const n = Math.min(events, rows.length);
      const started = performance.now();
      for (let start = 0; start < n; start += batch) {
        await window.lab.serve.predict(endpoint, rows.slice(start, Math.min(n, start + batch)));
      }
      return { endpoint, events: n, wallMs: performance.now() - started };
    },
    { endpoint, events, batch },
  );
}

/** Wall and in-worker times of `calls` requests of `rows` rows (after `warmup` untimed ones). */
export function serveLatency(page, endpoint, { rows, calls, warmup }) {
  return page.evaluate(
    async ({ endpoint, size, calls, warmup }) => {
      const all = window.__monitorBenchRows;
      const wall = [];
      const worker = [];
      for (let i = 0; i < warmup + calls; i++) {
        const offset = (i * size) % Math.max(1, all.length - size);
        const request = all.slice(offset, offset + size);
        const t0 = performance.now();
        const response = await window.lab.serve.predict(endpoint, request);
        const ms = performance.now() - t0;
        if (i >= warmup) {
          wall.push(ms);
          worker.push(response.latencyMs);
        }
      }
      return { wall, worker };
    },
    { endpoint, size: rows, calls, warmup },
  );
}

/** The serve worker predicting `rows` version rows per call, without the endpoint. */
export function plainLatency(page, runId, { rows, calls, warmup }) {
  return page.evaluate(
    async ({ runId, rows, calls, warmup }) => {
      const ms = [];
      const loadMs = [];
      for (let i = 0; i < warmup + calls; i++) {
        const r = await window.lab.explain.benchPredict(runId, rows);
        if (i >= warmup) {
          ms.push(r.ms);
          loadMs.push(r.loadMs);
        }
      }
      return { ms, loadMs };
    },
    { runId, rows, calls, warmup: Math.min(warmup, 3) },
  );
}
