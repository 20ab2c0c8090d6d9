/** Where a training run stands. */
export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Metrics of one epoch: `{ epoch, loss, val_loss, ... }`. */
export type EpochMetrics = Readonly<Record<string, number>>;

/** A training run (`runs`): everything needed to replay it exactly. */
export interface RunRow {
  id: string;
  projectId: string;
  versionId: string;
  /** The search run this trial belongs to; null for a plain run. */
  parentRunId: string | null;
  /** Model family, hyperparameters and preprocessing recipe (plain JSON). */
  spec: Readonly<Record<string, unknown>>;
  seed: number;
  /** App and TensorFlow.js versions, backend, adapter. */
  environment: Readonly<Record<string, string | number | null>>;
  status: RunStatus;
  epochs: EpochMetrics[];
  /** When the run was last evaluated; null until it is. */
  evaluatedAt: number | null;
  /** When the run was last explained; null until it is. */
  explainedAt: number | null;
  createdAt: number;
  finishedAt: number | null;
}
