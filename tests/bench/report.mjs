import { explanationsSection } from './explain-bench-report.mjs';
import { importCsvSection } from './import-csv.mjs';
import { monitorSection } from './monitor-bench-report.mjs';
import { shareSection } from './share-bench-report.mjs';
import { trainThroughputSection } from './train-throughput-report.mjs';
/** Renders a bench result as Markdown. */

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const fixed = (value, digits = 2) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);
const percent = (ratio) => `${(ratio * 100).toFixed(1)} %`;

function backendSection(table) {
  if (table.error) return ['## Backend table', '', `Not measured: ${table.error}`, ''];
  const lines = [
    '## Backend table',
    '',
    `Reference MLP, batch ${table.batchSize}, in the train worker. Ratio: samples per second ` +
      `against \`${table.baseline ?? 'cpu'}\` measured in the same run (higher is faster).`,
    '',
    '| row | backend | threads | available | ms per step | samples/s | ratio to cpu | note |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const row of table.rows) {
    const marks = [
      row.id === table.fastest ? 'fastest' : '',
      row.id === table.chosen ? 'chosen' : '',
    ]
      .filter(Boolean)
      .join(', ');
    const note = [marks, row.reason ?? ''].filter(Boolean).join('; ');
    lines.push(
      `| ${row.id} | ${row.backend} | ${row.threads} | ${row.available ? 'yes' : 'no'} | ` +
        `${fixed(row.msPerStep)} | ${fixed(row.samplesPerSecond, 0)} | ${fixed(row.ratioToCpu)} | ${note} |`,
    );
  }
  const { longTasks } = table;
  lines.push(
    '',
    `Probe took ${(table.probeMs / 1000).toFixed(1)} s. Main-thread long tasks (> 50 ms) during ` +
      `the probe: ${longTasks.count}, ${longTasks.totalMs.toFixed(0)} ms in all, longest ` +
      `${longTasks.longestMs.toFixed(0)} ms.`,
    '',
  );
  return lines;
}

function firstLoadSection(load) {
  if (load.error) return ['## First-load JavaScript', '', `Not measured: ${load.error}`, ''];
  const lines = [
    '## First-load JavaScript',
    '',
    `Found by: ${load.method}.`,
    '',
    '| | raw | gzip |',
    '| --- | ---: | ---: |',
    `| first load (${load.firstLoad.files.length} files) | ${kib(load.firstLoad.raw)} | ${kib(load.firstLoad.gzip)} |`,
    `| whole build (${load.wholeBuild.files.length} files) | ${kib(load.wholeBuild.raw)} | ${kib(load.wholeBuild.gzip)} |`,
    `| first load / whole build | ${percent(load.ratio.raw)} | ${percent(load.ratio.gzip)} |`,
    '',
    `TensorFlow.js in the first load: **${load.tfjs.inFirstLoad ? 'YES' : 'no'}**. ` +
      `Chunks that hold it: ${load.tfjs.chunksWithTfjs.map((f) => `\`${f}\``).join(', ') || 'none found'}.`,
    '',
    'First-load files:',
    '',
    ...load.firstLoad.files.map((f) => `- \`${f.file}\`: ${kib(f.raw)} (${kib(f.gzip)} gzip)`),
    '',
  ];
  return lines;
}

/** The Markdown report of one bench run. */
export function renderMarkdown(result) {
  return [
    `# Lifecycle Lab benchmarks`,
    '',
    `${result.startedAt}, ${result.environment.chromium}, ${result.environment.cpus} CPUs, ` +
      `Node ${result.environment.node}. Ratios only compare rows of this run.`,
    '',
    ...(result.backendTable ? backendSection(result.backendTable) : []),
    ...(result.firstLoad ? firstLoadSection(result.firstLoad) : []),
    ...importCsvSection(result.importCsv),
    ...trainThroughputSection(result.trainThroughput),
    ...explanationsSection(result.explanations),
    ...monitorSection(result.monitor),
    ...shareSection(result.share),
  ].join('\n');
}
