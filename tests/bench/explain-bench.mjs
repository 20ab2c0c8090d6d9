/**
 * Explanations: the time of the lab's explainers (`lab.explain.local` with KernelSHAP and
 * exact Shapley, `lab.explain.global` with permutation importance and partial dependence) on an
 * MLP trained in the page, against the time the same serve worker takes to predict as many rows
 * (`lab.explain.benchPredict`: repeated version rows, in batches of at most `maxBatchRows`).
 * The ratio is the explainer's cost beyond the predictions it needs. Reported, never asserted.
 */
import { prepareRun, waitForLab } from './explain-bench-data.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);

/** Data, model and explainer settings. */
export const shape = {
  rows: env('BENCH_EXPLAIN_ROWS', 5_000),
  features: 10,
  classes: 3,
  hidden: [32, 32],
  epochs: 5,
  repeats: 5,
  /** Version rows explained locally; the first call of each method is a warm-up, not counted. */
  explained: Array.from({ length: 11 }, (_, i) => 11 * (i + 1)),
  /** Global explanations timed (median), and calls per prediction baseline (median). */
  globalRuns: 3,
  baselineCalls: 5,
  seed: 7,
};

const median = (values) => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Each row explained by each method, each explanation followed by a prediction baseline of as
 * many rows (interleaved, so a shift in the shared machine's load shows in both).
 */
function explainLocal(page, runId, rows, methods, features) {
  return page.evaluate(
    async ({ runId, rows, methods, features }) => {
      const out = Object.fromEntries(methods.map((m) => [m, []]));
      for (const row of rows) {
        for (const method of methods) {
          const t0 = performance.now();
          const e = await window.lab.explain.local(runId, row, { method });
          const ms = performance.now() - t0;
          // KernelSHAP: v(∅) and v(all), then its coalitions; exact: all 2^M; both: the row.
          const coalitions = method === 'kernel-shap' ? e.samples + 2 : 2 ** features;
          const predicted = coalitions * e.background + 1;
          const base = await window.lab.explain.benchPredict(runId, predicted);
          out[method].push({
            row,
            ms,
            samples: e.samples,
            background: e.background,
            gap: e.additivityGap,
            predicted,
            baselineMs: base.ms,
            loadMs: base.loadMs,
          });
        }
      }
      return out;
    },
    { runId, rows, methods, features },
  );
}

/** Median of `times` calls of `lab.explain.benchPredict(runId, rows)`. */
async function predictBaseline(page, runId, rows, times = shape.baselineCalls) {
  const calls = await page.evaluate(
    async ({ runId, rows, times }) => {
      const out = [];
      for (let i = 0; i < times; i++) out.push(await window.lab.explain.benchPredict(runId, rows));
      return out;
    },
    { runId, rows, times },
  );
  return {
    rows,
    ms: median(calls.map((c) => c.ms)),
    loadMs: median(calls.map((c) => c.loadMs)),
    calls: calls.map((c) => c.ms),
  };
}

/** A local method's medians (the first row, a warm-up, dropped) and their ratio. */
function summarizeLocal(method, [, ...timed]) {
  const ms = median(timed.map((t) => t.ms));
  const baseline = {
    ms: median(timed.map((t) => t.baselineMs)),
    loadMs: median(timed.map((t) => t.loadMs)),
  };
  return {
    method,
    explanations: timed,
    samples: timed[0].samples,
    background: timed[0].background,
    predictedRows: timed[0].predicted,
    ms,
    baseline,
    ratio: ms / baseline.ms,
    ratioWithoutLoad: (ms - baseline.loadMs) / baseline.ms,
  };
}

/** The global explanation, and two baselines: its rows in one go, and in its own call sizes. */
async function measureGlobal(page, runId, split) {
  console.log('bench: explanations, global…');
  const explained = await page.evaluate(
    async ({ runId, repeats, runs }) => {
      const times = [];
      let e;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        e = await window.lab.explain.global(runId, { repeats });
        times.push(performance.now() - t0);
      }
      return {
        times,
        features: e.importance.features.length,
        grids: e.dependence.map((d) => d.grid.length),
        baseline: e.importance.baseline,
      };
    },
    { runId, repeats: shape.repeats, runs: shape.globalRuns },
  );
  explained.ms = median(explained.times);
  const n = Math.min(split.test, 2_000);
  const importanceCalls = 1 + explained.features * shape.repeats;
  const dependenceCalls = explained.grids.reduce((a, b) => a + b, 0);
  const calls = importanceCalls + dependenceCalls;
  const oneGo = await predictBaseline(page, runId, calls * n);
  const perCall = await predictBaseline(page, runId, n, 9);
  const perCallMs = perCall.ms * calls;
  return {
    ms: explained.ms,
    times: explained.times,
    testRows: n,
    features: explained.features,
    repeats: shape.repeats,
    grids: explained.grids,
    calls: { importance: importanceCalls, dependence: dependenceCalls },
    predictedRows: calls * n,
    accuracy: explained.baseline,
    baseline: oneGo,
    perCall: { ...perCall, totalMs: perCallMs },
    ratio: explained.ms / oneGo.ms,
    ratioWithoutLoad: (explained.ms - oneGo.loadMs) / oneGo.ms,
    ratioToCalls: (explained.ms - oneGo.loadMs) / perCallMs,
  };
}

/** @param {import('playwright-core').Browser} browser */
export async function measureExplanations(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const started = Date.now();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForLab(page);
    console.log('bench: explanations, training the MLP…');
    const run = await prepareRun(page, shape);
    console.log('bench: explanations, local (kernel-shap, exact-shapley)…');
    const methods = ['kernel-shap', 'exact-shapley'];
    const times = await explainLocal(page, run.runId, shape.explained, methods, shape.features);
    const [kernel, exact] = methods.map((m) => summarizeLocal(m, times[m]));
    const global = await measureGlobal(page, run.runId, run.split);
    return { shape, run, local: [kernel, exact], global, seconds: (Date.now() - started) / 1000 };
  } finally {
    await context.close();
  }
}
