import { createRandom, drawNormal } from '../../shared/random';
import type { ReferenceBatch, ReferenceWorkload } from './types';

/**
 * A seeded synthetic batch for the reference workload: standard normal features, labelled
 * by a seeded random linear teacher (argmax of x·W), so the loss can really fall.
 */
export function computeReferenceBatch(workload: ReferenceWorkload, seed: number): ReferenceBatch {
  const { features, classes, batchSize: rows } = workload;
  const random = createRandom(seed);
  const teacher = Float32Array.from({ length: features * classes }, () => drawNormal(random));
  const x = Float32Array.from({ length: rows * features }, () => drawNormal(random));
  const y = new Float32Array(rows * classes);
  for (let row = 0; row < rows; row++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < classes; c++) {
      let score = 0;
      for (let f = 0; f < features; f++) {
        score += (x[row * features + f] as number) * (teacher[f * classes + c] as number);
      }
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    y[row * classes + best] = 1;
  }
  return { x, y, rows };
}

/** Glorot-uniform initial weights for a dense layer, seeded. Row-major `[inputs, outputs]`. */
export function computeGlorotWeights(inputs: number, outputs: number, seed: number): Float32Array {
  const random = createRandom(seed);
  const limit = Math.sqrt(6 / (inputs + outputs));
  return Float32Array.from({ length: inputs * outputs }, () => (random() * 2 - 1) * limit);
}
