/**
 * A plain TensorFlow.js training loop, the baseline the bench compares the lab's run loop
 * against: the same MLP (dense layers, adam, softmax cross-entropy) on random rows of the same
 * shape, `optimizer.minimize` per batch and the loss read back per batch, nothing else (no
 * shuffles, checkpoints, validation or progress). A diagnostic, not part of any run.
 */
import * as tf from '@tensorflow/tfjs-core';
// Gradients are registered by this side-effect module, not by the core's index.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tfl from '@tensorflow/tfjs-layers';
import { LabError } from '../../src/shared/lab-error';
import { createRandom } from '../../src/shared/random';
import { activateBackend } from './backends';

/** What the plain loop trains: data shape, model, batch size, epochs, learning rate, seed. */
export interface PlainTrainingRequest {
  backend: string;
  rows: number;
  features: number;
  classes: number;
  hidden: number[];
  batchSize: number;
  epochs: number;
  learningRate: number;
  seed: number;
}

/** Training rows per second of each epoch, in order. */
export interface PlainTrainingReport {
  backend: string;
  samplesPerSecond: number[];
}

function checkRequest(request: PlainTrainingRequest): void {
  const whole = (field: keyof PlainTrainingRequest, least: number) => {
    const value = request[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < least) {
      throw new LabError('INVALID_ARGUMENT', `${field} must be an integer ≥ ${least}`, {
        params: { field, reason: 'integer' },
      });
    }
  };
  whole('rows', 1);
  whole('features', 1);
  whole('classes', 2);
  whole('batchSize', 1);
  whole('epochs', 1);
  const goodHidden =
    Array.isArray(request.hidden) && request.hidden.every((u) => Number.isInteger(u) && u > 0);
  if (!goodHidden) {
    throw new LabError('INVALID_ARGUMENT', 'hidden must list positive integers', {
      params: { field: 'hidden', reason: 'integer' },
    });
  }
  if (!(request.learningRate > 0)) {
    throw new LabError('INVALID_ARGUMENT', 'learningRate must be > 0', {
      params: { field: 'learningRate', reason: 'positive' },
    });
  }
}

function buildPlainModel(request: PlainTrainingRequest): tfl.Sequential {
  const model = tfl.sequential();
  request.hidden.forEach((units, i) => {
    model.add(
      tfl.layers.dense({
        units,
        activation: 'relu',
        kernelInitializer: tfl.initializers.glorotUniform({ seed: request.seed + i + 1 }),
        ...(i === 0 ? { inputShape: [request.features] } : {}),
      }),
    );
  });
  model.add(
    tfl.layers.dense({
      units: request.classes,
      kernelInitializer: tfl.initializers.glorotUniform({ seed: request.seed }),
      ...(request.hidden.length === 0 ? { inputShape: [request.features] } : {}),
    }),
  );
  return model;
}

/** Trains the plain loop on `request.backend`; one samples-per-second figure per epoch. */
export async function runPlainTraining(
  request: PlainTrainingRequest,
  now: () => number,
): Promise<PlainTrainingReport> {
  checkRequest(request);
  try {
    await activateBackend(request.backend);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LabError('BACKEND_UNAVAILABLE', `The ${request.backend} backend is unavailable`, {
      params: { backend: request.backend, detail },
    });
  }
  const { rows, features, classes, batchSize } = request;
  const random = createRandom(request.seed);
  const xAll = Float32Array.from({ length: rows * features }, () => random() * 2 - 1);
  const yAll = Int32Array.from({ length: rows }, () => Math.floor(random() * classes));
  const model = buildPlainModel(request);
  const optimizer = tf.train.adam(request.learningRate);
  const rates: number[] = [];
  try {
    for (let epoch = 0; epoch < request.epochs; epoch++) {
      const started = now();
      for (let from = 0; from < rows; from += batchSize) {
        const to = Math.min(rows, from + batchSize);
        const x = tf.tensor2d(xAll.subarray(from * features, to * features), [to - from, features]);
        const labels = tf.tensor1d(yAll.subarray(from, to), 'int32');
        const cost = optimizer.minimize(() => {
          const logits = model.apply(x) as tf.Tensor2D;
          return tf.losses.softmaxCrossEntropy(tf.oneHot(labels, classes, 1, 0, 'float32'), logits);
        }, true);
        if (!cost) throw new Error('the optimizer returned no loss');
        await cost.data();
        tf.dispose([x, labels, cost]);
      }
      rates.push((rows / Math.max(1e-6, now() - started)) * 1000);
    }
  } finally {
    model.dispose();
    optimizer.dispose();
  }
  return { backend: request.backend, samplesPerSecond: rates };
}
