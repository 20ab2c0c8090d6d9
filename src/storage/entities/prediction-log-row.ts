/** One served prediction (`predictionLog`), keyed by an auto-incremented `seq`. */
export interface PredictionLogRow {
  /** Assigned by the database on insert. */
  seq?: number;
  projectId: string;
  /** The monitoring session that sent the request, or the endpoint for ad-hoc requests. */
  sessionId: string;
  deploymentId: string;
  modelVersionId: string;
  /** Simulated or real time of the request, epoch ms. */
  at: number;
  input: Readonly<Record<string, number | string | null>>;
  prediction: number | string;
  probabilities: number[] | null;
  /** The true value once known (labels arrive late); null until then. */
  label: number | string | null;
  latencyMs: number;
}
