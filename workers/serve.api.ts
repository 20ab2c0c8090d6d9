/**
 * The serve worker's API: evaluation of finished runs (scores, slices, robustness, latency,
 * the gate) and their per-row predictions. Serving model packages comes with the deploy stage.
 */
import type { EvaluationReport, RunPredictions } from '../src/lifecycle/evaluate/types';
import { useDataStore } from './data/data-stores';
import { createCancellation } from './runtime/cancellation';
import { describeScope, type WorkerDescription } from './runtime/describe-worker';
import { createProgressSender } from './runtime/progress-sender';
import { createSerialQueue } from './runtime/serial-queue';
import { evaluateRun, predictRun, type EvaluateRunRequest } from './serve/evaluate-run';

export type { EvaluateRunRequest };

const cancellation = createCancellation();
const serial = createSerialQueue();

export const serveApi = {
  /** Who this worker is and what it runs on. */
  async describeServeWorker(): Promise<WorkerDescription> {
    return describeScope('serve');
  },

  /** Evaluates a finished run on a split and stores the report with it. */
  async evaluateRun(
    request: EvaluateRunRequest & { callId?: string },
    onProgress?: (p: { done: number; total: number; phase: string }) => void,
  ): Promise<EvaluationReport> {
    const progress = createProgressSender(onProgress);
    return serial(async () => {
      try {
        const store = await useDataStore(request.dbName);
        const report = await evaluateRun(store, request, {
          now: () => performance.now(),
          clock: () => Date.now(),
          send: progress.send,
          throwIfCancelled: () => cancellation.throwIfCancelled(request.callId),
        });
        await progress.flush();
        return report;
      } finally {
        cancellation.settle(request.callId);
      }
    });
  },

  /** Per-row truth, prediction and probabilities of a finished run on a split. */
  async predictRun(request: {
    dbName?: string;
    runId: string;
    split: EvaluationReport['split'];
  }): Promise<RunPredictions> {
    return serial(async () => predictRun(await useDataStore(request.dbName), request));
  },

  /** Stops the evaluation `callId` at its next step. */
  async cancelServeWork(callId: string): Promise<void> {
    cancellation.cancel(callId);
  },
};

/** The serve worker's API, as the bridge sees it. */
export type ServeApi = typeof serveApi;
