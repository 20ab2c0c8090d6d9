/**
 * Backend table: samples per second training the reference MLP in the train worker, per
 * backend row of `lab.backend.probe()`, each as a ratio against the cpu row of the same run;
 * plus the main thread's long tasks (> 50 ms) while the probe ran.
 */

/**
 * Waits until the page has put `window.lab` up. Polls with `evaluate` (DevTools, exempt from
 * the CSP): `waitForFunction` with a string would `eval` in the page, which the CSP refuses.
 */
async function waitForLab(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate('typeof window.lab === "object" && window.lab !== null'))) {
    if (Date.now() > deadline) throw new Error(`window.lab did not appear in ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** Starts recording long tasks in the page (before the probe). */
const startLongTasks = `(() => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
  return true;
})()`;

/** How long the probe may take before the bench gives up (BENCH_PROBE_TIMEOUT_MS). */
const probeTimeoutMs = Number(process.env.BENCH_PROBE_TIMEOUT_MS ?? 300_000);

/** Runs `lab.backend.probe()`; on a hang, fails with the last progress phase it reported. */
async function runProbe(page, timeoutMs) {
  await page.evaluate(`(() => {
    window.__benchProbe = { progress: null, result: null, error: null };
    window.lab.backend
      .probe({ onProgress: (p) => (window.__benchProbe.progress = p) })
      .then((r) => (window.__benchProbe.result = r))
      .catch((e) => (window.__benchProbe.error = (e && e.code ? e.code + ': ' : '') + String(e && e.message || e)));
    return true;
  })()`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate('window.__benchProbe');
    if (state.result) return state.result;
    if (state.error) throw new Error(`probe() rejected: ${state.error}`);
    if (Date.now() > deadline) {
      const phase = state.progress ? JSON.stringify(state.progress) : 'no progress reported';
      throw new Error(`probe() did not finish in ${timeoutMs} ms; last progress: ${phase}`);
    }
    await page.waitForTimeout(250);
  }
}

/**
 * Runs the probe in a fresh page at `url` and returns the table with samples per second.
 * @param {import('playwright-core').Browser} browser
 */
export async function measureBackendTable(browser, url, batchSize) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForLab(page);
    await page.evaluate(startLongTasks);
    const started = Date.now();
    const choice = await runProbe(page, probeTimeoutMs);
    const probeMs = Date.now() - started;
    const longTasks = await page.evaluate('window.__benchLongTasks');
    const runtime = await page.evaluate('window.lab.version()');

    const cpu = choice.table.find((row) => row.backend === 'cpu' && row.msPerStep);
    const cpuRate = cpu ? (batchSize * 1000) / cpu.msPerStep : null;
    const rows = choice.table.map((row) => {
      const samplesPerSecond = row.msPerStep ? (batchSize * 1000) / row.msPerStep : null;
      return {
        id: row.id,
        backend: row.backend,
        threads: row.threads,
        available: row.available,
        msPerStep: row.msPerStep,
        samplesPerSecond,
        ratioToCpu: samplesPerSecond !== null && cpuRate ? samplesPerSecond / cpuRate : null,
        reason: row.reason,
      };
    });
    return {
      batchSize,
      baseline: cpu ? cpu.id : null,
      fastest: choice.fastest,
      chosen: choice.chosen,
      device: choice.device,
      runtime,
      probeMs,
      rows,
      longTasks: {
        count: longTasks.length,
        totalMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
        longestMs: longTasks.reduce((max, task) => Math.max(max, task.duration), 0),
        entries: longTasks,
      },
    };
  } finally {
    await context.close();
  }
}
