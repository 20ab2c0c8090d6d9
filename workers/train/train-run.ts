/**
 * A whole training run in the train worker: prepare (checks before anything is written),
 * hold the run's Web Lock (so a reloaded page can tell a live run from an interrupted one),
 * train the epochs, then mark it done with its final weights, proven loadable, in the same
 * transaction. Failures leave the run with its status, its error and its last checkpoint.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { runLockName } from '../../src/lifecycle/train/run-lock';
import type { RunInfo, RunProgress } from '../../src/lifecycle/train/run-types';
import { LabError, toLabError } from '../../src/shared/lab-error';
import { createRunsRepo, type LabStore, type RunsRepo } from '../../src/storage';
import { dropBackend } from './backends';
import { checkpointLoadHandler, saveModelArtifacts, toCheckpointRow } from './checkpoint-io';
import { releaseRunControl, useRunControl } from './run-controls';
import { trainEpochs } from './run-loop';
import { prepareRun, type RunStart } from './run-setup';

/** Request of the worker's `trainRun`: a new run (`start`) or a resume of `runId`. */
export interface TrainRunRequest {
  dbName?: string;
  runId: string;
  start?: RunStart;
  /** Backend row id to train on. */
  backend: string;
  /** Test fault: lose the WebGL context at the first batch of this epoch. */
  loseContextAtEpoch?: number;
}

async function withRunLock<T>(runId: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? (locks.request(runLockName(runId), work) as Promise<T>) : work();
}

async function finish(repo: RunsRepo, run: RunInfo, bestEpoch: number | null, now: number) {
  const slot = bestEpoch !== null ? 'best' : 'last';
  const source = await repo.checkpoint(run.id, slot);
  if (!source) throw new LabError('INTERNAL', `Run ${run.id} has no ${slot} checkpoint.`);
  // Loadable: the weights load into a model whose own weights hash to the stored digest.
  const reloaded = await tfl.loadLayersModel(checkpointLoadHandler(source));
  try {
    const check = await saveModelArtifacts(reloaded);
    if (check.digest !== source.digest) {
      throw new LabError('INTERNAL', `The weights of run ${run.id} did not reload identically.`);
    }
    const final = toCheckpointRow(
      {
        runId: run.id,
        projectId: run.projectId,
        slot: 'final',
        epoch: source.epoch,
        createdAt: now,
      },
      check,
      null,
      {},
    );
    const done: RunInfo = {
      ...run,
      status: 'done',
      finishedAt: now,
      artifact: {
        checkpointId: final.id,
        weightsDigest: final.digest,
        weightBytes: final.weights.byteLength,
        parameters: reloaded.countParams(),
        epoch: source.epoch,
      },
    };
    await repo.complete(done, final);
    return done;
  } finally {
    reloaded.dispose();
  }
}

async function recordFailure(repo: RunsRepo, runId: string, error: LabError, now: number) {
  const status =
    error.code === 'CANCELLED'
      ? 'cancelled'
      : error.code === 'INTERRUPTED'
        ? 'interrupted'
        : 'failed';
  await repo
    .update(runId, {
      status,
      error: error.toData(),
      finishedAt: status === 'interrupted' ? null : now,
    })
    .catch(() => undefined);
}

/** Trains (or resumes) a run to its end; resolves with the finished run. */
export async function runTraining(
  store: LabStore,
  request: TrainRunRequest,
  context: { send: (progress: RunProgress) => void; now: () => number; clock: () => number },
): Promise<RunInfo> {
  const repo = createRunsRepo(store);
  const control = useRunControl(request.runId);
  const prepared = await prepareRun(store, repo, {
    runId: request.runId,
    backend: request.backend,
    now: context.clock(),
    ...(request.start ? { start: request.start } : {}),
  }).catch((error: unknown) => {
    releaseRunControl(request.runId);
    throw error;
  });
  const { train, validation, test } = prepared.data;
  context.send({
    kind: 'prepared',
    runId: request.runId,
    rows: { train: train.rows.length, validation: validation.rows.length, test: test.rows.length },
  });
  try {
    return await withRunLock(request.runId, async () => {
      const { run, bestEpoch } = await trainEpochs(prepared, {
        repo,
        control,
        send: context.send,
        now: context.now,
        clock: context.clock,
        ...(request.loseContextAtEpoch ? { loseContextAtEpoch: request.loseContextAtEpoch } : {}),
      });
      const done = await finish(repo, run, bestEpoch, context.clock());
      context.send({ kind: 'finished', runId: run.id, status: 'done' });
      return done;
    });
  } catch (thrown) {
    const error = toLabError(thrown);
    if (error.code === 'INTERRUPTED') dropBackend(request.backend);
    await recordFailure(repo, request.runId, error, context.clock());
    throw error;
  } finally {
    prepared.model.dispose();
    prepared.optimizer.dispose();
    releaseRunControl(request.runId);
  }
}
