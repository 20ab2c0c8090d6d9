/**
 * Types of the deploy stage: the model registry (versions, aliases, events), the package (the
 * lab's container: an immutable bundle whose id is its SHA-256 digest), endpoints and their
 * traffic strategies, requests and responses. Plain JSON only (package bytes are an ArrayBuffer).
 */
import type { ColumnType } from '../data/types';
import type { MetricScores } from '../evaluate/types';
import type { FittedPreprocessing, RunEnvironment } from '../train/run-types';

/** A registered model version: a finished run under a model name. */
export interface ModelVersion {
  id: string;
  projectId: string;
  /** Registry name; versions of one name count up from 1. */
  name: string;
  version: number;
  runId: string;
  /** Aliases pointing at this version (`champion`, `challenger`, user-defined); one version per alias and name. */
  aliases: string[];
  archived: boolean;
  /** The version's package, once packaged (its digest); null before. */
  packageId: string | null;
  createdAt: number;
}

/** One change of the registry, logged with its time and note. */
export interface RegistryEvent {
  id: string;
  projectId: string;
  name: string;
  modelVersionId: string;
  kind: 'register' | 'alias' | 'unalias' | 'archive' | 'package';
  alias: string | null;
  note: string;
  at: number;
}

/** One field of a package's input schema: what a request row must look like. */
export interface InputField {
  name: string;
  type: ColumnType;
  /** Whether the model saw missing values for it in training (a missing value is then allowed). */
  nullable: boolean;
  /** Categories seen in training (category and boolean fields). */
  categories: string[] | null;
  /** Training range (number fields). */
  min: number | null;
  max: number | null;
}

/** What to do with a request row that fails validation. */
export type ErrorPolicy = 'reject-request' | 'skip-row';

/** The package's manifest: everything but the weight bytes. */
export interface PackageManifest {
  format: 'lifecycle-lab-package';
  formatVersion: 1;
  projectId: string;
  modelVersionId: string;
  name: string;
  version: number;
  runId: string;
  task: 'classification' | 'regression';
  target: string;
  /** Class labels (classification) in output order; null for regression. */
  labels: string[] | null;
  inputSchema: InputField[];
  preprocessing: FittedPreprocessing;
  model: {
    /** TensorFlow.js layers `modelTopology` (JSON). */
    topology: Record<string, unknown>;
    weightSpecs: Record<string, unknown>[];
    /** Hex SHA-256 of the weight bytes (the run's artefact digest). */
    weightsDigest: string;
    weightBytes: number;
    parameters: number;
  };
  environment: RunEnvironment & { datasetVersionId: string };
  /** The run's last test evaluation, if any. */
  evaluation: { split: string; metrics: MetricScores; verdict: string } | null;
  /** The model card (standalone HTML) at packaging time, if the run was evaluated. */
  modelCardHtml: string | null;
  createdAt: number;
}

/** A stored package as the facade describes it (`id` = hex SHA-256 of its bytes). */
export interface PackageInfo {
  id: string;
  modelVersionId: string;
  manifest: PackageManifest;
  bytes: number;
  createdAt: number;
}

/** How an endpoint splits traffic between its champion and challenger. */
export type ServeStrategy = 'single' | 'canary' | 'shadow';

/** An endpoint's deployment. */
export interface EndpointInfo {
  endpoint: string;
  projectId: string;
  deploymentId: string;
  championPackageId: string;
  challengerPackageId: string | null;
  strategy: ServeStrategy;
  /** Share of requests the challenger answers (canary), 0 to 100. */
  percent: number;
  errorPolicy: ErrorPolicy;
  /** The deployment this one replaced (what rollback returns to); null for the first. */
  previousDeploymentId: string | null;
  createdAt: number;
}

/** A field of a request row that failed validation. */
export interface FieldError {
  /** 0-based row of the request. */
  row: number;
  field: string;
  reason: 'missing' | 'wrong-type' | 'unknown-category' | 'out-of-range' | 'unknown-field';
  /** What was sent, as text. */
  value: string;
  message: string;
}

/** One request row: field name → value. */
export type RequestRow = Record<string, string | number | boolean | null>;

/** What `lab.serve.predict` returns. */
export interface PredictResponse {
  endpoint: string;
  /** The model version and package that answered each row (canary splits rows). */
  answers: { modelVersionId: string; packageId: string; role: 'champion' | 'challenger' }[];
  predictions: (string | number | null)[];
  /** Class probabilities per row (classification), in `labels` order. */
  probabilities: number[][] | null;
  labels: string[] | null;
  /** Rows refused under the `skip-row` policy (their prediction is null). */
  errors: FieldError[];
  /** Shadow strategy: the challenger's predictions for the same rows, not returned to the caller as answers. */
  shadow: { modelVersionId: string; predictions: (string | number | null)[] } | null;
  latencyMs: number;
}
