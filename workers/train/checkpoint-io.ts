/**
 * TensorFlow.js IO handlers over the lab's own database: a model saves into a `checkpoints`
 * row (topology, weight specs, weight bytes and their SHA-256) and loads back from one, its
 * digest checked. Not TensorFlow.js's own `indexeddb://` store: one database, one migration path.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { LabError } from '../../src/shared/lab-error';
import type { CheckpointRow, CheckpointSlot } from '../../src/storage';
import { computeSha256 } from '../data/version-digest';

/** Model artefacts as stored: JSON parts and one weight buffer. */
export interface StoredArtifacts {
  topology: Record<string, unknown>;
  weightSpecs: Record<string, unknown>[];
  weights: ArrayBuffer;
  digest: string;
}

function joinWeights(data: tf.io.WeightData | undefined): ArrayBuffer {
  if (!data) return new ArrayBuffer(0);
  return Array.isArray(data) ? tf.io.CompositeArrayBuffer.join(data) : data;
}

/** Saves `model` through an IO handler and returns what it wrote, with the weights' digest. */
export async function saveModelArtifacts(model: tfl.LayersModel): Promise<StoredArtifacts> {
  let saved: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const artifacts = saved as tf.io.ModelArtifacts | null;
  if (!artifacts) throw new LabError('INTERNAL', 'The model saved no artefacts.');
  const weights = joinWeights(artifacts.weightData);
  return {
    topology: artifacts.modelTopology as Record<string, unknown>,
    weightSpecs: (artifacts.weightSpecs ?? []) as unknown as Record<string, unknown>[],
    weights,
    digest: await computeSha256(new Uint8Array(weights)),
  };
}

/** The optimizer's variables as weight specs and one buffer (null when it has none yet). */
export async function saveOptimizerState(
  optimizer: tf.Optimizer,
): Promise<CheckpointRow['optimizer']> {
  const named = await optimizer.getWeights();
  if (named.length === 0) return null;
  const { data, specs } = await tf.io.encodeWeights(named);
  return { specs: specs as unknown as Record<string, unknown>[], data: joinWeights(data) };
}

/** Restores an optimizer's variables saved by `saveOptimizerState`. */
export async function restoreOptimizerState(
  optimizer: tf.Optimizer,
  state: CheckpointRow['optimizer'],
): Promise<void> {
  if (!state) return;
  const specs = state.specs as unknown as tf.io.WeightsManifestEntry[];
  const map = tf.io.decodeWeights(state.data, specs);
  await optimizer.setWeights(specs.map((spec) => ({ name: spec.name, tensor: map[spec.name]! })));
}

/** A checkpoint row for `artifacts`. */
export function toCheckpointRow(
  base: {
    runId: string;
    projectId: string;
    slot: CheckpointSlot;
    epoch: number;
    createdAt: number;
  },
  artifacts: StoredArtifacts,
  optimizer: CheckpointRow['optimizer'],
  loop: Record<string, unknown>,
): CheckpointRow {
  return {
    id: `${base.runId}:${base.slot}`,
    ...base,
    topology: artifacts.topology,
    weightSpecs: artifacts.weightSpecs,
    weights: artifacts.weights,
    digest: artifacts.digest,
    optimizer,
    loop,
  };
}

/**
 * An IO handler that loads a checkpoint row: refuses (INTERNAL, naming the run) when its
 * weight bytes do not hash to the digest stored with them.
 */
export function checkpointLoadHandler(row: CheckpointRow): tf.io.IOHandler {
  return {
    async load() {
      const digest = await computeSha256(new Uint8Array(row.weights));
      if (digest !== row.digest) {
        throw new LabError(
          'INTERNAL',
          `The weights of run ${row.runId} are damaged (digest mismatch).`,
        );
      }
      return {
        modelTopology: row.topology as tf.io.ModelArtifacts['modelTopology'],
        weightSpecs: row.weightSpecs as unknown as tf.io.WeightsManifestEntry[],
        weightData: row.weights,
      };
    },
  };
}
