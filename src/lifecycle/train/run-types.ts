/**
 * Types of a training run: what the user asks for (model, hyperparameters, seed), what the lab
 * fits from the training split (preprocessing), and what a run records as it goes. Plain JSON
 * and typed arrays only, so they clone across workers and store in IndexedDB.
 */
import type { LabErrorData } from '../../shared/lab-error';
import type { Task } from '../plan/types';

/** Model families: linear regression, logistic (softmax) regression, multilayer perceptron. */
export type ModelFamily = 'linear' | 'logistic' | 'mlp';

/** Hidden-layer activations an MLP may use. */
export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'elu';

/** Optimizers the trainer knows. */
export type OptimizerName = 'adam' | 'sgd' | 'rmsprop';

/** The model: family and, for an MLP, its hidden layers. Linear and logistic ignore `hidden`. */
export interface ModelSpec {
  family: ModelFamily;
  /** Units of each hidden layer (MLP only), input side first. */
  hidden: number[];
  activation: Activation;
  /** Dropout rate after each hidden layer during training, 0 to < 1. */
  dropout: number;
  /** L2 penalty on every kernel (weight matrix), ≥ 0. */
  l2: number;
}

/** Early stopping: stop when `metric` (`val_loss`, `val_accuracy`…) has not improved for `patience` epochs. */
export interface EarlyStopping {
  metric: string;
  patience: number;
}

/** How the trainer learns. */
export interface TrainHyper {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  epochs: number;
  earlyStopping: EarlyStopping | null;
  /** `balanced`: each class weighted by n / (classes × count), as scikit-learn's. */
  classWeights: 'none' | 'balanced';
}

/**
 * Where the train, validation and test rows come from: the version's split column (codes of its
 * dictionary named `train`, `validation`, `test`), or a seeded stratified (classification) or
 * random (regression) split made by the run itself when the version has none.
 */
export type SplitSource =
  | { source: 'column'; column: string }
  | { source: 'seeded'; ratios: { train: number; validation: number; test: number }; seed: number };

/** Everything needed to replay a run exactly: one JSON object. */
export interface TrainConfig {
  projectId: string;
  versionId: string;
  task: Task;
  target: string;
  /** Feature columns; default every column whose role is `feature` (text columns excluded). */
  features: string[];
  split: SplitSource;
  model: ModelSpec;
  hyper: TrainHyper;
  seed: number;
}

/** How one input column becomes model inputs, fitted on the training rows only. */
export type FeatureTransform =
  | {
      kind: 'numeric';
      column: string;
      /** Training mean (also the fill for missing values) and scale ((x - mean) / scale). */
      mean: number;
      scale: number;
      /** True when the training spread was zero: the scale is 1 and the input is constant 0. */
      constant: boolean;
    }
  | {
      kind: 'one-hot';
      column: string;
      /** Training categories in sorted order; missing and unseen categories give all zeros. */
      categories: string[];
    };

/** The target, as the model sees it. */
export type TargetTransform =
  | { kind: 'classes'; column: string; classes: string[] }
  | { kind: 'numeric'; column: string; mean: number; scale: number };

/** Fitted preprocessing: stored with the run, shipped in the package, applied everywhere. */
export interface FittedPreprocessing {
  features: FeatureTransform[];
  /** Model input width: one per numeric column plus one per category of each one-hot column. */
  inputWidth: number;
  target: TargetTransform;
}

/** Row-major model inputs and targets of one part of the data. */
export interface TrainingMatrix {
  /** 0-based rows of the version, in order. */
  rows: Int32Array;
  /** rows.length × inputWidth, row-major. */
  x: Float32Array;
  /** Classification: class index per row; regression: the standardised target. */
  y: Float32Array;
}

/** The three parts of a version, ready for the model. */
export interface TrainingData {
  preprocessing: FittedPreprocessing;
  train: TrainingMatrix;
  validation: TrainingMatrix;
  test: TrainingMatrix;
  /** Things the user should know (constant columns, rows without a target dropped…). */
  notes: TrainingNote[];
}

/** Something the preparation decided that the user should see. */
export interface TrainingNote {
  code: 'constant-column' | 'missing-target-dropped' | 'text-column-skipped' | 'validation-carved';
  column?: string;
  count?: number;
}

/** Where a run stands. `interrupted`: the page closed or the device was lost; it can resume. */
export type RunStatus =
  'queued' | 'running' | 'paused' | 'interrupted' | 'done' | 'failed' | 'cancelled';

/** Metrics of one epoch: loss, accuracy or mae, and the same with `val_` for validation. */
export interface EpochRecord {
  epoch: number;
  metrics: Record<string, number>;
  /** Milliseconds the epoch took, and training rows per second in it. */
  ms: number;
  samplesPerSecond: number;
}

/** What the run recorded about the machine it ran on. */
export interface RunEnvironment {
  app: string;
  tfjs: string;
  /** Backend row id (`wasm-2`, `webgl`…). */
  backend: string;
  adapter: string | null;
  userAgent: string;
}

