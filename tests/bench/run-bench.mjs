#!/usr/bin/env node
/**
 * `npm run bench`: builds the lab, serves it with its headers, runs the benchmarks in
 * Chromium and writes tests/bench/results/bench-<time>.json and .md (plus latest.json and
 * latest.md). Results are ratios against a baseline of the same run, never pass/fail.
 * Options: --no-build (use the existing dist/);
 * BENCH_ONLY=backend,first-load,import,train,explain,monitor,share runs only those sections (and
 * then writes bench-<time>.* but leaves latest.* alone).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { launchChromium } from '../support/chromium.mjs';
import { findChromium } from '../support/find-chromium.mjs';
import { buildLab, repoRoot, startLabServer } from '../support/lab-server.mjs';
import { measureBackendTable } from './backend-table.mjs';
import { measureExplanations } from './explain-bench.mjs';
import { measureFirstLoad } from './first-load.mjs';
import { measureImportCsv } from './import-csv.mjs';
import { measureMonitor } from './monitor-bench.mjs';
import { renderMarkdown } from './report.mjs';
import { measureShare } from './share-bench.mjs';
import { measureTrainThroughput } from './train-throughput.mjs';

const resultsDir = join(repoRoot, 'tests', 'bench', 'results');
const startedAt = new Date().toISOString();

/** Sections picked by BENCH_ONLY (comma-separated), or null for all. */
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : null;

async function attempt(name, measure, key) {
  if (only && !only.includes(key)) return undefined;
  console.log(`bench: ${name}…`);
  try {
    return await measure();
  } catch (error) {
    console.error(`bench: ${name} failed:`, error);
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

process.env.CHROME_PATH = findChromium();
if (!process.argv.includes('--no-build')) {
  console.log('bench: building the lab…');
  await buildLab();
}

const { module: trainDefaults } = await runnerImport(
  join(repoRoot, 'src/lifecycle/train/defaults.ts'),
);
const batchSize = trainDefaults.referenceWorkload.batchSize;

const server = await startLabServer();
const browser = await launchChromium();
let result;
try {
  const backendTable = await attempt(
    'backend table',
    () => measureBackendTable(browser, server.url, batchSize),
    'backend',
  );
  const firstLoad = await attempt(
    'first-load JavaScript',
    () => measureFirstLoad(join(repoRoot, 'dist')),
    'first-load',
  );
  const importCsv = await attempt(
    'CSV import',
    () => measureImportCsv(browser, server.url),
    'import',
  );
  const trainThroughput = await attempt(
    'training throughput',
    () => measureTrainThroughput(browser, server.url),
    'train',
  );
  const explanations = await attempt(
    'explanations',
    () => measureExplanations(browser, server.url),
    'explain',
  );
  const monitor = await attempt(
    'deploy and monitor',
    () => measureMonitor(browser, server.url),
    'monitor',
  );
  const share = await attempt(
    'share export and import',
    () => measureShare(browser, server.url),
    'share',
  );
  result = {
    startedAt,
    environment: {
      chromium: `Chromium ${browser.version()}`,
      cpus: cpus().length,
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
    },
    backendTable,
    firstLoad,
    importCsv,
    trainThroughput,
    explanations,
    monitor,
    share,
  };
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(resultsDir, { recursive: true });
const stamp = startedAt.replace(/[:.]/g, '-');
const json = `${JSON.stringify(result, null, 2)}\n`;
const markdown = `${renderMarkdown(result)}\n`;
for (const name of only ? [`bench-${stamp}`] : [`bench-${stamp}`, 'latest']) {
  writeFileSync(join(resultsDir, `${name}.json`), json);
  writeFileSync(join(resultsDir, `${name}.md`), markdown);
}
console.log(`\n${markdown}`);
console.log(
  `bench: wrote ${join('tests/bench/results', `bench-${stamp}`)}.{json,md}` +
    (only ? '' : ' and latest.{json,md}'),
);
