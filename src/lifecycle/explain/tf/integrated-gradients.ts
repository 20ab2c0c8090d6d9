/**
 * Integrated gradients (Sundararajan et al. 2017) of one model output for one input row, in the
 * model's input space, with TensorFlow.js gradients: the straight path from a baseline input to
 * the row, the gradient averaged at `steps` midpoints, times (input − baseline). Completeness
 * (base + Σ attributions = output) holds up to the path integral's discretisation, which the
 * caller reports as the additivity gap. Imported only by workers.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type * as tfl from '@tensorflow/tfjs-layers';

/** Attributions per model input, and the output at the baseline and at the row. */
export interface GradientAttributions {
  attributions: Float32Array;
  baseOutput: number;
  output: number;
}

/** Integrated gradients of output `index` for input `x` from `baseline` (both of the model's width). */
export async function computeIntegratedGradients(
  model: tfl.LayersModel,
  x: Float32Array,
  baseline: Float32Array,
  index: number,
  steps = 128,
): Promise<GradientAttributions> {
  const width = x.length;
  const path = new Float32Array(steps * width);
  for (let s = 0; s < steps; s++) {
    const alpha = (s + 0.5) / steps;
    for (let j = 0; j < width; j++)
      path[s * width + j] = baseline[j]! + alpha * (x[j]! - baseline[j]!);
  }
  const outputOf = (input: tf.Tensor2D) =>
    tf.sum(tf.slice(model.apply(input) as tf.Tensor2D, [0, index], [-1, 1]));
  const [meanGrad, ends] = tf.tidy(() => {
    const grads = tf.grad((input: tf.Tensor) => outputOf(input as tf.Tensor2D))(
      tf.tensor2d(path, [steps, width]),
    );
    const both = tf.tensor2d([...baseline, ...x], [2, width]);
    const outputs = tf.slice(model.apply(both) as tf.Tensor2D, [0, index], [-1, 1]);
    return [tf.mean(grads, 0), outputs];
  });
  const [gradient, endValues] = await Promise.all([meanGrad.data(), ends.data()]);
  tf.dispose([meanGrad, ends]);
  const attributions = new Float32Array(width);
  for (let j = 0; j < width; j++) attributions[j] = (x[j]! - baseline[j]!) * gradient[j]!;
  return { attributions, baseOutput: endValues[0]!, output: endValues[1]! };
}
