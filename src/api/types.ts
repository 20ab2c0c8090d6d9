import type {
  PlanHistoryEntry,
  Project,
  ProjectPlan,
  Stage,
  StageState,
} from '../lifecycle/plan/types';
import type {
  DataImportOptions,
  DataInferSchemaOptions,
  DataImportProgress,
  DataImportResult,
  DatasetVersionInfo,
  SampleInfo,
  VersionProfile,
  VersionRows,
} from './data-types';
import type { VersionImportance, VersionScatter } from '../../workers/data.api';
import type { VersionDiff } from '../../workers/data.api';
import type { RecipeApplyReport, RecipePreview } from '../../workers/data.api';
import type { UnlabelledRows } from '../../workers/data.api';
import type { RecipeStep, SplitRatios } from '../lifecycle/data/recipe/types';
import type { DatasetSchema } from '../lifecycle/data/types';
import type { PlanFeasibility } from '../lifecycle/plan/feasibility-types';

export type * from './data-types';
export type * from './train-types';
import type { LabTrainNamespaces } from './train-types';
import type { ExplainApi } from './explain';
import type { LabDeployNamespaces } from './deploy-types';
import type { LabMonitorNamespace } from './monitor-types';
import type { LineageApi } from './lineage';
import type { StorageApi } from './storage-api';
import type { RemovalResult } from '../storage/housekeeping-types';
export type * from '../storage/housekeeping-types';
export type { ExportReminderItem, ProjectActivity } from '../lifecycle/share/export-reminder';
export type * from './share-types';
import type { LabShareNamespace } from './share-types';
export type * from './monitor-types';
export type * from './deploy-types';
export type * from '../lifecycle/explain/types';
export type { RecipeApplyReport, RecipePreview, RecipeSide } from '../../workers/data.api';
export type {
  FittedStep,
  RecipeStep,
  RowCondition,
  SplitRatios,
} from '../lifecycle/data/recipe/types';

/** Options of `lab.data.split`: how rows are split (seeded), the ratios, and the class or time column. */
export interface DataSplitOptions {
  kind: 'random' | 'stratified' | 'time';
  ratios: SplitRatios;
  seed: number;
  /** The class column (stratified) or time column (time). */
  column?: string;
  /** Name of the added column (default "split"). */
  name?: string;
  signal?: AbortSignal;
}
export type { VersionImportance, VersionScatter } from '../../workers/data.api';
export type {
  ClassShare,
  CriterionFeasibility,
  PlanFeasibility,
  TargetSpread,
} from '../lifecycle/plan/feasibility-types';
export type { UnlabelledRows } from '../../workers/data.api';

/** Options of `lab.data.label`: the label column and the cells to set (0-based rows). */
export interface DataLabelOptions {
  column: string;
  assignments: readonly { row: number; value: string | number }[];
  signal?: AbortSignal;
}
export type { VersionDiff } from '../../workers/data.api';

/** Progress of long work, as every `onProgress` callback receives it. */
export interface Progress {
  done: number;
  total: number;
  phase: string;
  ratePerSecond?: number;
}

/** The TensorFlow.js backends the lab knows, in its order of preference when all else is equal. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** One row of the backend table: one backend (wasm once per thread count). */
export interface BackendMeasurement {
  /** Stable row id: `webgpu`, `webgl`, `wasm-1`, `wasm-4`, `cpu`. */
  id: string;
  backend: BackendName;
  /** Threads for wasm; 1 otherwise. */
  threads: number;
  available: boolean;
  /** Median milliseconds per training step of the reference workload; null when unavailable. */
  msPerStep: number | null;
  /** Why it is unavailable or failed, in English technical words; null when fine. */
  reason: string | null;
}

/** The device a backend choice is remembered for. */
export interface DeviceInfo {
  /** Stable key built from the browser and the GPU adapter. */
  key: string;
  userAgent: string;
  adapter: string | null;
  hardwareConcurrency: number;
}

/** What `lab.backend.probe()` returns and `current()` reports. */
export interface BackendChoice {
  device: DeviceInfo;
  table: BackendMeasurement[];
  /** Row id the lab measured fastest. */
  fastest: string | null;
  /** Row id in use: the user's override if set and available, else the fastest. */
  chosen: string | null;
  /** Row id the user forced in Settings, or null for automatic. */
  override: string | null;
  measuredAt: number | null;
}

