/**
 * The epochs of a run: seeded shuffles and dropout, a training step per batch, pause, cancel
 * and device checks between batches, validation metrics and checkpoints (with the run's new
 * state, in one transaction) after every epoch, early stopping.
 */
import { computeRunSummary } from '../../src/lifecycle/train/run-summary';
import { createEarlyStopping } from '../../src/lifecycle/train/early-stopping';
import type { EpochRecord, RunInfo, RunProgress } from '../../src/lifecycle/train/run-types';
import { computePermutation, computeSubSeed } from '../../src/lifecycle/train/sub-seed';
import { computePartSums, createTrainStep } from '../../src/lifecycle/train/tf/train-step';
import { LabError } from '../../src/shared/lab-error';
import { createRandom } from '../../src/shared/random';
import type { RunsRepo } from '../../src/storage';
import { saveModelArtifacts, saveOptimizerState, toCheckpointRow } from './checkpoint-io';
import { loseWebGlContext, watchActiveDevice } from './device-watch';
import { throwIfRunCancelled, waitWhilePaused, type RunControl } from './run-controls';
import { computeRunClassWeights, type PreparedRun } from './run-setup';

/** What the loop reports to and reads from its surroundings. */
export interface LoopContext {
  repo: RunsRepo;
  control: RunControl;
  send: (progress: RunProgress) => void;
  now: () => number;
  clock: () => number;
  /** Test fault: lose the WebGL context at the first batch of this epoch. */
  loseContextAtEpoch?: number;
}

/** Rows `order[from…to)` of a row-major matrix, gathered into `out`. */
function gather(
  x: Float32Array,
  width: number,
  order: Int32Array,
  from: number,
  to: number,
  out: Float32Array,
) {
  for (let i = from; i < to; i++)
    out.set(x.subarray(order[i]! * width, (order[i]! + 1) * width), (i - from) * width);
  return out.subarray(0, (to - from) * width);
}

/** Throws INTERRUPTED (reason device-lost) when the GPU under the backend is gone. */
function checkDevice(device: { lost(): string | null }, epoch: number, backend: string): void {
  const lost = device.lost();
  if (lost) {
    throw new LabError('INTERRUPTED', `${lost} during epoch ${epoch}`, {
      params: { reason: 'device-lost', backend, detail: lost },
    });
  }
}

/**
 * A step's result, or the device-loss error as soon as the device is gone: a read from a lost
 * WebGL context may never resolve, so the loop does not wait for it.
 */
async function raceDeviceLoss<T>(work: Promise<T>, check: () => void): Promise<T> {
  let timer: ReturnType<typeof setInterval> | undefined;
  const watch = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      try {
        check();
      } catch (error) {
        reject(error);
      }
    }, 50);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, watch]);
  } finally {
    clearInterval(timer);
  }
}

function metricNames(task: RunInfo['config']['task']) {
  return task === 'classification' ? 'accuracy' : 'mae';
}

