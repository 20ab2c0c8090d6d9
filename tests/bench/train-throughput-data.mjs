/**
 * Inputs of the training-throughput bench: the generated classification CSV (seeded, made in
 * Node so the page and scikit-learn read the same rows) and the scikit-learn reference run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/lab-server.mjs';

/** Data and model shape: 16 features, 3 classes, MLP 64 → 64, batch 64, seed. */
export const shape = { features: 16, classes: 3, hidden: [64, 64], batchSize: 64, seed: 7 };

/** A seeded CSV: 16 uniform features, class = argmax of 3 fixed projections plus noise. */
export function makeTrainingCsv(rows) {
  let seed = 2024;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const { features, classes } = shape;
  const w = Array.from({ length: classes * features }, () => next() * 2 - 1);
  const lines = [[...Array.from({ length: features }, (_, i) => `x${i}`), 'label'].join(',')];
  for (let r = 0; r < rows; r++) {
    const x = Array.from({ length: features }, () => next() * 2 - 1);
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < classes; k++) {
      let score = (next() - 0.5) * 1.5;
      for (let i = 0; i < features; i++) score += w[k * features + i] * x[i];
      if (score > bestScore) [best, bestScore] = [k, score];
    }
    lines.push([...x.map((v) => v.toFixed(4)), 'abc'[best]].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** scikit-learn's MLPClassifier on the first `rows` rows of the CSV, or why not. */
export function runSklearnReference(csv, rows, epochs, learningRate) {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import sklearn'], { stdio: 'ignore' });
  } catch {
    return { skipped: 'python3-sklearn is not installed (/usr/bin/python3 cannot import sklearn)' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-train-'));
  try {
    writeFileSync(join(dir, 'train.csv'), csv);
    const script = join(repoRoot, 'tests/bench/sklearn-mlp.py');
    const args = [script, join(dir, 'train.csv'), rows, epochs, learningRate, shape.seed];
    const out = execFileSync('/usr/bin/python3', args.map(String), { encoding: 'utf8' });
    return JSON.parse(out);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
