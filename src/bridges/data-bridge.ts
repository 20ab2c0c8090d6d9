/** The only code that starts the data worker (digests, imports, row windows, profiles). */
import { proxy, transfer } from 'comlink';
import type {
  DataApi,
  FeasibilityRequest,
  ImportTableProgress,
  ImportTableReport,
  ImportTableRequest,
  InferSchemaRequest,
  RecipeApplyReport,
  RecipePreview,
  RecipeStepRequest,
  RankFeaturesRequest,
  ScatterRequest,
  VersionImportance,
  VersionProfile,
  VersionRows,
  VersionScatter,
  UnlabelledRequest,
  UnlabelledRows,
  DiffVersionsRequest,
  VersionDiff,
} from '../../workers/data.api';
import type { PlanFeasibility } from '../lifecycle/plan/feasibility-types';
import type { DatasetSchema } from '../lifecycle/data/types';
import type { WorkerDescription } from '../../workers/runtime/describe-worker';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';
import type { ShareImportSummary, ShareProgress, ShareSelection } from '../api/share-types';

/** Per-call options of an import: abort signal and progress. */
export interface ImportCallOptions extends CallOptions {
  onProgress?: (progress: ImportTableProgress) => void;
}

/** The data worker, seen from the main thread. */
export interface DataBridge {
  /** Hex SHA-256 of `buffer`, which is transferred (detached here) to the worker. */
  digestBuffer(buffer: ArrayBuffer, options?: CallOptions): Promise<string>;
  /** Imports a Blob or URL in the worker, which writes the chunks to IndexedDB itself. */
  importTable(
    request: Omit<ImportTableRequest, 'callId'>,
    options?: ImportCallOptions,
  ): Promise<ImportTableReport>;
  /** The schema an import of a Blob would infer, from its first rows, in the worker. */
  inferSchema(request: InferSchemaRequest, options?: CallOptions): Promise<DatasetSchema>;
  readVersionRows(
    request: { dbName?: string; versionId: string; offset: number; limit: number },
    options?: CallOptions,
  ): Promise<VersionRows>;
  profileVersion(
    request: { dbName?: string; versionId: string },
    options?: CallOptions,
  ): Promise<VersionProfile>;
  rankVersionFeatures(
    request: RankFeaturesRequest,
    options?: CallOptions,
  ): Promise<VersionImportance>;
  sampleVersionPoints(request: ScatterRequest, options?: CallOptions): Promise<VersionScatter>;
  assessPlanFeasibility(
    request: FeasibilityRequest,
    options?: CallOptions,
  ): Promise<PlanFeasibility>;
  previewStep(request: RecipeStepRequest, options?: CallOptions): Promise<RecipePreview>;
  /** Applies a recipe step in the worker, which writes the new version itself. */
  applyStep(
    request: Omit<RecipeStepRequest, 'callId'>,
    options?: CallOptions,
  ): Promise<RecipeApplyReport>;
  /** Schema, row and statistics changes between two stored versions, computed in the worker. */
  diffVersions(request: DiffVersionsRequest, options?: CallOptions): Promise<VersionDiff>;
  /** A stored version as an RFC 4180 CSV Blob, written in the worker. */
  exportVersionCsv(
    request: { dbName?: string; versionId: string },
    options?: CallOptions,
  ): Promise<Blob>;
  /** A project or a selection as one archive Blob. */
  exportArchive(
    request: { dbName?: string; selection: ShareSelection; app: string },
    onProgress?: (progress: ShareProgress) => void,
  ): Promise<{ blob: Blob; sha256: string }>;
  /** Checks and imports an archive (Blob or URL). */
  importArchive(
    request: { dbName?: string; source: Blob | string; file: string },
    onProgress?: (progress: ShareProgress) => void,
  ): Promise<ShareImportSummary>;
  /** Rows of a version whose label column is missing, and the labels in use. */
  listUnlabelledRows(request: UnlabelledRequest, options?: CallOptions): Promise<UnlabelledRows>;
  describeDataWorker(options?: CallOptions): Promise<WorkerDescription>;
  dispose(): void;
}

/** A bridge to a lazily started data worker. */
export function createDataBridge(hooks: BridgeHooks = {}): DataBridge {
  const bridge = new WorkerBridge<DataApi>({
    ...hooks,
    name: 'data',
    create: () =>
      new Worker(new URL('../../workers/data.worker.ts', import.meta.url), {
        type: 'module',
        name: 'data',
      }),
    cancel: (remote, callId) => remote.cancelDataWork(callId),
  });
  return {
    digestBuffer: (buffer, options) =>
      bridge.call((remote) => remote.digestBuffer(transfer(buffer, [buffer])), options),
    importTable: (request, options = {}) =>
      bridge.call(
        (remote, callId) =>
          remote.importTable(
            { ...request, callId },
            options.onProgress ? proxy(options.onProgress) : undefined,
          ),
        options,
      ),
    inferSchema: (request, options) =>
      bridge.call((remote) => remote.inferSchema(request), options),
    readVersionRows: (request, options) =>
      bridge.call((remote) => remote.readVersionRows(request), options),
    profileVersion: (request, options) =>
      bridge.call((remote) => remote.profileVersion(request), options),
    rankVersionFeatures: (request, options) =>
      bridge.call((remote) => remote.rankVersionFeatures(request), options),
    sampleVersionPoints: (request, options) =>
      bridge.call((remote) => remote.sampleVersionPoints(request), options),
    assessPlanFeasibility: (request, options) =>
      bridge.call((remote) => remote.assessPlanFeasibility(request), options),
    previewStep: (request, options) =>
      bridge.call((remote) => remote.previewStep(request), options),
    applyStep: (request, options) =>
      bridge.call((remote, callId) => remote.applyStep({ ...request, callId }), options),
    diffVersions: (request, options) =>
      bridge.call((remote) => remote.diffVersions(request), options),
    exportVersionCsv: (request, options) =>
      bridge.call((remote) => remote.exportVersionCsv(request), options),
    exportArchive: (request, onProgress) =>
      bridge.call((remote) =>
        remote.exportArchive(request, onProgress ? proxy(onProgress) : undefined),
      ),
    importArchive: (request, onProgress) =>
      bridge.call((remote) =>
        remote.importArchive(request, onProgress ? proxy(onProgress) : undefined),
      ),
    listUnlabelledRows: (request, options) =>
      bridge.call((remote) => remote.listUnlabelledRows(request), options),
    describeDataWorker: (options) => bridge.call((remote) => remote.describeDataWorker(), options),
    dispose: () => bridge.dispose(),
  };
}
