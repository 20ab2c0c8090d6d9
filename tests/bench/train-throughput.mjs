/**
 * Training throughput: per backend row, samples per second of the lab's run loop
 * (`lab.train.start`, MLP 16 → 64 → 64 → 3, adam, batch 64, no early stopping, dropout or L2)
 * on a generated classification CSV, against a plain TensorFlow.js loop of the same model in
 * the same train worker (`lab.backend.benchPlainTraining`). Medians over epochs after the
 * first. Also the main thread's long tasks during the lab's training, and scikit-learn's
 * MLPClassifier on the same rows where Debian's python3-sklearn is installed (reference only).
 */
import { makeTrainingCsv, runSklearnReference, shape } from './train-throughput-data.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
/** CPU-side rows (wasm, cpu) and the smaller set for the software GPU rows (webgl, webgpu). */
const sizes = {
  cpu: { rows: env('BENCH_TRAIN_ROWS', 20_000), epochs: env('BENCH_TRAIN_EPOCHS', 10) },
  gpu: { rows: env('BENCH_TRAIN_GPU_ROWS', 4_000), epochs: env('BENCH_TRAIN_GPU_EPOCHS', 6) },
};
const gpuRows = new Set(['webgpu', 'webgl']);
/** How long one lab run may take before the row is reported as failed. */
const timeoutMs = env('BENCH_TRAIN_TIMEOUT_MS', 240_000);

const median = (values) => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function waitForLab(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate('typeof window.lab === "object" && window.lab !== null'))) {
    if (Date.now() > deadline) throw new Error(`window.lab did not appear in ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** Imports both CSVs into one project; returns their version ids and the lab's learning rate. */
function importData(page, big, small) {
  return page.evaluate(
    async ({ big, small }) => {
      const lab = window.lab;
      const project = await lab.projects.create({
        name: 'bench training',
        task: 'classification',
        target: 'label',
      });
      const load = (text, name) =>
        lab.data.importFile(project.id, new Blob([text], { type: 'text/csv' }), { name });
      const cpu = await load(big, 'bench-train.csv');
      const gpu = await load(small, 'bench-train-small.csv');
      const defaults = await lab.train.defaults(project.id, cpu.versionId);
      return {
        projectId: project.id,
        versions: { cpu: cpu.versionId, gpu: gpu.versionId },
        learningRate: defaults.hyper.learningRate,
      };
    },
    { big, small },
  );
}

/** (a) The lab's run on `backend`, with the long tasks of the main thread while it trained. */
function trainLab(page, options) {
  return page.evaluate(async (o) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    let trainRows = null;
    const started = performance.now();
    try {
      const handle = await window.lab.train.start({
        projectId: o.projectId,
        versionId: o.versionId,
        backend: o.backend,
        seed: o.seed,
        name: `bench ${o.backend}`,
        model: { family: 'mlp', hidden: o.hidden, activation: 'relu', dropout: 0, l2: 0 },
        hyper: {
          optimizer: 'adam',
          learningRate: o.learningRate,
          epochs: o.epochs,
          batchSize: o.batchSize,
          earlyStopping: null,
          classWeights: 'none',
        },
        onProgress: (p) => {
          if (p.kind === 'prepared') trainRows = p.rows.train;
        },
      });
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
          handle.cancel().catch(() => undefined);
          reject(new Error(`no result in ${o.timeoutMs} ms`));
        }, o.timeoutMs);
      });
      const run = await Promise.race([handle.done, timeout]).finally(() => clearTimeout(timer));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        trainRows,
        wallMs: performance.now() - started,
        epochs: run.epochs.map((e) => ({ ms: e.ms, samplesPerSecond: e.samplesPerSecond })),
        accuracy: run.epochs.at(-1)?.metrics.accuracy ?? null,
        longTasks: tasks,
      };
    } catch (e) {
      return { error: `${e && e.code ? `${e.code}: ` : ''}${String((e && e.message) || e)}` };
    } finally {
      observer.disconnect();
    }
  }, options);
}

/** One backend row: the lab's run, then the plain loop on as many rows; or why it was skipped. */
async function measureRow(page, data, probe) {
  const kind = gpuRows.has(probe.backend) ? 'gpu' : 'cpu';
  const { epochs, rows: dataRows } = sizes[kind];
  const row = { id: probe.id, data: kind, epochs, dataRows };
  if (!probe.available) return { ...row, skipped: `unavailable: ${probe.reason ?? 'no reason'}` };
  console.log(`bench: training throughput on ${probe.id}…`);
  const { hidden, batchSize, seed, features, classes } = shape;
  const common = {
    backend: probe.id,
    epochs,
    learningRate: data.learningRate,
    hidden,
    batchSize,
    seed,
  };
  const versionId = data.versions[kind];
  // Plain loop before and after the lab's run (A-B-A), so a shift in machine load between
  // them shows in both. Its rows: the lab's training split of the same data (70 %).
  const trainRows = Math.round(dataRows * 0.7);
  const request = { ...common, rows: trainRows, features, classes };
  const plainRun = () => page.evaluate((r) => window.lab.backend.benchPlainTraining(r), request);
  let plain;
  let lab;
  try {
    const before = await plainRun();
    lab = await trainLab(page, { ...common, projectId: data.projectId, versionId, timeoutMs });
    if (lab.error) return { ...row, skipped: `lab run failed: ${lab.error}` };
    const after = await plainRun();
    plain = { before: before.samplesPerSecond, after: after.samplesPerSecond };
  } catch (error) {
    return { ...row, skipped: `plain loop failed: ${String(error).split('\n')[0]}` };
  }
  const afterFirst = lab.epochs.slice(1);
  const labRate = median(afterFirst.map((e) => e.samplesPerSecond));
  const plainRate = median([...plain.before.slice(1), ...plain.after.slice(1)]);
  return {
    ...row,
    trainRows: lab.trainRows,
    lab: {
      samplesPerSecond: labRate,
      withValidationSamplesPerSecond: median(afterFirst.map((e) => (lab.trainRows / e.ms) * 1000)),
      perEpoch: lab.epochs,
      wallMs: lab.wallMs,
    },
    labAccuracy: lab.accuracy,
    plain: { samplesPerSecond: plainRate, rows: trainRows, perEpoch: plain },
    ratio: labRate && plainRate ? labRate / plainRate : null,
    longTasks: {
      count: lab.longTasks.length,
      longestMs: lab.longTasks.reduce((max, d) => Math.max(max, d), 0),
    },
  };
}

/** @param {import('playwright-core').Browser} browser */
export async function measureTrainThroughput(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const started = Date.now();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForLab(page);
    const big = makeTrainingCsv(sizes.cpu.rows);
    const small = makeTrainingCsv(sizes.gpu.rows);
    const data = await importData(page, big, small);
    const choice = await page.evaluate(() => window.lab.backend.current());
    const rows = [];
    let sklearnRows = null;
    for (const probe of choice.table) {
      const row = await measureRow(page, data, probe);
      rows.push(row);
      if (row.data === 'cpu' && row.trainRows) sklearnRows ??= row.trainRows;
    }
    const sklearn = sklearnRows
      ? runSklearnReference(big, sklearnRows, sizes.cpu.epochs, data.learningRate)
      : { skipped: 'no CPU-side backend trained, so no training row count to match' };
    return {
      shape,
      sizes,
      learningRate: data.learningRate,
      target: 0.9,
      rows,
      sklearn,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}
