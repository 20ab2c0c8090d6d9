/**
 * Share: export and import throughput (MB of the dataset's CSV per second) of a project holding
 * a seeded ~50 MB dataset. Export: `lab.share.export({ projectId })` against
 * `lab.data.exportCsv` of the same version (a whole-dataset write from the same worker), before
 * and after. Import: `lab.share.import` of the archive in a fresh browser context (empty
 * database) against `lab.data.importFile` of the same CSV in another fresh context. Also the
 * main thread's tasks over 50 ms during export and import (target: none). Reported, never
 * asserted.
 */
import { cpus, totalmem } from 'node:os';
import { waitForLab } from './explain-bench-data.mjs';
import { carryArchive, makeShareCsv, pageBlobSha256, shareShape } from './share-bench-data.mjs';
import {
  createProject,
  projectVersions,
  sampleRows,
  recordLongTasks,
  timeExportCsv,
  timeImportFile,
  timeShareExport,
  timeShareImport,
  warmDataWorker,
} from './share-bench-page.mjs';

/** A fresh browser context (its own empty IndexedDB) with the lab loaded and recording long tasks. */
async function openLab(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await waitForLab(page);
  await recordLongTasks(page);
  return { context, page };
}

/** In one context: the CSV imported into a project, exported as CSV, as an archive, as CSV. */
async function measureExport(page) {
  console.log('bench: share, generating and importing the CSV…');
  const csv = await makeShareCsv(page);
  const projectId = await createProject(page, 'bench share');
  const imported = await timeImportFile(page);
  const { versionId } = imported.value;
  const stored = (await projectVersions(page, projectId)).find((v) => v.id === versionId);
  console.log('bench: share, exportCsv, share.export, exportCsv…');
  const csvBefore = await timeExportCsv(page, versionId);
  const archive = await timeShareExport(page);
  const csvAfter = await timeExportCsv(page, versionId);
  const sha256 = await pageBlobSha256(page, '__shareArchive');
  const rows = await sampleRows(page, versionId);
  return {
    csv,
    projectId,
    versionId,
    rows,
    stored: stored ?? null,
    firstImportMs: imported.ms,
    archive: { ...archive, bytes: archive.value.bytes, sha256 },
    csvBefore,
    csvAfter,
  };
}

/** In a fresh context: the carried archive imported; the version it brought back. */
async function measureArchiveImport(browser, url, exportPage, exported) {
  const { context, page } = await openLab(browser, url);
  try {
    console.log('bench: share, carrying the archive to a fresh context…');
    const carried = await carryArchive(exportPage, page);
    const sha256 = await pageBlobSha256(page, '__shareArchive');
    if (sha256 !== exported.archive.sha256) throw new Error('the carried archive differs');
    await warmDataWorker(page);
    console.log(`bench: share, share.import of ${(carried / 1e6).toFixed(1)} MB…`);
    const imported = await timeShareImport(page);
    const versions = await projectVersions(page, imported.value.projectId);
    const version = versions.find((v) => v.id === exported.versionId) ?? null;
    const rowsMatch = version ? (await sampleRows(page, version.id)) === exported.rows : false;
    return { ...imported, carriedBytes: carried, version, rowsMatch };
  } finally {
    await context.close();
  }
}

/** In another fresh context: the same CSV (regenerated, same digest) through `importFile`. */
async function measureBaselineImport(browser, url, csv) {
  const { context, page } = await openLab(browser, url);
  try {
    const again = await makeShareCsv(page);
    if (again.sha256 !== csv.sha256) throw new Error('the regenerated CSV differs');
    await createProject(page, 'bench share baseline');
    await warmDataWorker(page);
    console.log('bench: share, importFile baseline in a fresh context…');
    return await timeImportFile(page);
  } finally {
    await context.close();
  }
}

const rate = (mb, ms) => mb / (ms / 1000);

/** @param {import('playwright-core').Browser} browser */
export async function measureShare(browser, url) {
  const started = Date.now();
  const { context, page } = await openLab(browser, url);
  try {
    const exported = await measureExport(page);
    const imported = await measureArchiveImport(browser, url, page, exported);
    const baseline = await measureBaselineImport(browser, url, exported.csv);
    const mb = exported.csv.bytes / 1e6;
    const csvMs = (exported.csvBefore.ms + exported.csvAfter.ms) / 2;
    const cpu = cpus();
    return {
      shape: { ...shareShape, categories: shareShape.categories.map((c) => c.name) },
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cpus: cpu.length,
        memoryGiB: totalmem() / 2 ** 30,
        userAgent: await page.evaluate(() => navigator.userAgent),
      },
      dataset: {
        csvBytes: exported.csv.bytes,
        rows: exported.csv.rows,
        sha256: exported.csv.sha256,
        versionId: exported.versionId,
        storedBytes: exported.stored?.bytes ?? null,
      },
      export: {
        ms: exported.archive.ms,
        mbPerSecond: rate(mb, exported.archive.ms),
        archiveBytes: exported.archive.bytes,
        archiveSha256: exported.archive.sha256,
        archiveToCsv: exported.archive.bytes / exported.csv.bytes,
        archiveToStored: exported.stored ? exported.archive.bytes / exported.stored.bytes : null,
        longTasks: exported.archive.longTasks,
        baseline: {
          name: '`lab.data.exportCsv(versionId)`, mean of before and after',
          before: { ...exported.csvBefore, mbPerSecond: rate(mb, exported.csvBefore.ms) },
          after: { ...exported.csvAfter, mbPerSecond: rate(mb, exported.csvAfter.ms) },
          ms: csvMs,
          mbPerSecond: rate(mb, csvMs),
        },
        ratio: rate(mb, exported.archive.ms) / rate(mb, csvMs),
      },
      import: {
        ms: imported.ms,
        mbPerSecond: rate(mb, imported.ms),
        summary: imported.value,
        versionBack: imported.version,
        /** Rows at the start, middle and end read back equal to the exported project's. */
        rowsMatch: imported.rowsMatch,
        longTasks: imported.longTasks,
        baseline: {
          name: '`lab.data.importFile` of the CSV, in another fresh context',
          ms: baseline.ms,
          mbPerSecond: rate(mb, baseline.ms),
          rows: baseline.value.rows,
          storedNew: baseline.value.storedNew,
          firstImportMs: exported.firstImportMs,
          firstImportMbPerSecond: rate(mb, exported.firstImportMs),
          longTasks: baseline.longTasks,
        },
        ratio: rate(mb, imported.ms) / rate(mb, baseline.ms),
      },
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}
