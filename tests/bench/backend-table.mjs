/**
 * Backend table: samples per second training the reference MLP in the train worker, per
 * backend row of `lab.backend.probe()`, each as a ratio against the cpu row of the same run;
 * plus the main thread's long tasks (> 50 ms) while the probe ran.
 */

/** Waits until the page has put `window.lab` up. */
async function waitForLab(page, timeoutMs = 60_000) {
  await page.waitForFunction('typeof window.lab === "object" && window.lab !== null', null, {
    timeout: timeoutMs,
    polling: 100,
  });
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
    const choice = await page.evaluate('window.lab.backend.probe()');
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
