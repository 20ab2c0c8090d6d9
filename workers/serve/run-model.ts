/**
 * A finished run's model and data in the serve worker: its final weights loaded through the
 * checkpoint IO handler (digest checked), its version's table, and the rows of each part as
 * the run split them, with the run's stored preprocessing applied (the one preprocessing path).
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import { loadLayersModel } from '@tensorflow/tfjs-layers';
import type { ColumnTable, DatasetSchema } from '../../src/lifecycle/data/types';
import type { EvaluationSplit } from '../../src/lifecycle/evaluate/types';
import { applyPreprocessing } from '../../src/lifecycle/train/apply-preprocessing';
import { computeTrainingData } from '../../src/lifecycle/train/prepare-training';
import type {
  FittedPreprocessing,
  RunInfo,
  TrainingData,
} from '../../src/lifecycle/train/run-types';
import { computeOutputs } from '../../src/lifecycle/train/tf/train-step';
import { LabError } from '../../src/shared/lab-error';
import { createRunsRepo, type LabStore } from '../../src/storage';
import { loadVersionTable } from '../data/version-table';
import { activateBackend } from '../train/backends';
import { checkpointLoadHandler } from '../train/checkpoint-io';

/** Backend rows serving tries, best first: one-row predictions are fastest on WASM. */
export const servingBackends = ['wasm-1', 'cpu'] as const;

/** A loaded run, ready to predict. */
export interface LoadedRun {
  run: RunInfo;
  preprocessing: FittedPreprocessing;
  model: tfl.LayersModel;
  schema: DatasetSchema;
  table: ColumnTable;
  data: TrainingData;
  backend: string;
  modelBytes: number;
}

/** Activates the serving backend (WASM, else cpu); returns its row id. */
export async function activateServing(): Promise<string> {
  let last: unknown = null;
  // WASM fetches its binary from the page's origin: outside a worker (Node tests) serve on cpu.
  const inWorker =
    typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';
  for (const id of inWorker ? servingBackends : (['cpu'] as const)) {
    try {
      await activateBackend(id);
      return id;
    } catch (error) {
      last = error;
    }
  }
  throw new LabError('BACKEND_UNAVAILABLE', `No serving backend works: ${String(last)}`, {
    params: { backend: servingBackends.join(', ') },
  });
}

/** Loads a done run's model and data; INVALID_ARGUMENT when the run has not finished. */
export async function loadRun(store: LabStore, runId: string): Promise<LoadedRun> {
  const repo = createRunsRepo(store);
  const run = await repo.get(runId);
  const final = await repo.checkpoint(runId, 'final');
  if (run.status !== 'done' || !run.artifact || !run.preprocessing || !final) {
    throw new LabError('INVALID_ARGUMENT', `Run ${runId} has not finished training.`, {
      params: { field: 'runId', reason: 'run-not-done', status: run.status },
    });
  }
  if (final.digest !== run.artifact.weightsDigest) {
    throw new LabError('INTERNAL', `The weights of run ${runId} do not match its record.`);
  }
  const backend = await activateServing();
  const model = await loadLayersModel(checkpointLoadHandler(final));
  const { version, table } = await loadVersionTable(store, run.versionId);
  const data = computeTrainingData({ schema: version.schema, table, config: run.config });
  const modelBytes = final.weights.byteLength + JSON.stringify(final.topology).length;
  return {
    run,
    preprocessing: run.preprocessing,
    model,
    schema: version.schema,
    table,
    data,
    backend,
    modelBytes,
  };
}

/** Rows of a part of the run's data. */
export function partRows(loaded: LoadedRun, split: EvaluationSplit): Int32Array {
  return loaded.data[split].rows;
}

/** Model outputs for `rows` of `table` (probabilities n×k, or standardised values). */
export async function predictRows(
  loaded: LoadedRun,
  table: ColumnTable,
  rows: ArrayLike<number>,
): Promise<Float32Array> {
  const x = applyPreprocessing(loaded.schema, table, rows, loaded.preprocessing);
  return computeOutputs(loaded.model, x, rows.length);
}
