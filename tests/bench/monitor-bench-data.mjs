/**
 * Inputs of the monitor bench: a seeded CSV of 20 feature columns (17 numbers, 3 categories)
 * and a class target, imported with `lab.data.importFile`; a small MLP trained on it (wasm-1),
 * registered, packaged and served at four endpoints (errorPolicy 'skip-row'), one per log state.
 */

const env = (name, fallback) => Number(process.env[name] ?? fallback);

/** Data, model, replay and latency settings. */
export const shape = {
  rows: env('BENCH_MONITOR_ROWS', 6_000),
  numbers: 17,
  categories: [
    ['north', 'south', 'east', 'west'],
    ['basic', 'plus', 'pro'],
    ['web', 'app', 'store', 'phone', 'mail'],
  ],
  classes: ['low', 'mid', 'high'],
  hidden: [32],
  epochs: 3,
  seed: 11,
  endpoint: 'bench-monitor',
  /** More endpoints of the same version, each with its own prediction log. */
  spare: { warm: 'bench-monitor-warm', after: 'bench-monitor-after', fresh: 'bench-monitor-fresh' },
  /** Rows a request log keeps per endpoint (src/storage: predictionLogLimit). */
  logLimit: 10_000,
  windowSize: 100,
  /** Events sent per `lab.serve.predict` call in the endpoint-only baseline (as the replay does). */
  baselineBatch: 10,
  /** Timed calls (after warm-up calls) for one row and for a batch. */
  latency: {
    one: { rows: 1, calls: env('BENCH_MONITOR_ONE_CALLS', 200), warmup: 20 },
    batch: { rows: 256, calls: env('BENCH_MONITOR_BATCH_CALLS', 30), warmup: 5 },
  },
};

/** The seeded CSV: numbers on different scales, categories, and a noisy linear class target. */
export function makeMonitorCsv(rows = shape.rows) {
  let seed = 2718;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const k = shape.classes.length;
  const weights = Array.from({ length: k * shape.numbers }, () => next() * 2 - 1);
  const effects = shape.categories.map((levels) =>
    levels.map(() => Array.from({ length: k }, () => next() - 0.5)),
  );
  const names = [
    ...Array.from({ length: shape.numbers }, (_, i) => `x${i}`),
    ...shape.categories.map((_, i) => `c${i}`),
    'label',
  ];
  const lines = [names.join(',')];
  for (let r = 0; r < rows; r++) {
    const x = Array.from({ length: shape.numbers }, () => next() * 2 - 1);
    const c = shape.categories.map((levels) => Math.floor(next() * levels.length));
    let best = 0;
    let bestScore = -Infinity;
    for (let j = 0; j < k; j++) {
      let score = (next() - 0.5) * 1.5;
      for (let i = 0; i < shape.numbers; i++) score += weights[j * shape.numbers + i] * x[i];
      c.forEach((level, i) => (score += effects[i][level][j]));
      if (score > bestScore) [best, bestScore] = [j, score];
    }
    // Scales 1, 2, … 17 and offsets, so the fitted standardisation has work to do.
    const numbers = x.map((v, i) => (v * (i + 1) + i).toFixed(4));
    const levels = c.map((level, i) => shape.categories[i][level]);
    lines.push([...numbers, ...levels, shape.classes[best]].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Imports the CSV, trains, registers and serves the MLP; keeps the version's feature rows in the
 * page as `window.__monitorBenchRows` (request rows for the baselines). Returns ids and timings.
 */
export function prepareEndpoint(page, csv) {
  return page.evaluate(
    async ({ csv, o }) => {
      const lab = window.lab;
      const project = await lab.projects.create({
        name: 'bench monitor',
        task: 'classification',
        target: 'label',
      });
      const blob = new Blob([csv], { type: 'text/csv' });
      const { versionId } = await lab.data.importFile(project.id, blob, {
        name: 'bench-monitor.csv',
      });
      let split = null;
      const started = performance.now();
      const handle = await lab.train.start({
        projectId: project.id,
        versionId,
        backend: 'wasm-1',
        seed: o.seed,
        name: 'bench monitor',
        model: { family: 'mlp', hidden: o.hidden },
        hyper: { epochs: o.epochs },
        onProgress: (p) => {
          if (p.kind === 'prepared') split = p.rows;
        },
      });
      const run = await handle.done;
      const trainMs = performance.now() - started;
      const version = await lab.deploy.register(run.id, o.endpoint);
      for (const endpoint of [o.endpoint, ...Object.values(o.spare)])
        await lab.deploy.serve(endpoint, { champion: version.id, errorPolicy: 'skip-row' });
      const rows = [];
      for (let offset = 0; ; offset += 10_000) {
        const page = await lab.data.rows(versionId, { offset, limit: 10_000 });
        for (const values of page.rows) {
          const row = {};
          page.columns.forEach((name, i) => name !== 'label' && (row[name] = values[i]));
          rows.push(row);
        }
        if (offset + page.rows.length >= page.total || page.rows.length === 0) break;
      }
      window.__monitorBenchRows = rows;
      return {
        projectId: project.id,
        versionId,
        runId: run.id,
        backend: run.environment?.backend ?? null,
        split,
        trainMs,
        accuracy:
          run.epochs.at(-1)?.metrics.val_accuracy ?? run.epochs.at(-1)?.metrics.accuracy ?? null,
        features: Object.keys(rows[0] ?? {}).length,
        rows: rows.length,
      };
    },
    { csv, o: shape },
  );
}
