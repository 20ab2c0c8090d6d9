import type {
  EvaluationReport,
  EvaluationSplit,
  RunPredictions,
} from '../lifecycle/evaluate/types';
import type {
  ModelSpec,
  RunComparison,
  RunInfo,
  RunProgress,
  SearchSpec,
  SplitSource,
  TrainHyper,
  TrainingNote,
} from '../lifecycle/train/run-types';

export type * from '../lifecycle/train/run-types';
export type * from '../lifecycle/evaluate/types';

/** A long-lived training job: its run id, a promise of the finished run, and its controls. */
export interface RunHandle {
  id: string;
  /** Resolves with the run once it is done (or rejects: CANCELLED, DEVICE_LOST, INVALID_ARGUMENT…). */
  done: Promise<RunInfo>;
  cancel(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
}

/** Options of `lab.train.start`; what is left out comes from `lab.train.defaults`. */
export interface TrainStartOptions {
  projectId: string;
  versionId: string;
  model?: Partial<ModelSpec>;
  hyper?: Partial<TrainHyper>;
  seed?: number;
  /** Default: the project's target. */
  target?: string;
  features?: string[];
  split?: SplitSource;
  name?: string;
  tags?: string[];
  /** Backend row id; default the chosen one. */
  backend?: string;
  onProgress?: (progress: RunProgress) => void;
  /** Tests and diagnostics: lose the WebGL context (`WEBGL_lose_context`) at this epoch's first batch. */
  loseWebGlContextAtEpoch?: number;
}

/** Options of `lab.train.search`: a base like `start`, the space, strategy and budget. */
export interface TrainSearchOptions extends TrainStartOptions {
  space: SearchSpec['space'];
  strategy: SearchSpec['strategy'];
  budget: SearchSpec['budget'];
  metric?: string;
  direction?: SearchSpec['direction'];
  halving?: SearchSpec['halving'];
}

/** Sensible defaults for a version and the project's plan, with what the data showed. */
export interface TrainDefaults {
  target: string;
  task: 'classification' | 'regression';
  features: string[];
  split: SplitSource;
  model: ModelSpec;
  hyper: TrainHyper;
  seed: number;
  notes: TrainingNote[];
}

/** The train, runs and evaluate namespaces of the facade. */
export interface LabTrainNamespaces {
  train: {
    /** Defaults from the data: family by task, units by width, batch by rows, early stopping on. */
    defaults(projectId: string, versionId: string): Promise<TrainDefaults>;
    /** Checks the data (target, classes, rows, finite inputs) and starts a run in the train worker. */
    start(options: TrainStartOptions): Promise<RunHandle>;
    /** A parent run whose trials are child runs; the best is marked with why. */
    search(options: TrainSearchOptions): Promise<RunHandle>;
    /** Resumes an interrupted (or paused-then-closed) run from its last checkpoint. */
    resume(
      runId: string,
      options?: { backend?: string; onProgress?: (progress: RunProgress) => void },
    ): Promise<RunHandle>;
  };
  runs: {
    /** The project's runs, newest first. */
    list(projectId: string): Promise<RunInfo[]>;
    get(id: string): Promise<RunInfo>;
    /** What differs, overlaid curves, and parallel coordinates of two or more runs. */
    compare(ids: string[], options?: { metric?: string }): Promise<RunComparison>;
    /** Renames, tags or annotates a run. */
    update(id: string, patch: { name?: string; tags?: string[]; notes?: string }): Promise<RunInfo>;
    /** Deletes a run with its checkpoints (and its trials, for a search). */
    remove(id: string): Promise<void>;
  };
  evaluate: {
    /** Scores the run on a split in the serve worker and keeps the report. */
    run(
      runId: string,
      options?: {
        split?: EvaluationSplit;
        sensitive?: string | null;
        positive?: string | null;
        onProgress?: (p: { done: number; total: number; phase: string }) => void;
      },
    ): Promise<EvaluationReport>;
    /** The last report of a run on a split; null when it was never evaluated. */
    report(runId: string, options?: { split?: EvaluationSplit }): Promise<EvaluationReport | null>;
    /** Per-row truth, prediction and probabilities. */
    predictions(runId: string, options?: { split?: EvaluationSplit }): Promise<RunPredictions>;
    /** The model card as a standalone HTML document (from the last report). */
    modelCard(runId: string, options?: { split?: EvaluationSplit }): Promise<string>;
  };
}
