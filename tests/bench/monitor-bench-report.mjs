/** The Markdown section of the deploy and monitor bench (tests/bench/monitor-bench.mjs). */

const num = (value, digits = 0) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
const ms = (value) => (value === null || value === undefined ? '—' : `${num(value, 2)} ms`);

function machineLine(m, backend) {
  return (
    `Machine: ${m.cpu}, ${m.cpus} CPUs, ${num(m.memoryGiB, 1)} GiB memory; the run trained on ` +
    `${backend ?? '?'}, serving runs on the serve worker's backend (wasm-1, else cpu).`
  );
}

function throughputLines(t, shape) {
  const r = t.replay;
  const tasks = r.longTasks.count
    ? `**${r.longTasks.count}** (longest ${num(r.longTasks.longestMs)} ms, ` +
      `${num(r.longTasks.totalMs)} ms in all)`
    : '**0**';
  return [
    '| stream | events | wall time | events/s | windows/s | replay / endpoint alone |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| \`lab.monitor.replay\` (shuffle, windows of ${shape.windowSize}, speed 0) | ${r.events} | ` +
      `${num(r.wallMs)} ms | ${num(r.eventsPerSecond)} | ${num(r.windowsPerSecond, 1)} | ` +
      `**${num(t.ratio, 2)}** |`,
    `| endpoint alone, before (\`lab.serve.predict\`, ${t.endpoint.batch} rows per call) | ` +
      `${t.endpoint.before.events} | ${num(t.endpoint.before.wallMs)} ms | ` +
      `${num((t.endpoint.before.events / t.endpoint.before.wallMs) * 1000)} | — | — |`,
    `| endpoint alone, after | ${t.endpoint.after.events} | ${num(t.endpoint.after.wallMs)} ms | ` +
      `${num((t.endpoint.after.events / t.endpoint.after.wallMs) * 1000)} | — | — |`,
    '',
    `Baseline: the mean of the two endpoint-alone rates, ${num(t.endpoint.eventsPerSecond)} ` +
      'events/s. Main-thread tasks over 50 ms during the full-speed replay (target: none): ' +
      `${tasks}.`,
    '',
  ];
}

function latencyLines(rows) {
  const lines = [
    '| request | endpoint log | calls | page p50 | page p99 | worker p50 | worker p99 | plain p50 | plain p99 | ' +
      'page / plain p50 | page / plain p99 | worker / plain p50 | worker / plain p99 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.rows} row${row.rows === 1 ? '' : 's'} | ${row.log} | ${row.calls} | ` +
        `${ms(row.wall.p50)} | ` +
        `${ms(row.wall.p99)} | ${ms(row.worker.p50)} | ${ms(row.worker.p99)} | ` +
        `${ms(row.plain.p50)} | ${ms(row.plain.p99)} | **${num(row.ratio.wallP50, 2)}** | ` +
        `${num(row.ratio.wallP99, 2)} | ${num(row.ratio.workerP50, 2)} | ` +
        `${num(row.ratio.workerP99, 2)} |`,
    );
  }
  return lines;
}

/** Lines of the section; none when the section did not run. */
export function monitorSection(result) {
  if (!result) return [];
  const title = '## Deploy and monitor';
  if (result.error) return [title, '', `Not measured: ${result.error}`, ''];
  const { shape, prepared: p, throughput, latency } = result;
  const split = p.split ? `${p.split.train} / ${p.split.validation} / ${p.split.test}` : '?';
  return [
    title,
    '',
    `A seeded CSV (${p.rows} rows × ${p.features} features: ${shape.numbers} numbers, ` +
      `${shape.categories.length} categories; ${shape.classes.length} classes) imported with ` +
      `\`lab.data.importFile\`; an MLP (hidden ${shape.hidden.join(', ')}) trained on it for ` +
      `${shape.epochs} epochs (train / validation / test rows ${split}, final validation ` +
      `accuracy ${num(p.accuracy, 2)}, ${num(p.trainMs)} ms), registered, packaged and served ` +
      `at \`${shape.endpoint}\` (errorPolicy skip-row).`,
    '',
    machineLine(result.machine, p.backend),
    '',
    '### Monitor throughput',
    '',
    'Replay: wall time in the page from `lab.monitor.replay` to `handle.done`, over every row ' +
      'of the version (the monitor worker sends 10 events per request through the endpoint, ' +
      'then per window: drift of each feature and of the predictions, performance, latency, ' +
      'alerts, all stored; its requests are logged under the session, a new log). A warm-up ' +
      'replay of two windows ran first. Baseline: the same rows sent through ' +
      '`lab.serve.predict` from the page (validated, predicted, logged; no windows, no drift), ' +
      'before and after the replay, each at an endpoint of its own whose log starts empty.',
    '',
    ...throughputLines(throughput, shape),
    '### Serving latency',
    '',
    '`lab.serve.predict(endpoint, rows)`: "page" is the wall time the page sees (bridge, ' +
      'serve worker queue, validation, preprocessing, model, log write); "worker" is the ' +
      "response's `latencyMs` (inside the worker, before the log write). Plain: " +
      '`lab.explain.benchPredict(runId, rows)`, the same serve worker predicting as many ' +
      'version rows (fitted preprocessing on columnar rows and the model, no validation, ' +
      'routing or log), timed without loading the run. Nearest-rank percentiles after warm-up ' +
      `calls. Endpoint log "full": it holds its ${shape.logLimit} rows, so every request also ` +
      'trims it (a busy endpoint); "nearly empty": a fresh endpoint of the same package.',
    '',
    ...latencyLines(latency),
    '',
    `The section took ${num(result.seconds)} s. Ratios compare rows of this run only; ` +
      'reported, never asserted.',
    '',
  ];
}
