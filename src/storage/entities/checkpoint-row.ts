/** Weights of a run saved after an epoch (`checkpoints`), to resume or roll back. */
export interface CheckpointRow {
  id: string;
  runId: string;
  projectId: string;
  epoch: number;
  /** Model topology and weight specs (TensorFlow.js model artefacts, JSON part). */
  topology: Readonly<Record<string, unknown>>;
  weights: ArrayBuffer;
  createdAt: number;
}
