/**
 * Deploy and monitor: events per second of a full-speed replay (`lab.monitor.replay`, windows of
 * 100 with drift of 20 features) against the same events sent through the endpoint alone
 * (`lab.serve.predict`, batches of 10); serving latency p50/p99 of `lab.serve.predict` for one
 * row and for 256 rows against the serve worker predicting as many version rows without the
 * endpoint (`lab.explain.benchPredict`: preprocessing and the model only); the main thread's
 * tasks over 50 ms during the replay (target: none). Reported, never asserted.
 */
import { cpus, totalmem } from 'node:os';
import { waitForLab } from './explain-bench-data.mjs';
import { makeMonitorCsv, prepareEndpoint, shape } from './monitor-bench-data.mjs';
import { endpointOnly, plainLatency, replay, serveLatency } from './monitor-bench-page.mjs';

/** Nearest-rank percentile (q in 0..1) of numbers; null when there are none. */
export function computePercentile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const summary = (values) => ({
  p50: computePercentile(values, 0.5),
  p99: computePercentile(values, 0.99),
  n: values.length,
});

/** One latency row: the endpoint's wall and worker times against the plain prediction. */
async function latencyRow(page, runId, endpoint, setting, log) {
  console.log(`bench: monitor, serving latency for ${setting.rows} row(s), ${log} log…`);
  const measured = await serveLatency(page, endpoint, setting);
  const plain = await plainLatency(page, runId, setting);
  const wall = summary(measured.wall);
  const worker = summary(measured.worker);
  const base = summary(plain.ms);
  return {
    rows: setting.rows,
    calls: setting.calls,
    log,
    wall,
    worker,
    plain: { ...base, loadMsP50: computePercentile(plain.loadMs, 0.5) },
    ratio: {
      wallP50: wall.p50 / base.p50,
      wallP99: wall.p99 / base.p99,
      workerP50: worker.p50 / base.p50,
      workerP99: worker.p99 / base.p99,
    },
  };
}

/**
 * Latency at an endpoint whose log is full (every request trims it, as on a busy endpoint),
 * for one row and a batch, and for one row at an endpoint whose log is nearly empty.
 */
async function measureLatency(page, prepared) {
  const { one, batch } = shape.latency;
  // The main endpoint holds the first baseline's events: fill its log to the limit.
  for (let logged = prepared.rows; logged < shape.logLimit; logged += prepared.rows) {
    const events = Math.min(prepared.rows, shape.logLimit - logged);
    await endpointOnly(page, shape.endpoint, events, 256);
  }
  return [
    await latencyRow(page, prepared.runId, shape.endpoint, one, 'full'),
    await latencyRow(page, prepared.runId, shape.endpoint, batch, 'full'),
    await latencyRow(page, prepared.runId, shape.spare.fresh, one, 'nearly empty'),
  ];
}

/** Replay throughput against the endpoint alone, before and after (each on an empty log). */
async function measureThroughput(page, prepared) {
  const { endpoint, spare, baselineBatch: batch } = shape;
  console.log('bench: monitor, warm-up replay and endpoint…');
  await replay(page, prepared.versionId, 2 * shape.windowSize);
  await endpointOnly(page, spare.warm, 200, batch);
  console.log(`bench: monitor, endpoint alone (${prepared.rows} events)…`);
  const before = await endpointOnly(page, endpoint, prepared.rows, batch);
  console.log('bench: monitor, full-speed replay…');
  const full = await replay(page, prepared.versionId, 0);
  console.log('bench: monitor, endpoint alone again…');
  const after = await endpointOnly(page, spare.after, prepared.rows, batch);
  const rate = (r) => (r.events / r.wallMs) * 1000;
  const endpointRate = (rate(before) + rate(after)) / 2;
  return {
    replay: {
      ...full,
      eventsPerSecond: rate(full),
      windowsPerSecond: (full.windows / full.wallMs) * 1000,
    },
    endpoint: { before, after, eventsPerSecond: endpointRate, batch },
    ratio: rate(full) / endpointRate,
  };
}

/** @param {import('playwright-core').Browser} browser */
export async function measureMonitor(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const started = Date.now();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForLab(page);
    console.log('bench: monitor, importing, training and serving the MLP…');
    const prepared = await prepareEndpoint(page, makeMonitorCsv());
    const throughput = await measureThroughput(page, prepared);
    const latency = await measureLatency(page, prepared);
    const cpu = cpus();
    return {
      shape,
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cpus: cpu.length,
        memoryGiB: totalmem() / 2 ** 30,
        userAgent: await page.evaluate(() => navigator.userAgent),
      },
      prepared,
      throughput,
      latency,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}
