/** The Markdown section of the training-throughput bench (tests/bench/train-throughput.mjs). */

const rate = (value) => (value === null || value === undefined ? '—' : value.toFixed(0));

function sklearnLine(sklearn) {
  if (sklearn.skipped) return `scikit-learn reference: not run (${sklearn.skipped}).`;
  if (sklearn.error) return `scikit-learn reference: failed (${sklearn.error}).`;
  return (
    `scikit-learn ${sklearn.sklearn} MLPClassifier (numpy ${sklearn.numpy}, same architecture, ` +
    `adam, batch 64, no early stopping), ${sklearn.rows} rows × ${sklearn.epochs} epochs in ` +
    `${sklearn.seconds.toFixed(1)} s: **${rate(sklearn.samplesPerSecond)} samples/s** ` +
    `(a reference only: includes its first epoch and its own shuffling and loss).`
  );
}

/** Lines of the section; none when the section did not run. */
export function trainThroughputSection(result) {
  if (!result) return [];
  const title = '## Training throughput';
  if (result.error) return [title, '', `Not measured: ${result.error}`, ''];
  const { shape, sizes } = result;
  const lines = [
    title,
    '',
    `MLP ${shape.features} → ${shape.hidden.join(' → ')} → ${shape.classes} (relu, softmax), ` +
      `adam at ${result.learningRate} (the lab's default), batch ${shape.batchSize}, no early ` +
      `stopping, dropout or L2. Data: a generated CSV of ${sizes.cpu.rows} rows × ` +
      `${shape.features} numeric features, ${shape.classes} classes, imported with ` +
      `\`lab.data.importFile\`; the lab trains on its seeded training split. The software GPU ` +
      `rows (webgl, webgpu: SwiftShader) use the first ${sizes.gpu.rows} rows and ` +
      `${sizes.gpu.epochs} epochs instead of ${sizes.cpu.epochs}, to keep the bench short.`,
    '',
    'Lab: `lab.train.start`, `run.epochs[i].samplesPerSecond` (training part of the epoch). ' +
      'Plain: a `tf.sequential` of the same dense layers with `tf.losses.softmaxCrossEntropy`, ' +
      '`optimizer.minimize` per batch and the loss awaited per batch, on random rows of the same ' +
      'shape, in the same train worker (`lab.backend.benchPlainTraining`), run once before and ' +
      "once after the lab's run (the machine's load shifts). The lab also reads its " +
      'loss (and correct count) every batch, for its NaN and device-loss checks, and gathers a ' +
      'shuffled batch. The losses are written differently (the lab: softmax output layer, log ' +
      'of clipped probabilities, layers applied one by one; plain: logits into ' +
      '`softmaxCrossEntropy`, `model.apply`). Both: median over the epochs after the first ' +
      '(warm-up) of each. "Lab, with validation": ' +
      'the same rows over `run.epochs[i].ms` (training plus validation metrics; the checkpoint ' +
      'written after it is not in it), for reference; the ratio uses the training part only.',
    '',
    '| row | train rows | epochs | lab samples/s | plain samples/s | lab / plain | lab, with validation | long tasks (> 50 ms) | note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of result.rows) {
    if (row.skipped) {
      lines.push(`| ${row.id} | — | ${row.epochs} | — | — | — | — | — | skipped: ${row.skipped} |`);
      continue;
    }
    const tasks = row.longTasks.count
      ? `${row.longTasks.count} (longest ${row.longTasks.longestMs.toFixed(0)} ms)`
      : '0';
    const ratio = row.ratio === null ? '—' : `**${row.ratio.toFixed(2)}**`;
    const below = row.ratio !== null && row.ratio < result.target ? 'below target' : '';
    lines.push(
      `| ${row.id} | ${row.trainRows} | ${row.epochs} | ${rate(row.lab.samplesPerSecond)} | ` +
        `${rate(row.plain.samplesPerSecond)} | ${ratio} | ` +
        `${rate(row.lab.withValidationSamplesPerSecond)} | ${tasks} | ${below} |`,
    );
  }
  lines.push(
    '',
    `Target: lab / plain ≥ ${result.target} (the lab's pipeline costs under 10 %); no long ` +
      `tasks on the main thread while the lab trains. Reported, never asserted.`,
    '',
    sklearnLine(result.sklearn),
    '',
    `The section took ${result.seconds.toFixed(0)} s.`,
    '',
  );
  return lines;
}
