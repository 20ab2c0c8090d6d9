/**
 * The reference MLP in TensorFlow.js: builds it from seeded weights and runs real training
 * steps (forward, softmax cross-entropy, gradients, SGD update) on the active backend.
 * Imported only by workers: TensorFlow.js never reaches the main thread.
 */
import * as tf from '@tensorflow/tfjs-core';
// Gradients are registered by this side-effect module, not by the core's index.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { computeGlorotWeights, computeReferenceBatch } from './reference-data';
import type { ReferenceWorkload } from './types';

/** A model plus its data on the active backend; `dispose` frees every tensor it made. */
export interface ReferenceTrainer {
  /** One training step; resolves with the batch loss once the backend has finished it. */
  step(inside?: () => void): Promise<number>;
  dispose(): void;
}

/** Builds the reference model and batch for `seed` on the backend active now. */
export function createReferenceTrainer(
  workload: ReferenceWorkload,
  seed: number,
): ReferenceTrainer {
  const batch = computeReferenceBatch(workload, seed);
  const sizes = [workload.features, ...workload.hidden, workload.classes];
  const x = tf.tensor2d(batch.x, [batch.rows, workload.features]);
  const y = tf.tensor2d(batch.y, [batch.rows, workload.classes]);
  const weights: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  for (let layer = 0; layer + 1 < sizes.length; layer++) {
    const inputs = sizes[layer] as number;
    const outputs = sizes[layer + 1] as number;
    const initial = computeGlorotWeights(inputs, outputs, seed + 1 + layer);
    weights.push(tf.variable(tf.tensor2d(initial, [inputs, outputs]), true));
    biases.push(tf.variable(tf.zeros([outputs]), true));
  }
  const optimizer = tf.train.sgd(workload.learningRate);
  const variables = [...weights, ...biases];

  const computeLoss = (inside?: () => void): tf.Scalar => {
    let h: tf.Tensor2D = x;
    weights.forEach((w, layer) => {
      const z = tf.add(tf.matMul(h, w), biases[layer] as tf.Variable) as tf.Tensor2D;
      h = layer + 1 < weights.length ? tf.relu(z) : z;
    });
    inside?.();
    return tf.losses.softmaxCrossEntropy(y, h) as tf.Scalar;
  };

  return {
    async step(inside) {
      const cost = optimizer.minimize(() => computeLoss(inside), true, variables);
      if (!cost) throw new Error('the optimizer returned no loss');
      try {
        const [loss] = await cost.data();
        return loss as number;
      } finally {
        cost.dispose();
      }
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([x, y, ...variables]);
    },
  };
}
