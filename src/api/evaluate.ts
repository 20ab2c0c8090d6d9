/**
 * `lab.evaluate`: evaluation runs in the serve worker (predictions, metrics, slices,
 * robustness, latency, the gate against the project's plan) and is stored with the run; the
 * model card is built from the last report in the current language.
 */
import type { ServeBridge } from '../bridges/serve-bridge';
import { translate, type Locale, type MessageKey } from '../i18n';
import { computeModelCardHtml } from '../lifecycle/evaluate/model-card';
import type { EvaluationReport, EvaluationSplit } from '../lifecycle/evaluate/types';
import { LabError } from '../shared/lab-error';
import type { ProjectsRepo, RunsRepo } from '../storage';
import { computeLimitations } from './model-card-limitations';
import type { LabTrainNamespaces } from './train-types';

/** What `lab.evaluate` is made of. */
export interface EvaluateApiDeps {
  bridge: ServeBridge;
  runs: RunsRepo;
  projects: ProjectsRepo;
  getLocale: () => Locale;
  dbName?: string;
}

const splits: readonly EvaluationSplit[] = ['test', 'validation', 'train'];

function checkSplit(split: unknown): EvaluationSplit {
  if (!splits.includes(split as EvaluationSplit)) {
    throw new LabError('INVALID_ARGUMENT', `Unknown split ${String(split)}`, {
      params: { field: 'split', reason: 'not_allowed' },
    });
  }
  return split as EvaluationSplit;
}

/** `lab.evaluate` over the serve bridge and the runs repository. */
export function createEvaluateApi(deps: EvaluateApiDeps): LabTrainNamespaces['evaluate'] {
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  const report = async (runId: string, split: EvaluationSplit) =>
    (await deps.runs.evaluation(`${runId}:${split}`))?.report ?? null;
  return {
    async run(runId, options = {}) {
      const split = checkSplit(options.split ?? 'test');
      const run = await deps.runs.get(runId);
      const project = await deps.projects.get(run.projectId);
      return deps.bridge.evaluateRun(
        {
          ...db,
          runId,
          split,
          criteria: project?.criteria ?? [],
          latencyBudgetMs: project?.latencyBudgetMs ?? null,
          sensitive: options.sensitive ?? null,
          positive: options.positive ?? null,
        },
        options.onProgress ? { onProgress: options.onProgress } : {},
      );
    },
    report: (runId, options = {}) => report(runId, checkSplit(options.split ?? 'test')),
    predictions: (runId, options = {}) =>
      deps.bridge.predictRun({ ...db, runId, split: checkSplit(options.split ?? 'test') }),
    async modelCard(runId, options = {}) {
      const split = checkSplit(options.split ?? 'test');
      const last: EvaluationReport | null = await report(runId, split);
      if (!last) {
        throw new LabError('NOT_FOUND', `Run ${runId} has no evaluation on ${split}.`, {
          params: { what: `evaluation of run ${runId}` },
        });
      }
      const run = await deps.runs.get(runId);
      const project = await deps.projects.get(run.projectId);
      const locale = deps.getLocale();
      const t = (key: string, params?: Record<string, string | number>) =>
        translate(locale, key as MessageKey, params);
      const { model } = run.config;
      const shape =
        model.family === 'mlp' ? ` [${model.hidden.join(', ')}] ${model.activation}` : '';
      return computeModelCardHtml(
        {
          projectName: project?.name ?? run.projectId,
          problem: project?.problem ?? '',
          hypothesis: project?.hypothesis ?? '',
          kpi: project?.kpi ?? '',
          runName: run.name,
          runId: run.id,
          versionId: run.versionId,
          modelSummary: `${model.family}${shape}; ${run.artifact?.parameters ?? 0} parameters; ${run.config.hyper.optimizer} lr ${run.config.hyper.learningRate}, batch ${run.config.hyper.batchSize}, ${run.epochs.length} epochs, seed ${run.config.seed}`,
          trainedAt: run.finishedAt ?? run.createdAt,
          environment: { ...(run.environment ?? {}) },
          report: last,
          limitations: computeLimitations(last, run, t),
        },
        t,
        locale,
      );
    },
  };
}
