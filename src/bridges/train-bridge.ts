/** The only code that starts the train worker (backend probe, training). */
import { proxy } from 'comlink';
import type {
  ProbeReport,
  ProbeRequest,
  RuntimeDescription,
  TrainProgress,
  TrainStepsReport,
} from '../lifecycle/train/types';
import type { RunInfo, RunProgress } from '../lifecycle/train/run-types';
import type { TrainApi, TrainRunRequest, TrainWorkerRequest } from '../../workers/train.api';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';

/** Per-call options of the train bridge. */
export interface TrainCallOptions extends CallOptions {
  onProgress?: (progress: TrainProgress) => void;
}

/** The train worker, seen from the main thread. */
export interface TrainBridge {
  probeBackends(request?: ProbeRequest, options?: TrainCallOptions): Promise<ProbeReport>;
  /** `request.injectFault` (`throw`, `crash`, `device-lost`) is for tests and diagnostics. */
  trainSteps(request: TrainWorkerRequest, options?: TrainCallOptions): Promise<TrainStepsReport>;
  describeRuntime(options?: CallOptions): Promise<RuntimeDescription>;
  /** Trains (or resumes) a run in the worker; resolves with the finished run. */
  trainRun(
    request: TrainRunRequest,
    options?: CallOptions & { onProgress?: (progress: RunProgress) => void },
  ): Promise<RunInfo>;
  /** Pauses, resumes or cancels a run between batches. */
  signalRun(runId: string, signal: 'pause' | 'resume' | 'cancel'): Promise<void>;
  /** Bench diagnostic: a plain TensorFlow.js loop in the worker, rows/s per epoch. */
  benchPlainTraining: TrainApi['benchPlainTraining'];
  /** Stops the worker now. */
  dispose(): void;
}

/** A bridge to a lazily started train worker. */
export function createTrainBridge(hooks: BridgeHooks = {}): TrainBridge {
  const bridge = new WorkerBridge<TrainApi>({
    ...hooks,
    name: 'train',
    create: () =>
      new Worker(new URL('../../workers/train.worker.ts', import.meta.url), {
        type: 'module',
        name: 'train',
      }),
    cancel: (remote, callId) => remote.cancelTraining(callId),
  });
  const progress = (options: TrainCallOptions) =>
    options.onProgress ? proxy(options.onProgress) : undefined;
  return {
    probeBackends: (request = {}, options = {}) =>
      bridge.call(
        (remote, callId) => remote.probeBackends({ ...request, callId }, progress(options)),
        options,
      ),
    trainSteps: (request, options = {}) =>
      bridge.call(
        (remote, callId) => remote.trainSteps({ ...request, callId }, progress(options)),
        options,
      ),
    describeRuntime: (options = {}) => bridge.call((remote) => remote.describeRuntime(), options),
    trainRun: (request, options = {}) =>
      bridge.call(
        (remote) =>
          remote.trainRun(request, options.onProgress ? proxy(options.onProgress) : undefined),
        options,
      ),
    signalRun: (runId, signal) => bridge.call((remote) => remote.signalRun(runId, signal)),
    benchPlainTraining: (request) => bridge.call((remote) => remote.benchPlainTraining(request)),
    dispose: () => bridge.dispose(),
  };
}
