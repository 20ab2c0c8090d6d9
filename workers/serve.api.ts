/**
 * The serve worker's API: evaluation of finished runs (scores, slices, robustness, latency,
 * the gate), their per-row predictions and explanations; packaging registered versions, and
 * serving endpoints from packages.
 */
import type { EvaluationReport, RunPredictions } from '../src/lifecycle/evaluate/types';
import { useDataStore } from './data/data-stores';
import { createCancellation } from './runtime/cancellation';
import { describeScope, type WorkerDescription } from './runtime/describe-worker';
import { createProgressSender } from './runtime/progress-sender';
import { runJob, type JobControl } from './runtime/run-job';
import { createSerialQueue } from './runtime/serial-queue';
import {
  evaluateRun,
  predictRun,
  type EvaluateRunRequest,
  type JobContext,
} from './serve/evaluate-run';
import { explainGlobal, type ExplainGlobalRequest } from './serve/explain-global';
import { explainLocal, type ExplainLocalRequest } from './serve/explain-local';
import { loadRun, predictRows } from './serve/run-model';
import { maxBatchRows } from '../src/lifecycle/explain/defaults';
import type { GlobalExplanation, LocalExplanation } from '../src/lifecycle/explain/types';

import { packageModelVersion, type PackageRequest } from './serve/package-model';
import { predictEndpoint } from './serve/serve-endpoint';
import type { PackageInfo, PredictResponse } from '../src/lifecycle/deploy/types';
import { transfer } from 'comlink';
import { exportModelZip, type ModelZipRequest } from './serve/model-zip';

export type { ModelZipRequest };

export type { EvaluateRunRequest, ExplainGlobalRequest, ExplainLocalRequest, PackageRequest };

type ServeProgress = { done: number; total: number; phase: string };

const cancellation = createCancellation();
const serial = createSerialQueue();

/** The clocks, progress and cancellation check a long serve job runs with. */
function serveContext(control: JobControl<ServeProgress>): JobContext {
  return { now: () => performance.now(), clock: () => Date.now(), ...control };
}

export const serveApi = {
  /** Who this worker is and what it runs on. */
  async describeServeWorker(): Promise<WorkerDescription> {
    return describeScope('serve');
  },

  /** Evaluates a finished run on a split and stores the report with it. */
  async evaluateRun(
    request: EvaluateRunRequest & { callId?: string },
    onProgress?: (p: ServeProgress) => void,
  ): Promise<EvaluationReport> {
    return runJob(serial, cancellation, request.callId, onProgress, async (control) =>
      evaluateRun(await useDataStore(request.dbName), request, serveContext(control)),
    );
  },

  /** Per-row truth, prediction and probabilities of a finished run on a split. */
  async predictRun(request: {
    dbName?: string;
    runId: string;
    split: EvaluationReport['split'];
  }): Promise<RunPredictions> {
    return serial(async () => predictRun(await useDataStore(request.dbName), request));
  },

  /** Permutation importance, partial dependence, coefficients and structure; stored with the run. */
  async explainGlobal(
    request: ExplainGlobalRequest,
    onProgress?: (p: ServeProgress) => void,
  ): Promise<GlobalExplanation> {
    return runJob(serial, cancellation, request.callId, onProgress, async (control) =>
      explainGlobal(await useDataStore(request.dbName), request, serveContext(control)),
    );
  },

  /** Additive attributions of one prediction (a stored row or one typed in). */
  async explainLocal(
    request: ExplainLocalRequest,
    onProgress?: (p: ServeProgress) => void,
  ): Promise<LocalExplanation> {
    const progress = createProgressSender(onProgress);
    return serial(async () => {
      const store = await useDataStore(request.dbName);
      const explanation = await explainLocal(store, request, progress.send);
      await progress.flush();
      return explanation;
    });
  },

  /** Bench diagnostic: milliseconds to predict `rows` repeated version rows of a run. */
  async benchPredictRows(request: {
    dbName?: string;
    runId: string;
    rows: number;
  }): Promise<{ rows: number; ms: number; loadMs: number }> {
    return serial(async () => {
      const started = performance.now();
      const loaded = await loadRun(await useDataStore(request.dbName), request.runId);
      const loadMs = performance.now() - started;
      try {
        const count = loaded.table.rowCount;
        let ms = 0;
        // Batches as the local explainers send them (at most maxBatchRows rows per call).
        for (let start = 0; start < request.rows; start += maxBatchRows) {
          const size = Math.min(maxBatchRows, request.rows - start);
          const rows = Int32Array.from({ length: size }, (_, i) => (start + i) % count);
          const begun = performance.now();
          await predictRows(loaded, loaded.table, rows);
          ms += performance.now() - begun;
        }
        return { rows: request.rows, ms, loadMs };
      } finally {
        loaded.model.dispose();
      }
    });
  },

  /** Packages a registered version into one buffer whose id is its SHA-256 digest. */
  async packageModel(request: PackageRequest): Promise<PackageInfo> {
    return serial(async () =>
      packageModelVersion(await useDataStore(request.dbName), request, () => Date.now()),
    );
  },

  /** Answers a request at an endpoint from its packages (validated, routed, logged). */
  async predictEndpoint(request: {
    dbName?: string;
    endpoint: string;
    rows: unknown;
  }): Promise<PredictResponse> {
    return serial(async () =>
      predictEndpoint(await useDataStore(request.dbName), request, () => performance.now()),
    );
  },

  /** Stops the evaluation `callId` at its next step. */
  async cancelServeWork(callId: string): Promise<void> {
    cancellation.cancel(callId);
  },

  /** A model version on its own as zip bytes (model.json, weights, preprocessing, README). */
  async exportModelZip(request: ModelZipRequest): Promise<Uint8Array> {
    return serial(async () => {
      const bytes = await exportModelZip(await useDataStore(request.dbName), request);
      return transfer(bytes, [bytes.buffer]);
    });
  },
};

/** The serve worker's API, as the bridge sees it. */
export type ServeApi = typeof serveApi;
