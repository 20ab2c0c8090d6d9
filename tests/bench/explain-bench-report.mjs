/** The Markdown section of the explanations bench (tests/bench/explain-bench.mjs). */

const ms = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} ms`);
const ratio = (value) => (value === null || !Number.isFinite(value) ? '—' : value.toFixed(2));

/** Lines of the section; none when the section did not run. */
export function explanationsSection(result) {
  if (!result) return [];
  const title = '## Explanations';
  if (result.error) return [title, '', `Not measured: ${result.error}`, ''];
  const { shape, run, global: g } = result;
  const split = run.split
    ? `${run.split.train} / ${run.split.validation} / ${run.split.test}`
    : '?';
  const lines = [
    title,
    '',
    `A seeded CSV generated in the page (${shape.rows} rows × ${shape.features} numeric ` +
      `features, ${shape.classes} classes), imported with \`lab.data.importFile\`; an MLP ` +
      `${shape.features} → ${shape.hidden.join(' → ')} → ${shape.classes} trained on wasm-1 for ` +
      `${shape.epochs} epochs (train / validation / test rows ${split}, final validation ` +
      `accuracy ${ratio(run.accuracy)}, ${ms(run.trainMs)}).`,
    '',
    'Explainer: wall time of the facade call in the page (it loads the run in the serve worker, ' +
      'builds the masked or edited tables, predicts, and reduces). Baseline: ' +
      '`lab.explain.benchPredict(runId, rows)`, the same serve worker predicting that many ' +
      'repeated version rows (preprocessing and the model) in batches of at most 50,000 rows ' +
      `(\`maxBatchRows\`), timed without loading the run (for the local rows: one call after each explanation; for the global one: median of ${shape.baselineCalls}). "Without load" subtracts ` +
      "the run's load time (measured by the same diagnostic) from the explainer's time.",
    '',
    '| explanation | predicted rows | explainer | predictions | explainer / predictions | without load | run load |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const l of result.local) {
    const what =
      l.method === 'kernel-shap'
        ? `KernelSHAP, one row (${l.samples} coalitions × ${l.background} background, median of ${l.explanations.length})`
        : `exact Shapley, one row (2^${shape.features} coalitions × ${l.background} background, median of ${l.explanations.length})`;
    lines.push(
      `| ${what} | ${l.predictedRows} | ${ms(l.ms)} | ${ms(l.baseline.ms)} | ` +
        `**${ratio(l.ratio)}** | ${ratio(l.ratioWithoutLoad)} | ${ms(l.baseline.loadMs)} |`,
    );
  }
  lines.push(
    `| global, test split (${g.testRows} rows: permutation importance ${g.features} × ` +
      `${g.repeats} + baseline, partial dependence on grids of ${g.grids.join('/')}) | ` +
      `${g.predictedRows} | ${ms(g.ms)} (median of ${g.times.length}) | ${ms(g.baseline.ms)} | **${ratio(g.ratio)}** | ` +
      `${ratio(g.ratioWithoutLoad)} | ${ms(g.baseline.loadMs)} |`,
    '',
    "With 10 features KernelSHAP's budget (2·M + 2048 coalitions) exceeds the 2^M − 2 " +
      'proper coalitions, so it evaluates every one of them: the same predictions as exact ' +
      'Shapley, plus the weighted least squares.',
    '',
    `The global explanation predicts in calls of ${g.testRows} rows (${g.calls.importance} ` +
      `scores, ${g.calls.dependence} grid points). The same worker predicting ${g.testRows} ` +
      `rows per call takes ${g.perCall.ms.toFixed(1)} ms (median of 9), so ` +
      `${g.calls.importance + g.calls.dependence} such calls take ${ms(g.perCall.totalMs)}: ` +
      `explainer without load / calls of its own size = **${ratio(g.ratioToCalls)}**. ` +
      `Per-row local times: ${result.local
        .map((l) => `${l.method} ${l.explanations.map((e) => e.ms.toFixed(0)).join(', ')} ms`)
        .join('; ')} (additivity gaps ≤ ` +
      `${Math.max(...result.local.flatMap((l) => l.explanations.map((e) => e.gap))).toExponential(1)}).`,
    '',
    `The section took ${result.seconds.toFixed(0)} s. Ratios compare rows of this run only; ` +
      'reported, never asserted.',
    '',
  );
  return lines;
}
