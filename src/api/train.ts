/**
 * `lab.train`: runs start in the train worker, which checks the data and writes the run only
 * once it is sound; `start` resolves with a handle once training has begun (or rejects with the
 * reason it could not), the handle's `done` once it has finished.
 */
import type { TrainBridge } from '../bridges/train-bridge';
import { checkTrainConfig } from '../lifecycle/train/check-training';
import type { RunInfo, RunProgress } from '../lifecycle/train/run-types';
import type { RunsRepo } from '../storage';
import type { Locale } from '../i18n';
import { LabError, toLabError } from '../shared/lab-error';
import { localizeError } from './localize-errors';
import type { BackendApi } from './backend';
import { startSearch } from './train-search';
import { computeStartConfig, computeVersionDefaults, type TrainConfigDeps } from './train-config';
import type { LabTrainNamespaces, RunHandle, TrainStartOptions } from './train-types';
import type { TrainRunRequest } from '../../workers/train.api';

/** What `lab.train` is made of. */
export interface TrainApiDeps extends TrainConfigDeps {
  bridge: TrainBridge;
  runs: RunsRepo;
  backend: Pick<BackendApi, 'current'>;
  /** The app version recorded in every run. */
  app: string;
  dbName?: string;
  newId?: () => string;
  /** The language `done` rejections are told in. */
  getLocale?: () => Locale;
}

/** `done` rejecting with a LabError in the current language, like every facade call. */
export function localizeDone<T>(deps: TrainApiDeps, done: Promise<T>): Promise<T> {
  const { getLocale } = deps;
  if (!getLocale) return done;
  return done.catch((error: unknown) => {
    throw localizeError(toLabError(error), getLocale());
  });
}

/** Runs one worker call as a handle: resolves once the run is prepared (its row written). */
export async function launchRun(
  deps: TrainApiDeps,
  request: TrainRunRequest,
  onProgress?: (progress: RunProgress) => void,
): Promise<RunHandle> {
  let prepared!: () => void;
  const ready = new Promise<void>((resolve) => (prepared = resolve));
  const done: Promise<RunInfo> = localizeDone(
    deps,
    deps.bridge.trainRun(request, {
      onProgress: (progress) => {
        if (progress.kind === 'prepared') prepared();
        onProgress?.(progress);
      },
    }),
  );
  await Promise.race([ready, done]);
  done.catch(() => undefined);
  const signal = (what: 'pause' | 'resume' | 'cancel') =>
    deps.bridge.signalRun(request.runId, what);
  return {
    id: request.runId,
    done,
    cancel: () => signal('cancel'),
    pause: () => signal('pause'),
    resume: () => signal('resume'),
  };
}

/** The backend to train on: the one asked for, else the lab's choice. */
export async function chooseTrainBackend(deps: TrainApiDeps, asked?: string): Promise<string> {
  if (asked) return asked;
  return (await deps.backend.current()).chosen ?? 'cpu';
}

/** `lab.train` over the train bridge. */
export function createTrainApi(deps: TrainApiDeps): LabTrainNamespaces['train'] {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  const start = async (options: TrainStartOptions, parentRunId: string | null = null) => {
    const config = await computeStartConfig(deps, options);
    checkTrainConfig(config);
    const backend = await chooseTrainBackend(deps, options.backend);
    const runId = newId();
    const name = options.name?.trim() || `${config.model.family} ${runId.slice(0, 6)}`;
    return launchRun(
      deps,
      {
        ...db,
        runId,
        backend,
        start: { config, name, tags: options.tags ?? [], parentRunId, app: deps.app },
        ...(options.loseWebGlContextAtEpoch
          ? { loseContextAtEpoch: options.loseWebGlContextAtEpoch }
          : {}),
      },
      options.onProgress,
    );
  };
  return {
    defaults: (projectId, versionId) => computeVersionDefaults(deps, projectId, versionId),
    start: (options) => start(options),
    search: (options) => startSearch(deps, options, newId, start),
    async resume(runId, options = {}) {
      const run = await deps.runs.get(runId);
      if (run.kind === 'search') {
        throw new LabError('INVALID_ARGUMENT', 'A search cannot resume; start a new one.', {
          params: { field: 'runId', reason: 'search-not-resumable' },
        });
      }
      const backend = await chooseTrainBackend(deps, options.backend);
      return launchRun(deps, { ...db, runId: run.id, backend }, options.onProgress);
    },
  };
}
