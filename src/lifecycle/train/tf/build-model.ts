/**
 * Builds the TensorFlow.js layers model of a run from its spec: dense layers with seeded
 * Glorot-uniform kernels and zero biases, softmax output for classes, linear for regression.
 * Dropout and L2 are applied by the training step (seeded per batch), so the saved model is the
 * plain inference graph. Imported only by workers.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import type { ModelSpec } from '../run-types';

/** Model outputs: class count for classification, 1 for regression. */
export function computeOutputUnits(task: 'classification' | 'regression', classes: number): number {
  return task === 'classification' ? classes : 1;
}

/** The hidden layer sizes the family uses (none for linear and logistic regression). */
export function computeHiddenUnits(spec: ModelSpec): number[] {
  return spec.family === 'mlp' ? [...spec.hidden] : [];
}

/** A fresh model for `spec` with weights drawn from `seed`. */
export function buildModel(
  spec: ModelSpec,
  inputWidth: number,
  outputs: number,
  task: 'classification' | 'regression',
  seed: number,
): tfl.Sequential {
  const model = tfl.sequential({ name: `lab_${spec.family}` });
  const hidden = computeHiddenUnits(spec);
  hidden.forEach((units, i) => {
    model.add(
      tfl.layers.dense({
        name: `hidden_${i + 1}`,
        units,
        activation: spec.activation,
        kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + i + 1 }),
        biasInitializer: 'zeros',
        ...(i === 0 ? { inputShape: [inputWidth] } : {}),
      }),
    );
  });
  model.add(
    tfl.layers.dense({
      name: 'output',
      units: outputs,
      activation: task === 'classification' ? 'softmax' : 'linear',
      kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + hidden.length + 1 }),
      biasInitializer: 'zeros',
      ...(hidden.length === 0 ? { inputShape: [inputWidth] } : {}),
    }),
  );
  return model;
}

/** Trainable parameters of a model. */
export function countParameters(model: tfl.LayersModel): number {
  return model.countParams();
}
