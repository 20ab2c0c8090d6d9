/** Which checkpoint of a run a row is: the last epoch, the best epoch so far, or the final weights. */
export type CheckpointSlot = 'last' | 'best' | 'final';

/**
 * Weights of a run saved after an epoch (`checkpoints`), written through the train worker's
 * TensorFlow.js IO handler: the model artefacts (topology, weight specs, weight bytes), the
 * optimizer's state and the loop's state, so a run resumes exactly where it stopped.
 * Id: `<runId>:<slot>`.
 */
export interface CheckpointRow {
  id: string;
  runId: string;
  projectId: string;
  slot: CheckpointSlot;
  epoch: number;
  /** TensorFlow.js `modelTopology` (JSON). */
  topology: Readonly<Record<string, unknown>>;
  /** TensorFlow.js weight specs (name, shape, dtype) of `weights`. */
  weightSpecs: readonly Readonly<Record<string, unknown>>[];
  weights: ArrayBuffer;
  /** Hex SHA-256 of `weights`. */
  digest: string;
  /** The optimizer's variables (moments, iterations), as weight specs and bytes; null when none. */
  optimizer: { specs: readonly Readonly<Record<string, unknown>>[]; data: ArrayBuffer } | null;
  /** The training loop's state (early stopping, best epoch), plain JSON. */
  loop: Readonly<Record<string, unknown>>;
  createdAt: number;
}
