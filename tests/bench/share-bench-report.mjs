/** The Markdown section of the share bench (tests/bench/share-bench.mjs). */

const num = (value, digits = 0) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
const mb = (bytes) => `${num(bytes / 1e6, 1)} MB`;
const seconds = (ms) => num(ms / 1000, 2);

function tasks(longTasks) {
  if (!longTasks.count) return '**0**';
  return (
    `**${longTasks.count}** (longest ${num(longTasks.longestMs)} ms, ` +
    `${num(longTasks.totalMs)} ms in all)`
  );
}

function machineLine(m) {
  return `Machine: ${m.cpu}, ${m.cpus} CPUs, ${num(m.memoryGiB, 1)} GiB memory.`;
}

function datasetLines(result) {
  const { dataset: d, shape } = result;
  return [
    `A seeded CSV of ${mb(d.csvBytes)} (${d.rows} rows × 12 columns: ${shape.floats} numbers ` +
      `with six decimals, a count, ${shape.categories.length} categories, a date), imported ` +
      `with \`lab.data.importFile\` into a new project; stored version \`${d.versionId.slice(0, 12)}\`` +
      `: ${d.storedBytes === null ? '?' : mb(d.storedBytes)} of columns (\`lab.data.versions\`). ` +
      'MB/s below are always MB of that CSV per second of wall time in the page.',
    '',
  ];
}

function exportLines(e) {
  const b = e.baseline;
  return [
    '### Export',
    '',
    '| call | time (s) | MB/s | output | ratio to baseline |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| \`lab.share.export({ projectId })\` | ${seconds(e.ms)} | ${num(e.mbPerSecond, 1)} | ` +
      `${mb(e.archiveBytes)} archive | **${num(e.ratio, 2)}** |`,
    `| baseline: \`lab.data.exportCsv\`, before | ${seconds(b.before.ms)} | ` +
      `${num(b.before.mbPerSecond, 1)} | ${mb(b.before.value.bytes)} CSV | — |`,
    `| baseline: \`lab.data.exportCsv\`, after | ${seconds(b.after.ms)} | ` +
      `${num(b.after.mbPerSecond, 1)} | ${mb(b.after.value.bytes)} CSV | — |`,
    '',
    `Archive / dataset CSV: **${num(e.archiveToCsv, 3)}**; archive / stored columns: ` +
      `${num(e.archiveToStored, 3)}. Baseline: the mean of the two \`exportCsv\` times ` +
      `(${num(b.mbPerSecond, 1)} MB/s), the same version written whole by the same data worker. ` +
      `Main-thread tasks over 50 ms during \`share.export\` (target: none): ${tasks(e.longTasks)}.`,
    '',
  ];
}

function importLines(i) {
  const b = i.baseline;
  const added = Object.entries(i.summary.added)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  const back = i.versionBack
    ? `the version came back with ${i.versionBack.rows} rows and ${mb(i.versionBack.bytes)}, ` +
      `its first, middle and last 5 rows ${i.rowsMatch ? 'equal to' : '**differing from**'} ` +
      'the exported ones'
    : '**the version did not come back**';
  return [
    '### Import',
    '',
    '| call | time (s) | MB/s | ratio to baseline |',
    '| --- | ---: | ---: | ---: |',
    `| \`lab.share.import(archive)\`, fresh context | ${seconds(i.ms)} | ` +
      `${num(i.mbPerSecond, 1)} | **${num(i.ratio, 2)}** |`,
    `| baseline: \`lab.data.importFile\` of the CSV, fresh context | ${seconds(b.ms)} | ` +
      `${num(b.mbPerSecond, 1)} | — |`,
    `| the same, the first import (exporting context, data worker starting) | ` +
      `${seconds(b.firstImportMs)} | ${num(b.firstImportMbPerSecond, 1)} | — |`,
    '',
    'The archive crossed to a fresh browser context (empty database) as base64 chunks, checked ' +
      `by SHA-256; ${back}; rows added: ${added || 'none'}. The baseline ran in another fresh ` +
      'context, since versions are content-addressed and a second import of the same data ' +
      'into one database would skip the write. Both contexts started their data worker before ' +
      'the timed call. Main-thread tasks over 50 ms during `share.import` (target: none): ' +
      `${tasks(i.longTasks)}; during the baseline: ${tasks(b.longTasks)}.`,
    '',
  ];
}

/** Lines of the section; none when the section did not run. */
export function shareSection(result) {
  if (!result) return [];
  const title = '## Share: export and import';
  if (result.error) return [title, '', `Not measured: ${result.error}`, ''];
  return [
    title,
    '',
    ...datasetLines(result),
    machineLine(result.machine),
    '',
    ...exportLines(result.export),
    ...importLines(result.import),
    `The section took ${num(result.seconds)} s. Ratios compare rows of this run only ` +
      '(above 1: faster than the baseline); reported, never asserted.',
    '',
  ];
}
