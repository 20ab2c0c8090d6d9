/**
 * What the share bench runs in the page through `window.lab`, each call timed in the page with
 * the main thread's long tasks (> 50 ms) that overlapped it (tests/bench/share-bench.mjs).
 */

/** Starts recording the page's long tasks in `window.__shareTasks`. */
export function recordLongTasks(page) {
  return page.evaluate(() => {
    window.__shareTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__shareTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks that overlapped [started, ended] (page clock, ms): count, longest and total ms. */
async function longTasksBetween(page, started, ended) {
  // Long-task entries arrive after the task ends: give the last one time to be delivered.
  await page.waitForTimeout(200);
  return page.evaluate(
    ({ started, ended }) => {
      const during = window.__shareTasks.filter(
        (t) => t.start + t.ms >= started && t.start <= ended,
      );
      return {
        count: during.length,
        longestMs: during.reduce((max, t) => Math.max(max, t.ms), 0),
        totalMs: during.reduce((sum, t) => sum + t.ms, 0),
      };
    },
    { started, ended },
  );
}

/**
 * Runs the page function `action(arg)` and times it in the page: wall ms, its (plain) value and
 * the long tasks meanwhile. `action` must be self-contained: its source is sent to the page.
 */
async function timeInPage(page, action, arg = null) {
  const run = await page.evaluate(`(async () => {
    const started = performance.now();
    const value = await (${action.toString()})(${JSON.stringify(arg)});
    return { started, ended: performance.now(), value };
  })()`);
  const longTasks = await longTasksBetween(page, run.started, run.ended);
  return { ms: run.ended - run.started, value: run.value, longTasks };
}

/** Creates a project named `name` and keeps its id as `window.__shareProjectId`. */
export function createProject(page, name) {
  return page.evaluate(async (projectName) => {
    const project = await window.lab.projects.create({ name: projectName });
    window.__shareProjectId = project.id;
    return project.id;
  }, name);
}

/** Starts the data worker with a tiny schema inference, so no timed call pays its start. */
export function warmDataWorker(page) {
  return page.evaluate(async () => {
    await window.lab.data.inferSchema(new Blob(['a,b\n1,x\n'], { type: 'text/csv' }));
  });
}

/** `lab.data.importFile` of `window.__shareCsv` into the page's project, timed. */
export function timeImportFile(page) {
  return timeInPage(page, async () => {
    const report = await window.lab.data.importFile(window.__shareProjectId, window.__shareCsv, {
      name: 'bench-share.csv',
    });
    return { versionId: report.versionId, rows: report.rows, storedNew: report.storedNew };
  });
}

/** `lab.data.exportCsv(versionId)`, timed; the CSV's size in bytes. */
export function timeExportCsv(page, versionId) {
  return timeInPage(
    page,
    async (id) => {
      const blob = await window.lab.data.exportCsv(id);
      return { bytes: blob.size };
    },
    versionId,
  );
}

/** `lab.share.export({ projectId })` of the page's project, timed; kept as `window.__shareArchive`. */
export function timeShareExport(page) {
  return timeInPage(page, async () => {
    const blob = await window.lab.share.export({ projectId: window.__shareProjectId });
    window.__shareArchive = blob;
    return { bytes: blob.size };
  });
}

/** `lab.share.import(window.__shareArchive)`, timed; the import summary. */
export function timeShareImport(page) {
  return timeInPage(page, () => window.lab.share.import(window.__shareArchive));
}

/** The project's dataset versions as `lab.data.versions` gives them: id, rows, stored bytes. */
export function projectVersions(page, projectId) {
  return page.evaluate(async (id) => {
    const versions = await window.lab.data.versions(id);
    return versions.map((v) => ({ id: v.id, rows: v.rows, bytes: v.bytes }));
  }, projectId);
}

/** Rows of a version at its start, middle and end (`lab.data.rows`), as one JSON text. */
export function sampleRows(page, versionId) {
  return page.evaluate(async (id) => {
    const { total } = await window.lab.data.rows(id, { offset: 0, limit: 1 });
    const offsets = [0, Math.floor(total / 2), Math.max(0, total - 5)];
    const parts = [];
    for (const offset of offsets) {
      const slice = await window.lab.data.rows(id, { offset, limit: 5 });
      parts.push({ columns: slice.columns, offset, total: slice.total, rows: slice.rows });
    }
    return JSON.stringify(parts);
  }, versionId);
}
