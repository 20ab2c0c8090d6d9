/**
 * One training step of a run's model in TensorFlow.js: forward with seeded dropout, weighted
 * cross-entropy (classes) or squared error (regression) plus L2 on the kernels, gradients, and
 * the optimizer's update. Also scores a part of the data in inference mode. Imported only by
 * workers; tensors never leave these functions.
 */
import * as tf from '@tensorflow/tfjs-core';
// Gradients are registered by this side-effect module, not by the core's index.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { OptimizerName } from '../run-types';

/** What the step needs to know about the task and regularisation. */
export interface StepSettings {
  task: 'classification' | 'regression';
  classes: number;
  /** Per-class weights (classification), or null for none. */
  classWeights: Float32Array | null;
  dropout: number;
  l2: number;
}

/** Sums over one batch or part: loss sum, and correct predictions or absolute error sum. */
export interface StepSums {
  loss: number;
  /** Classification: rows predicted right; regression: Σ|error| in standardised units. */
  hits: number;
  rows: number;
}

/** The optimizer `name` with learning rate `rate`. */
export function createOptimizer(name: OptimizerName, rate: number): tf.Optimizer {
  if (name === 'sgd') return tf.train.sgd(rate);
  if (name === 'rmsprop') return tf.train.rmsprop(rate);
  return tf.train.adam(rate);
}

function forward(
  model: tfl.LayersModel,
  x: tf.Tensor2D,
  dropout: number,
  seed: number | null,
): tf.Tensor2D {
  let h = x;
  const last = model.layers.length - 1;
  model.layers.forEach((layer, i) => {
    h = layer.apply(h) as tf.Tensor2D;
    if (seed !== null && dropout > 0 && i < last) {
      h = tf.dropout(h, dropout, undefined, seed + i) as tf.Tensor2D;
    }
  });
  return h;
}

function computeLoss(
  out: tf.Tensor2D,
  y: tf.Tensor1D,
  settings: StepSettings,
  weights: tf.Tensor1D | null,
): { perRow: tf.Tensor1D; hits: tf.Scalar } {
  if (settings.task === 'classification') {
    const labels = tf.cast(y, 'int32');
    const p = tf.clipByValue(out, 1e-7, 1 - 1e-7);
    const oneHot = tf.oneHot(labels, settings.classes);
    let perRow = tf.neg(tf.sum(tf.mul(oneHot, tf.log(p)), 1)) as tf.Tensor1D;
    if (weights) perRow = tf.mul(perRow, tf.gather(weights, labels));
    const hits = tf.sum(tf.cast(tf.equal(tf.argMax(out, 1), labels), 'float32')) as tf.Scalar;
    return { perRow, hits };
  }
  const error = tf.sub(tf.reshape(out, [-1]), y);
  return { perRow: tf.square(error) as tf.Tensor1D, hits: tf.sum(tf.abs(error)) as tf.Scalar };
}

/** A step function over `model`'s trainable variables with `optimizer`. */
export function createTrainStep(
  model: tfl.LayersModel,
  optimizer: tf.Optimizer,
  settings: StepSettings,
): (x: Float32Array, y: Float32Array, rows: number, seed: number) => Promise<StepSums> {
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const kernels = model.trainableWeights
    .filter((w) => w.originalName.endsWith('kernel'))
    .map((w) => w.read());
  const weights = settings.classWeights ? tf.tensor1d(settings.classWeights) : null;
  const width = model.inputs[0]?.shape[1] ?? 0;
  return async (xData, yData, rows, seed) => {
    let hits: tf.Scalar | null = null;
    const [x, y] = [tf.tensor2d(xData, [rows, width]), tf.tensor1d(yData)];
    const cost = optimizer.minimize(
      () => {
        const out = forward(model, x, settings.dropout, seed);
        const loss = computeLoss(out, y, settings, weights);
        hits = tf.keep(loss.hits);
        let total = tf.mean(loss.perRow) as tf.Scalar;
        if (settings.l2 > 0) {
          const penalty = tf.addN(kernels.map((k) => tf.sum(tf.square(k))));
          total = tf.add(total, tf.mul(penalty, settings.l2));
        }
        return total;
      },
      true,
      variables,
    );
    try {
      if (!cost || !hits) throw new Error('the optimizer returned no loss');
      // One read back from the device per batch (on a GPU each read is a sync), not two.
      const found = hits as tf.Scalar;
      const packed = tf.tidy(() => tf.stack([cost, found]));
      const [loss, hit] = await packed.data();
      packed.dispose();
      return { loss: (loss as number) * rows, hits: hit as number, rows };
    } finally {
      tf.dispose([x, y, cost as tf.Scalar, hits as tf.Scalar | null].filter((t) => t !== null));
    }
  };
}

/** Model outputs (probabilities or standardised values) for `rows` rows, in slices of 2,048. */
export async function computeOutputs(
  model: tfl.LayersModel,
  x: Float32Array,
  rows: number,
): Promise<Float32Array> {
  const width = model.inputs[0]?.shape[1] ?? 0;
  const units = model.outputs[0]?.shape[1] ?? 1;
  const result = new Float32Array(rows * units);
  for (let start = 0; start < rows; start += 2048) {
    const n = Math.min(2048, rows - start);
    const out = tf.tidy(() =>
      forward(
        model,
        tf.tensor2d(x.subarray(start * width, (start + n) * width), [n, width]),
        0,
        null,
      ),
    );
    result.set(await out.data(), start * units);
    out.dispose();
  }
  return result;
}

/** Unweighted loss and hits of a part, in inference mode (for validation metrics). */
export async function computePartSums(
  model: tfl.LayersModel,
  x: Float32Array,
  y: Float32Array,
  rows: number,
  settings: StepSettings,
): Promise<StepSums> {
  if (rows === 0) return { loss: 0, hits: 0, rows: 0 };
  const outputs = await computeOutputs(model, x, rows);
  const units = settings.task === 'classification' ? settings.classes : 1;
  let loss = 0;
  let hits = 0;
  for (let r = 0; r < rows; r++) {
    const truth = y[r]!;
    if (settings.task === 'classification') {
      const p = Math.min(1 - 1e-7, Math.max(1e-7, outputs[r * units + truth]!));
      loss -= Math.log(p);
      let best = 0;
      for (let k = 1; k < units; k++)
        if (outputs[r * units + k]! > outputs[r * units + best]!) best = k;
      if (best === truth) hits += 1;
    } else {
      const error = outputs[r]! - truth;
      loss += error * error;
      hits += Math.abs(error);
    }
  }
  return { loss, hits, rows };
}