/** `lab.storage.estimate()`. Bytes; null where the browser does not say. */
export interface StorageEstimate {
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

/** Health of the lab's database in this tab. */
export type StorageHealth = 'ok' | 'read-only' | 'lost';

/** A project and where it stands in the cycle. */
export interface ProjectSummary extends Project {
  stages: Record<Stage, StageState>;
}

/** `window.lab`: the facade. See README "The facade". */
export interface Lab
  extends LabTrainNamespaces, LabDeployNamespaces, LabMonitorNamespace, LabShareNamespace {
  explain: ExplainApi;
  /** The project lineage graph: every entity and how each was made. */
  lineage: LineageApi;
  version(): Promise<{ app: string; tfjs: string | null; backend: string | null }>;
  backend: {
    probe(options?: {
      onProgress?: (p: Progress) => void;
      signal?: AbortSignal;
    }): Promise<BackendChoice>;
    current(): Promise<BackendChoice>;
    /** Force a row id (`wasm-1`, `webgl`…) or `null` for automatic. */
    use(id: string | null): Promise<BackendChoice>;
    /** Trains `steps` steps of the reference model on the chosen (or given) backend. */
    trainSteps(options?: {
      backend?: string;
      steps?: number;
      /** Test and diagnostic faults; `device-lost` (webgpu only) destroys the GPU device. */
      injectFault?: 'throw' | 'crash' | 'device-lost';
      signal?: AbortSignal;
    }): Promise<{ backend: string; steps: number; msPerStep: number; loss: number }>;
    /**
     * Diagnostic for the bench: a plain TensorFlow.js loop (same MLP shape, adam, softmax
     * cross-entropy, random rows) in the train worker; training rows per second of each epoch.
     */
    benchPlainTraining(options: {
      backend: string;
      rows: number;
      features: number;
      classes: number;
      hidden: number[];
      batchSize: number;
      epochs: number;
      learningRate: number;
      seed: number;
    }): Promise<{ backend: string; samplesPerSecond: number[] }>;
  };
  storage: StorageApi;
  projects: {
    create(plan: Partial<ProjectPlan> & { name: string }): Promise<Project>;
    list(): Promise<ProjectSummary[]>;
    get(id: string): Promise<ProjectSummary>;
    /** Changes the plan; an edit that changes a field also appends a plan history entry. */
    update(id: string, patch: Partial<ProjectPlan>): Promise<Project>;
    remove(id: string): Promise<void>;
    /** The plan's saved states, newest first; creation is the first entry. */
    history(id: string): Promise<PlanHistoryEntry[]>;
  };
  data: {
    /** The sample datasets shipped with the lab, each with its source and licence. */
    samples(): Promise<SampleInfo[]>;
    /** Imports a sample into a project, with its target (and time column) set. */
    importSample(
      projectId: string,
      sampleId: string,
      options?: DataImportOptions & { onProgress?: (p: DataImportProgress) => void },
    ): Promise<DataImportResult>;
    /** Imports a File or Blob (CSV/TSV/delimited, JSON, JSON Lines, Parquet) in the data worker. */
    importFile(
      projectId: string,
      file: Blob,
      options?: DataImportOptions,
      onProgress?: (p: DataImportProgress) => void,
    ): Promise<DataImportResult>;
    /**
     * The schema an import of the File or Blob would infer (types, roles, missing tokens), read
     * in the data worker from about its first 10,000 rows; stores nothing. Edit it and pass it
     * to `importFile` as `schema`.
     */
    inferSchema(file: Blob, options?: DataInferSchemaOptions): Promise<DatasetSchema>;
    /** Imports from a URL, fetched and streamed in the data worker. */
    importUrl(
      projectId: string,
      url: string,
      options?: DataImportOptions,
      onProgress?: (p: DataImportProgress) => void,
    ): Promise<DataImportResult>;
    /** The project's dataset versions, oldest first. */
    versions(projectId: string): Promise<DatasetVersionInfo[]>;
    version(id: string): Promise<DatasetVersionInfo>;
    /** Decoded rows for the table view; at most 10,000 per call. */
    rows(versionId: string, window?: { offset?: number; limit?: number }): Promise<VersionRows>;
    /** Per-column statistics and the correlations of number columns, computed in the worker. */
    profile(versionId: string): Promise<VersionProfile>;
    /** What one recipe step would do: sample rows and column statistics before and after; writes nothing. */
    preview(
      versionId: string,
      step: RecipeStep,
      options?: { sampleRows?: number },
    ): Promise<RecipePreview>;
    /** Fits and applies one recipe step: a new version recording its parent and the fitted step. */
    apply(
      versionId: string,
      step: RecipeStep,
      options?: { signal?: AbortSignal },
    ): Promise<RecipeApplyReport>;
    /** Adds a seeded train/validation/test `split` column: `apply` of a split step. */
    split(versionId: string, options: DataSplitOptions): Promise<RecipeApplyReport>;
    /** Sets labels of `column` (a new category column when absent): `apply` of a label step. */
    label(versionId: string, options: DataLabelOptions): Promise<RecipeApplyReport>;
    /** The first `limit` (default 1,000) 0-based rows whose `column` is missing, and the labels in use. */
    unlabelled(
      versionId: string,
      options: { column: string; limit?: number },
    ): Promise<UnlabelledRows>;
    /**
     * Features ranked by mutual information (nats) with `target`, each with its univariate test
     * (ANOVA F, correlation F or chi-square: statistic, p-value), computed in the data worker.
     */
    importance(
      versionId: string,
      options: { target: string; seed?: number; maxRows?: number; signal?: AbortSignal },
    ): Promise<VersionImportance>;
    /** A seeded sample of at most `maxPoints` (x, y, colour) points of two number columns. */
    scatter(
      versionId: string,
      options: {
        x: string;
        y: string;
        color?: string | null;
        maxPoints?: number;
        seed?: number;
        signal?: AbortSignal;
      },
    ): Promise<VersionScatter>;
    /**
     * How far a plan is from free on a version: rows, columns, class balance or target spread,
     * missing share, and the trivial baseline (majority class / mean) scored on each criterion —
     * on the whole version, or fitted on `train` and scored on `test` when it has a `split` column.
     */
    feasibility(
      versionId: string,
      plan: Pick<ProjectPlan, 'task' | 'target' | 'criteria'>,
      options?: { signal?: AbortSignal },
    ): Promise<PlanFeasibility>;
    /** Schema changes, row counts and per-column statistics (count, missing, unique, mean, std) from `aId` to `bId`. */
    diff(aId: string, bId: string): Promise<VersionDiff>;
    /** A version as an RFC 4180 CSV Blob; imported again with its schema it gives the same version id. */
    exportCsv(versionId: string): Promise<Blob>;
    /** Takes a version out of a project; its chunks go once no project uses it (`kept` says why not). */
    removeVersion(projectId: string, versionId: string): Promise<RemovalResult>;
  };
}