/** Trains the remaining epochs; returns the run as last recorded and the early-stopping best. */
export async function trainEpochs(
  prepared: PreparedRun,
  context: LoopContext,
): Promise<{ run: RunInfo; bestEpoch: number | null }> {
  const { data, model, optimizer } = prepared;
  let run = prepared.run;
  const { hyper, seed, task } = run.config;
  const width = data.preprocessing.inputWidth;
  const scale = data.preprocessing.target.kind === 'numeric' ? data.preprocessing.target.scale : 1;
  const settings = {
    task,
    classes: prepared.classes,
    classWeights: computeRunClassWeights(prepared),
    dropout: run.config.model.family === 'mlp' ? run.config.model.dropout : 0,
    l2: run.config.model.l2,
  };
  const step = createTrainStep(model, optimizer, settings);
  const stopping = createEarlyStopping(hyper.earlyStopping);
  const loop = prepared.checkpoint?.loop as { stopping?: unknown } | undefined;
  if (loop?.stopping) stopping.restore(loop.stopping as ReturnType<typeof stopping.state>);
  const device = watchActiveDevice(prepared.device.lost);
  const n = data.train.rows.length;
  const batches = Math.ceil(n / hyper.batchSize);
  const xBatch = new Float32Array(hyper.batchSize * width);
  const yBatch = new Float32Array(hyper.batchSize);
  const metric = metricNames(task);
  const first = (run.lastCheckpointEpoch ?? 0) + 1;
  const setStatus = async (status: 'paused' | 'running', kind: 'paused' | 'resumed') => {
    run = await context.repo.update(run.id, { status });
    context.send({ kind, runId: run.id });
  };
  for (let epoch = first; epoch <= hyper.epochs; epoch++) {
    const started = context.now();
    const order = computePermutation(n, createRandom(computeSubSeed(seed, epoch)));
    let lossSum = 0;
    let hitSum = 0;
    let lastReport = started;
    for (let b = 0; b < batches; b++) {
      await waitWhilePaused(
        context.control,
        () => setStatus('paused', 'paused'),
        () => setStatus('running', 'resumed'),
      );
      throwIfRunCancelled(context.control);
      if (context.loseContextAtEpoch === epoch && b === 0) loseWebGlContext();
      const from = b * hyper.batchSize;
      const to = Math.min(n, from + hyper.batchSize);
      const x = gather(data.train.x, width, order, from, to, xBatch);
      for (let i = from; i < to; i++) yBatch[i - from] = data.train.y[order[i]!]!;
      checkDevice(device, epoch, run.environment?.backend ?? '');
      const sums = await raceDeviceLoss(
        step(x, yBatch.subarray(0, to - from), to - from, computeSubSeed(seed, epoch, b)),
        () => checkDevice(device, epoch, run.environment?.backend ?? ''),
      );
      checkDevice(device, epoch, run.environment?.backend ?? '');
      if (!Number.isFinite(sums.loss)) {
        throw new LabError(
          'TRAINING_DIVERGED',
          `The loss became ${sums.loss} at epoch ${epoch}, batch ${b + 1}.`,
          {
            params: {
              value: String(sums.loss),
              epoch,
              batch: b + 1,
              checkpoint: run.lastCheckpointEpoch ?? 0,
            },
          },
        );
      }
      lossSum += sums.loss;
      hitSum += sums.hits;
      const time = context.now();
      if (time - lastReport > 250 || b + 1 === batches) {
        lastReport = time;
        const rate = (to / Math.max(1e-6, time - started)) * 1000;
        context.send({
          kind: 'batch',
          runId: run.id,
          epoch,
          batch: b + 1,
          batches,
          samplesPerSecond: rate,
        });
      }
    }
    const trainMs = context.now() - started;
    const val = await computePartSums(
      model,
      data.validation.x,
      data.validation.y,
      data.validation.rows.length,
      settings,
    );
    const metrics: Record<string, number> = { loss: lossSum / n };
    metrics[metric] = task === 'classification' ? hitSum / n : (hitSum / n) * scale;
    if (val.rows > 0) {
      metrics.val_loss = val.loss / val.rows;
      metrics[`val_${metric}`] =
        task === 'classification' ? val.hits / val.rows : (val.hits / val.rows) * scale;
    }
    const ms = context.now() - started;
    const record: EpochRecord = {
      epoch,
      metrics,
      ms,
      samplesPerSecond: (n / Math.max(1e-6, trainMs)) * 1000,
    };
    const verdict = stopping.update(epoch, metrics);
    const improved = stopping.best()?.epoch === epoch;
    const artifacts = await saveModelArtifacts(model);
    const optimizerState = await saveOptimizerState(optimizer);
    const base = { runId: run.id, projectId: run.projectId, epoch, createdAt: context.clock() };
    const loopState = { stopping: stopping.state() };
    const rows = [toCheckpointRow({ ...base, slot: 'last' }, artifacts, optimizerState, loopState)];
    if (improved) rows.push(toCheckpointRow({ ...base, slot: 'best' }, artifacts, null, loopState));
    const epochs = [...run.epochs, record];
    run = {
      ...run,
      epochs,
      summary: computeRunSummary(epochs),
      lastCheckpointEpoch: epoch,
      trainMs: run.trainMs + ms,
    };
    await context.repo.recordEpoch(run, rows);
    const mean = run.epochs.reduce((sum, e) => sum + e.ms, 0) / run.epochs.length;
    context.send({
      kind: 'epoch',
      runId: run.id,
      record,
      epochs: hyper.epochs,
      etaMs: mean * (hyper.epochs - epoch),
    });
    if (verdict === 'stop') break;
  }
  return { run, bestEpoch: hyper.earlyStopping ? (stopping.best()?.epoch ?? null) : null };
}
