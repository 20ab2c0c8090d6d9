/**
 * What a training run needs before its first batch: the stored run (new or resumed), its
 * version's table prepared with preprocessing fitted on the training rows, the checks that
 * reject bad input before anything is written, the backend, the model and its optimizer.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { computeRunSummary } from '../../src/lifecycle/train/run-summary';
import { checkTrainConfig, checkTrainingData } from '../../src/lifecycle/train/check-training';
import { computeTrainingData } from '../../src/lifecycle/train/prepare-training';
import type { RunInfo, TrainConfig, TrainingData } from '../../src/lifecycle/train/run-types';
import { buildModel, computeOutputUnits } from '../../src/lifecycle/train/tf/build-model';
import { createOptimizer } from '../../src/lifecycle/train/tf/train-step';
import { LabError } from '../../src/shared/lab-error';
import type { CheckpointRow, LabStore, RunsRepo } from '../../src/storage';
import { loadVersionTable } from '../data/version-table';
import { activateBackend, describeGpuAdapter, type ActiveBackend } from './backends';
import { checkpointLoadHandler, restoreOptimizerState } from './checkpoint-io';

/** A new run's identity and labels, or nothing for a resume (read from the stored run). */
export interface RunStart {
  config: TrainConfig;
  name: string;
  tags: string[];
  parentRunId: string | null;
  app: string;
}

/** Everything the loop trains with. */
export interface PreparedRun {
  run: RunInfo;
  data: TrainingData;
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  checkpoint: CheckpointRow | null;
  classes: number;
  device: ActiveBackend;
}

/** Per-class weights n / (k × count) of the training labels (1 for absent classes). */
function computeClassWeights(y: Float32Array, classes: number): Float32Array {
  const counts = new Float64Array(classes);
  for (const label of y) counts[label]! += 1;
  return Float32Array.from(counts, (count) => (count > 0 ? y.length / (classes * count) : 1));
}

/** Class weights the hyperparameters ask for, or null. */
export function computeRunClassWeights(prepared: PreparedRun): Float32Array | null {
  const { config } = prepared.run;
  if (config.task !== 'classification' || config.hyper.classWeights !== 'balanced') return null;
  return computeClassWeights(prepared.data.train.y, prepared.classes);
}

async function loadRunData(store: LabStore, config: TrainConfig): Promise<TrainingData> {
  const { version, table } = await loadVersionTable(store, config.versionId);
  checkTrainConfig(config, version.schema);
  const data = computeTrainingData({ schema: version.schema, table, config });
  checkTrainingData(data, config.hyper, config.task);
  return data;
}

async function activate(backend: string): Promise<ActiveBackend> {
  try {
    return await activateBackend(backend);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LabError('BACKEND_UNAVAILABLE', `The ${backend} backend is unavailable: ${detail}`, {
      params: { backend, detail },
    });
  }
}

/** Loads or creates the run, checks its data, and builds (or restores) its model. */
export async function prepareRun(
  store: LabStore,
  repo: RunsRepo,
  request: { runId: string; backend: string; start?: RunStart; now: number },
): Promise<PreparedRun> {
  const stored = request.start ? null : await repo.get(request.runId);
  if (stored && !['interrupted', 'failed', 'cancelled', 'paused'].includes(stored.status)) {
    throw new LabError(
      'INVALID_ARGUMENT',
      `Run ${stored.id} is ${stored.status}; it cannot resume.`,
      {
        params: { field: 'runId', reason: 'not-resumable', status: stored.status },
      },
    );
  }
  const config = request.start?.config ?? stored!.config;
  const data = await loadRunData(store, config);
  const device = await activate(request.backend);
  const environment = {
    app: request.start?.app ?? stored?.environment?.app ?? 'unknown',
    tfjs: tf.version_core,
    backend: request.backend,
    adapter: await describeGpuAdapter(),
    userAgent: (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '',
  };
  const target = data.preprocessing.target;
  const classes = target.kind === 'classes' ? target.classes.length : 0;
  const checkpoint = stored ? ((await repo.checkpoint(stored.id, 'last')) ?? null) : null;
  const model = checkpoint
    ? await tfl.loadLayersModel(checkpointLoadHandler(checkpoint))
    : buildModel(
        config.model,
        data.preprocessing.inputWidth,
        computeOutputUnits(config.task, classes),
        config.task,
        config.seed,
      );
  const optimizer = createOptimizer(config.hyper.optimizer, config.hyper.learningRate);
  if (checkpoint) await restoreOptimizerState(optimizer, checkpoint.optimizer);
  const kept = checkpoint ? checkpoint.epoch : 0;
  const run: RunInfo = stored
    ? {
        ...stored,
        status: 'running',
        error: null,
        environment,
        epochs: stored.epochs.filter((record) => record.epoch <= kept),
        summary: computeRunSummary(stored.epochs.filter((record) => record.epoch <= kept)),
        lastCheckpointEpoch: checkpoint ? checkpoint.epoch : null,
        finishedAt: null,
      }
    : {
        id: request.runId,
        projectId: config.projectId,
        versionId: config.versionId,
        parentRunId: request.start!.parentRunId,
        kind: 'train',
        name: request.start!.name,
        tags: request.start!.tags,
        notes: '',
        config,
        search: null,
        status: 'running',
        error: null,
        epochs: [],
        summary: computeRunSummary([]),
        epochsPlanned: config.hyper.epochs,
        preprocessing: data.preprocessing,
        notesFromData: data.notes,
        environment,
        artifact: null,
        lastCheckpointEpoch: null,
        createdAt: request.now,
        startedAt: request.now,
        finishedAt: null,
        trainMs: 0,
      };
  await repo.put(run);
  return { run, data, model, optimizer, checkpoint, classes, device };
}
