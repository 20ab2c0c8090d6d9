/**
 * CSV import: a generated CSV (100 MB by default, BENCH_IMPORT_MB; 20 numeric and 3
 * categorical columns, seeded) imported through `lab.data.importFile` into IndexedDB, in MB/s,
 * against d3-dsv's `csvParseRows` alone (untyped rows of strings, after `blob.text()`) on the
 * same Blob in the same page and run. Also the main thread's long tasks (> 50 ms) during the
 * lab's import (the baseline runs on the main thread on purpose and is not counted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/lab-server.mjs';

const sizeMb = Number(process.env.BENCH_IMPORT_MB ?? 100);

/** Builds the CSV Blob in the page (seeded; no 100 MB crosses the DevTools pipe). */
const makeBlob = (bytes) => `(() => {
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const cats = [['north', 'south', 'east', 'west'], ['a', 'b', 'c'], ['red', 'green', 'blue', 'grey', 'black']];
  const header = [...Array.from({ length: 20 }, (_, i) => 'x' + i), 'region', 'grade', 'colour'].join(',');
  const parts = [header + '\\n'];
  let size = parts[0].length;
  while (size < ${bytes}) {
    const lines = [];
    for (let r = 0; r < 1000; r += 1) {
      const cells = [];
      for (let c = 0; c < 20; c += 1) cells.push((next() * 2000 - 1000).toFixed(3));
      for (const values of cats) cells.push(values[Math.floor(next() * values.length)]);
      lines.push(cells.join(','));
    }
    const chunk = lines.join('\\n') + '\\n';
    parts.push(chunk);
    size += chunk.length;
  }
  window.__benchBlob = new Blob(parts, { type: 'text/csv' });
  return window.__benchBlob.size;
})()`;

async function waitForLab(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate('typeof window.lab === "object" && window.lab !== null'))) {
    if (Date.now() > deadline) throw new Error(`window.lab did not appear in ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** @param {import('playwright-core').Browser} browser */
export async function measureImportCsv(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForLab(page);
    const bytes = await page.evaluate(makeBlob(sizeMb * 1e6));

    // Baseline: d3-dsv evaluated through DevTools (exempt from the page's CSP), main thread.
    await page.evaluate(
      readFileSync(join(repoRoot, 'node_modules/d3-dsv/dist/d3-dsv.min.js'), 'utf8'),
    );
    const baseline = await page.evaluate(`(async () => {
      const t0 = performance.now();
      const rows = d3.csvParseRows(await window.__benchBlob.text());
      return { ms: performance.now() - t0, rows: rows.length - 1 };
    })()`);

    const lab = await page.evaluate(`(async () => {
      window.__benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      const project = await window.lab.projects.create({ name: 'bench import' });
      const t0 = performance.now();
      const version = await window.lab.data.importFile(project.id, window.__benchBlob, { name: 'bench.csv' });
      const ms = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ms, rows: version.rows, longTasks: window.__benchLongTasks };
    })()`);

    const mb = bytes / 1e6;
    const labRate = mb / (lab.ms / 1000);
    const baselineRate = mb / (baseline.ms / 1000);
    return {
      bytes,
      rows: lab.rows,
      baselineRows: baseline.rows,
      lab: { ms: lab.ms, mbPerSecond: labRate },
      baseline: {
        name: 'd3-dsv csvParseRows (untyped, main thread)',
        ms: baseline.ms,
        mbPerSecond: baselineRate,
      },
      ratio: labRate / baselineRate,
      target: 0.8,
      longTasks: {
        count: lab.longTasks.length,
        longestMs: lab.longTasks.reduce((max, d) => Math.max(max, d), 0),
      },
    };
  } finally {
    await context.close();
  }
}

/** The Markdown section of this bench. */
export function importCsvSection(result) {
  if (!result) return [];
  if (result.error) return ['## CSV import', '', `Not measured: ${result.error}`, ''];
  const f = (n) => n.toFixed(1);
  return [
    '## CSV import',
    '',
    `${f(result.bytes / 1e6)} MB, ${result.rows} rows (20 numeric, 3 categorical columns), generated and seeded.`,
    '',
    '| | time (s) | MB/s |',
    '| --- | ---: | ---: |',
    `| lab: \`lab.data.importFile\` into IndexedDB | ${f(result.lab.ms / 1000)} | ${f(result.lab.mbPerSecond)} |`,
    `| baseline: ${result.baseline.name} | ${f(result.baseline.ms / 1000)} | ${f(result.baseline.mbPerSecond)} |`,
    '',
    `Ratio lab / baseline: **${result.ratio.toFixed(2)}** (target ≥ ${result.target}). ` +
      `Main-thread long tasks (> 50 ms) during the import: ${result.longTasks.count}` +
      (result.longTasks.count
        ? `, longest ${f(result.longTasks.longestMs)} ms.`
        : ' (target: none).'),
    '',
  ];
}
