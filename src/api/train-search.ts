/**
 * `lab.train.search`: a parent run whose trials are child runs, proposed by the search planner
 * (grid, random or successive halving) and trained one after another in the train worker,
 * within a budget of runs and/or minutes. The best trial is marked on the parent, with why.
 */
import { runLockName } from '../lifecycle/train/run-lock';
import { computeRunSummary } from '../lifecycle/train/run-summary';
import { checkTrainConfig } from '../lifecycle/train/check-training';
import { computeBestMetric } from '../lifecycle/train/compare-runs';
import { computeMetricDirection } from '../lifecycle/train/metric-direction';
import type { RunInfo, SearchSpec } from '../lifecycle/train/run-types';
import { computeSearchBest, type CompletedSearchTrial } from '../lifecycle/train/search-best';
import { createSearchPlanner } from '../lifecycle/train/search-planner';
import { applyTrialParams } from '../lifecycle/train/trial-params';
import { localizeDone, type TrainApiDeps } from './train';
import { computeStartConfig } from './train-config';
import type { RunHandle, TrainSearchOptions, TrainStartOptions } from './train-types';

type StartRun = (options: TrainStartOptions, parentRunId: string | null) => Promise<RunHandle>;

/** Starts a search; its handle's `done` resolves with the parent run once the budget is spent. */
export async function startSearch(
  deps: TrainApiDeps,
  options: TrainSearchOptions,
  newId: () => string,
  start: StartRun,
): Promise<RunHandle> {
  const config = await computeStartConfig(deps, options);
  checkTrainConfig(config);
  const metric = options.metric ?? 'val_loss';
  const spec: SearchSpec = {
    strategy: options.strategy,
    space: options.space,
    budget: options.budget,
    metric,
    direction: options.direction ?? computeMetricDirection(metric),
    ...(options.halving ? { halving: options.halving } : {}),
  };
  const planner = createSearchPlanner(spec, config.hyper.epochs, config.seed);
  const id = newId();
  const now = Date.now();
  const name = options.name?.trim() || `search ${id.slice(0, 6)}`;
  const parent: RunInfo = {
    id,
    projectId: config.projectId,
    versionId: config.versionId,
    parentRunId: null,
    kind: 'search',
    name,
    tags: options.tags ?? [],
    notes: '',
    config,
    search: { spec, trials: 0, best: null },
    status: 'running',
    error: null,
    epochs: [],
    summary: computeRunSummary([]),
    epochsPlanned: 0,
    preprocessing: null,
    notesFromData: [],
    environment: null,
    artifact: null,
    lastCheckpointEpoch: null,
    createdAt: now,
    startedAt: now,
    finishedAt: null,
    trainMs: 0,
  };
  await deps.runs.put(parent);
  const state = { cancelled: false, current: null as RunHandle | null };
  const deadline = spec.budget.minutes ? now + spec.budget.minutes * 60_000 : Infinity;
  const completed: CompletedSearchTrial[] = [];

  const runTrials = async (): Promise<void> => {
    for (;;) {
      const trials = planner.next(completed);
      if (trials.length === 0) return;
      for (const trial of trials) {
        if (state.cancelled || Date.now() > deadline) return;
        const { model, hyper } = applyTrialParams(config.model, config.hyper, trial.params);
        const { onProgress } = options;
        state.current = await start(
          {
            ...options,
            model,
            hyper: { ...hyper, epochs: trial.epochs },
            name: `${name} · ${trial.index + 1}`,
            ...(onProgress ? { onProgress } : {}),
          },
          id,
        );
        const run = await state.current.done.catch(() => null);
        const value = run ? computeBestMetric(run, metric) : null;
        completed.push({ runId: state.current.id, trial, value });
        await deps.runs.update(id, { search: { spec, trials: completed.length, best: null } });
      }
    }
  };

  const done = localizeDone(
    deps,
    (async () => {
      try {
        // The page holds the search's lock: a page opened after this one closed marks it interrupted.
        const locks = globalThis.navigator?.locks;
        if (locks) await locks.request(runLockName(id), runTrials);
        else await runTrials();
      } catch (error) {
        await deps.runs.update(id, { status: 'failed', finishedAt: Date.now() });
        throw error;
      }
      const best = computeSearchBest(spec, completed);
      return deps.runs.update(id, {
        status: state.cancelled ? 'cancelled' : 'done',
        finishedAt: Date.now(),
        search: {
          spec,
          trials: completed.length,
          best: best && {
            runId: best.runId,
            metric: best.metric,
            value: best.value,
            why: best.why,
          },
        },
      });
    })(),
  );
  done.catch(() => undefined);
  return {
    id,
    done,
    cancel: async () => {
      state.cancelled = true;
      await state.current?.cancel();
    },
    pause: async () => void (await state.current?.pause()),
    resume: async () => void (await state.current?.resume()),
  };
}
