/**
 * The train worker's API: backend probe, reference training steps, runtime description.
 * A thin layer over src/lifecycle/train; `train.worker.ts` exposes it through Comlink.
 */
import { version_core } from '@tensorflow/tfjs-core';
import { parseBackendId } from '../src/lifecycle/train/backend-ranking';
import { maxTrainSteps, referenceSeed } from '../src/lifecycle/train/defaults';
import type {
  ProbeReport,
  ProbeRequest,
  RuntimeDescription,
  TrainProgress,
  TrainStepsReport,
  TrainStepsRequest,
} from '../src/lifecycle/train/types';
import { LabError } from '../src/shared/lab-error';
import { createCancellation } from './runtime/cancellation';
import { runJob } from './runtime/run-job';
import { createSerialQueue } from './runtime/serial-queue';
import { readNavigator } from './runtime/worker-scope';
import { currentBackendId, describeGpuAdapter, listBackendIds } from './train/backends';
import { measureBackend } from './train/measure-backends';
import { checkTrainFault, type TrainFault } from './train/train-faults';
import { trainWithFallback } from './train/train-with-fallback';

export type { TrainFault };

/** Request of the worker's `trainSteps` (its faults are for tests and diagnostics). */
export type TrainWorkerRequest = TrainStepsRequest;

import { createProgressSender } from './runtime/progress-sender';
import type { RunInfo, RunProgress } from '../src/lifecycle/train/run-types';
import { useDataStore } from './data/data-stores';
import { signalRun } from './train/run-controls';
import { runTraining, type TrainRunRequest } from './train/train-run';
import {
  runPlainTraining,
  type PlainTrainingReport,
  type PlainTrainingRequest,
} from './train/plain-loop';

export type { TrainRunRequest };

const cancellation = createCancellation();
/** Probes and training share the TensorFlow.js engine: one call at a time. */
const serial = createSerialQueue();
const now = () => performance.now();

function checkBackendIds(ids: readonly string[]): void {
  const bad = ids.find((id) => parseBackendId(id) === null);
  if (bad !== undefined) {
    throw new LabError('INVALID_ARGUMENT', `Unknown backend: ${bad}`, { params: { backend: bad } });
  }
}

async function describeRuntime(): Promise<RuntimeDescription> {
  const navigator = readNavigator();
  return {
    tfjs: version_core,
    backend: currentBackendId(),
    adapter: await describeGpuAdapter(),
    userAgent: navigator.userAgent ?? 'unknown',
    hardwareConcurrency: navigator.hardwareConcurrency ?? 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

export const trainApi = {
  /** Measures every backend this browser offers (or the `only` rows) on the reference MLP. */
  async probeBackends(
    request: ProbeRequest = {},
    onProgress?: (progress: TrainProgress) => void,
  ): Promise<ProbeReport> {
    const ids = request.only ?? listBackendIds();
    checkBackendIds(ids);
    return runJob(serial, cancellation, request.callId, onProgress, async (control) => {
      const table = [];
      for (const id of ids) {
        control.throwIfCancelled();
        const row = await measureBackend(id, request.seed ?? referenceSeed, now);
        table.push(row);
        control.send({ kind: 'probe', row, done: table.length, total: ids.length });
      }
      return { table, runtime: await describeRuntime() };
    });
  },

  /**
   * Trains `steps` steps of the reference MLP on row `backend`; when it fails to initialise
   * or its WebGPU device is lost, goes on with the `fallback` rows in order and says so.
   * `injectFault` (tests, diagnostics) fails the second step (or the only one): `throw`
   * throws in it, `crash` closes the worker, `device-lost` destroys the WebGPU device.
   */
  async trainSteps(
    request: TrainWorkerRequest,
    onProgress?: (progress: TrainProgress) => void,
  ): Promise<TrainStepsReport> {
    const steps = request.steps ?? 1;
    if (!Number.isInteger(steps) || steps < 1 || steps > maxTrainSteps) {
      throw new LabError(
        'INVALID_ARGUMENT',
        `steps must be an integer from 1 to ${maxTrainSteps}`,
        {
          params: { steps },
        },
      );
    }
    const rest = (request.fallback ?? []).filter((id) => id !== request.backend);
    const order = [request.backend, ...rest];
    checkBackendIds(order);
    checkTrainFault(request.injectFault, request.backend);
    return runJob(serial, cancellation, request.callId, onProgress, (control) =>
      trainWithFallback({
        order,
        steps,
        seed: request.seed ?? referenceSeed,
        now,
        checkCancelled: control.throwIfCancelled,
        onProgress: control.send,
        ...(request.injectFault ? { fault: request.injectFault } : {}),
      }),
    );
  },

  /**
   * Trains a run (new: `start`; resume: its stored config and last checkpoint) on `backend`.
   * Rejects before writing anything when the data or configuration is bad; once training has
   * begun, a failure leaves the run with its status, error and last checkpoint.
   */
  async trainRun(
    request: TrainRunRequest,
    onProgress?: (progress: RunProgress) => void,
  ): Promise<RunInfo> {
    const progress = createProgressSender(onProgress);
    return serial(async () => {
      const store = await useDataStore(request.dbName);
      const run = await runTraining(store, request, {
        send: progress.send,
        now,
        clock: () => Date.now(),
      });
      await progress.flush();
      return run;
    });
  },

  /** Pauses, resumes or cancels the run `runId` this worker trains (between batches). */
  async signalRun(runId: string, signal: 'pause' | 'resume' | 'cancel'): Promise<void> {
    signalRun(runId, signal);
  },

  /** Bench diagnostic: a plain TensorFlow.js loop (same MLP, random rows), rows/s per epoch. */
  async benchPlainTraining(request: PlainTrainingRequest): Promise<PlainTrainingReport> {
    return serial(() => runPlainTraining(request, now));
  },

  /** TensorFlow.js version, active backend, WebGPU adapter, browser and cores. */
  describeRuntime,

  /** Asks the running `trainSteps`/`probeBackends` call `callId` to stop at its next step. */
  async cancelTraining(callId: string): Promise<void> {
    cancellation.cancel(callId);
  },
};

/** The train worker's API, as the bridge sees it. */
export type TrainApi = typeof trainApi;
