/** The only code that starts the serve worker (evaluation now; serving packages with deploy). */
import { proxy } from 'comlink';
import type { EvaluationReport, RunPredictions } from '../lifecycle/evaluate/types';
import type { GlobalExplanation, LocalExplanation } from '../lifecycle/explain/types';
import type {
  EvaluateRunRequest,
  ExplainGlobalRequest,
  ExplainLocalRequest,
  ModelZipRequest,
  PackageRequest,
  ServeApi,
} from '../../workers/serve.api';
import type { PackageInfo, PredictResponse } from '../lifecycle/deploy/types';
import type { WorkerDescription } from '../../workers/runtime/describe-worker';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';

/** The serve worker, seen from the main thread. */
export interface ServeBridge {
  describeServeWorker(options?: CallOptions): Promise<WorkerDescription>;
  evaluateRun(
    request: EvaluateRunRequest,
    options?: CallOptions & {
      onProgress?: (p: { done: number; total: number; phase: string }) => void;
    },
  ): Promise<EvaluationReport>;
  predictRun(
    request: { dbName?: string; runId: string; split: EvaluationReport['split'] },
    options?: CallOptions,
  ): Promise<RunPredictions>;
  explainGlobal(
    request: ExplainGlobalRequest,
    options?: CallOptions & {
      onProgress?: (p: { done: number; total: number; phase: string }) => void;
    },
  ): Promise<GlobalExplanation>;
  explainLocal(
    request: ExplainLocalRequest,
    options?: CallOptions & {
      onProgress?: (p: { done: number; total: number; phase: string }) => void;
    },
  ): Promise<LocalExplanation>;
  benchPredictRows(
    request: { dbName?: string; runId: string; rows: number },
    options?: CallOptions,
  ): Promise<{ rows: number; ms: number; loadMs: number }>;
  packageModel(request: PackageRequest, options?: CallOptions): Promise<PackageInfo>;
  predictEndpoint(
    request: { dbName?: string; endpoint: string; rows: unknown },
    options?: CallOptions,
  ): Promise<PredictResponse>;
  /** A model version's package as zip bytes of the standard TensorFlow.js files and a README. */
  exportModelZip(request: ModelZipRequest, options?: CallOptions): Promise<Uint8Array>;
  dispose(): void;
}

/** A bridge to a lazily started serve worker. */
export function createServeBridge(hooks: BridgeHooks = {}): ServeBridge {
  const bridge = new WorkerBridge<ServeApi>({
    ...hooks,
    name: 'serve',
    create: () =>
      new Worker(new URL('../../workers/serve.worker.ts', import.meta.url), {
        type: 'module',
        name: 'serve',
      }),
    cancel: (remote, callId) => remote.cancelServeWork(callId),
  });
  return {
    describeServeWorker: (options) =>
      bridge.call((remote) => remote.describeServeWorker(), options),
    evaluateRun: (request, options = {}) =>
      bridge.call(
        (remote, callId) =>
          remote.evaluateRun(
            { ...request, callId },
            options.onProgress ? proxy(options.onProgress) : undefined,
          ),
        options,
      ),
    predictRun: (request, options = {}) =>
      bridge.call((remote) => remote.predictRun(request), options),
    explainGlobal: (request, options = {}) =>
      bridge.call(
        (remote, callId) =>
          remote.explainGlobal(
            { ...request, callId },
            options.onProgress ? proxy(options.onProgress) : undefined,
          ),
        options,
      ),
    explainLocal: (request, options = {}) =>
      bridge.call(
        (remote) =>
          remote.explainLocal(request, options.onProgress ? proxy(options.onProgress) : undefined),
        options,
      ),
    benchPredictRows: (request, options = {}) =>
      bridge.call((remote) => remote.benchPredictRows(request), options),
    packageModel: (request, options = {}) =>
      bridge.call((remote) => remote.packageModel(request), options),
    predictEndpoint: (request, options = {}) =>
      bridge.call((remote) => remote.predictEndpoint(request), options),
    exportModelZip: (request, options = {}) =>
      bridge.call((remote) => remote.exportModelZip(request), options),
    dispose: () => bridge.dispose(),
  };
}