/** What lists show of a run's history without reading it: see `computeRunSummary`. */
export interface RunSummary {
  /** Epochs recorded. */
  epochs: number;
  /** Metrics of the last epoch; null before the first. */
  last: Record<string, number> | null;
  /** Per metric, its best value over the epochs (lowest for losses and errors) and when. */
  best: Record<string, { epoch: number; value: number }>;
}

/** The weights a finished run produced. */
export interface RunArtifact {
  /** The checkpoint row holding the final weights. */
  checkpointId: string;
  /** Hex SHA-256 of the weight bytes, checked on every load. */
  weightsDigest: string;
  weightBytes: number;
  parameters: number;
  /** The epoch whose weights these are (the best one under early stopping). */
  epoch: number;
}

/** Why the search marked its best trial best. */
export interface SearchBest {
  runId: string;
  metric: string;
  value: number;
  /** Plain words: "highest val_accuracy of 12 trials (0.981)". */
  why: string;
}

/** A search strategy and its budget. */
export interface SearchSpec {
  strategy: 'grid' | 'random' | 'halving';
  /** Hyperparameter name (`learningRate`, `hidden`, `dropout`, `l2`, `batchSize`, `optimizer`, `activation`) → values. */
  space: Record<string, (number | string | number[])[]>;
  /** Most trials (runs) and/or wall-clock minutes. */
  budget: { runs?: number; minutes?: number };
  /** The metric to optimise (`val_loss` default) and its direction. */
  metric: string;
  direction: 'min' | 'max';
  /** Halving: epochs of the first rung and the keep ratio (default 1/3). */
  halving?: { minEpochs: number; eta: number };
}

/** One trial a search strategy proposes. */
export interface SearchTrial {
  index: number;
  /** The overrides of this trial (keys of `SearchSpec.space`). */
  params: Record<string, number | string | number[]>;
  /** Epochs for this trial (halving rungs give fewer). */
  epochs: number;
  /** Halving rung, 0 first; 0 for grid and random. */
  rung: number;
}

/** A stored run, as the facade returns it. */
export interface RunInfo {
  id: string;
  projectId: string;
  versionId: string;
  /** The search this run is a trial of; null for a plain run or a search parent. */
  parentRunId: string | null;
  kind: 'train' | 'search';
  name: string;
  tags: string[];
  notes: string;
  config: TrainConfig;
  /** The search's spec and best trial (search parents only). */
  search: { spec: SearchSpec; trials: number; best: SearchBest | null } | null;
  status: RunStatus;
  /** Why it failed, was interrupted or was cancelled. */
  error: LabErrorData | null;
  /**
   * Per-epoch metrics, oldest first. Filled by `lab.runs.get` and by training; `lab.runs.list`
   * leaves it empty (long histories stay out of lists) and gives `summary` instead.
   */
  epochs: EpochRecord[];
  summary: RunSummary;
  /** Epochs asked for (a resumed run finishes these). */
  epochsPlanned: number;
  preprocessing: FittedPreprocessing | null;
  notesFromData: TrainingNote[];
  environment: RunEnvironment | null;
  artifact: RunArtifact | null;
  /** Last epoch saved as a checkpoint; null before the first. */
  lastCheckpointEpoch: number | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Training time in milliseconds, across resumes. */
  trainMs: number;
}

/** Progress of a training run: a tagged union. */
export type RunProgress =
  | { kind: 'prepared'; runId: string; rows: { train: number; validation: number; test: number } }
  | {
      kind: 'batch';
      runId: string;
      epoch: number;
      batch: number;
      batches: number;
      samplesPerSecond: number;
    }
  | { kind: 'epoch'; runId: string; record: EpochRecord; epochs: number; etaMs: number }
  | { kind: 'paused' | 'resumed'; runId: string }
  | { kind: 'finished'; runId: string; status: RunStatus };

/** Re-exported so the facade's users see one place for the task type. */
export type { Task };

/** One hyperparameter (or config path) whose value differs between compared runs. */
export interface RunDifference {
  /** Dotted path into the config: `hyper.learningRate`, `model.hidden`, `seed`. */
  path: string;
  /** One value per compared run, in the order asked (JSON text for arrays). */
  values: (string | number | boolean | null)[];
}

/** What `lab.runs.compare` returns: what differs, overlaid curves, parallel coordinates. */
export interface RunComparison {
  runIds: string[];
  differences: RunDifference[];
  /** Per metric (`loss`, `val_loss`…), one downsampled series (≤ 200 points) per run. */
  curves: {
    metric: string;
    series: { runId: string; points: { epoch: number; value: number }[] }[];
  }[];
  /** Axes: every differing hyperparameter, then the chosen metric (last epoch, or best). */
  parallel: {
    dimensions: { key: string; kind: 'number' | 'category' }[];
    metric: string;
    rows: { runId: string; values: Record<string, number | string | null> }[];
  };
}
