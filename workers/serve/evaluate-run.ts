/**
 * `evaluateRun` and `predictRun` of the serve worker: a finished run scored on a part of its
 * data beside the trivial baseline, with its worst errors, slices, fairness, robustness under
 * perturbations, latency, and the gate against the plan; the report is stored with the run.
 */
import type { SuccessCriterion } from '../../src/lifecycle/plan/types';
import { robustnessLevels } from '../../src/lifecycle/evaluate/defaults';
import { computeFairness } from '../../src/lifecycle/evaluate/fairness';
import { computeGateVerdict } from '../../src/lifecycle/evaluate/gate';
import { computePerturbedTable } from '../../src/lifecycle/evaluate/robustness';
import { computeSlices } from '../../src/lifecycle/evaluate/slices';
import type {
  EvaluationReport,
  EvaluationSplit,
  RobustnessPoint,
  RunPredictions,
} from '../../src/lifecycle/evaluate/types';
import {
  computeClassificationLosses,
  computeRegressionLosses,
  computeWorstErrors,
} from '../../src/lifecycle/evaluate/worst-errors';
import { applyPreprocessing } from '../../src/lifecycle/train/apply-preprocessing';
import { createRunsRepo, type LabStore } from '../../src/storage';
import { createRowDecoder, decode } from '../data/read-version';
import { measureLatency } from './measure-latency';
import { loadRun, partRows, predictRows, type LoadedRun } from './run-model';
import { pickColumnRows } from './pick-rows';
import { scoreBaseline, scoreOutputs, type ScoredPart } from './score-run';

/** What an evaluation is asked for. */
export interface EvaluateRunRequest {
  dbName?: string;
  runId: string;
  split: EvaluationSplit;
  criteria: SuccessCriterion[];
  latencyBudgetMs: number | null;
  sensitive: string | null;
  positive: string | null;
  seed?: number;
}

/** Context of a worker job: clocks, progress and cancellation. */
export interface JobContext {
  now: () => number;
  clock: () => number;
  send: (p: { done: number; total: number; phase: string }) => void;
  throwIfCancelled: () => void;
}

function featureValues(loaded: LoadedRun, rows: Int32Array) {
  const read = createRowDecoder(loaded.schema, loaded.table, loaded.run.config.features);
  return (position: number) => read(rows[position]!);
}

function robustnessMetric(loaded: LoadedRun, criteria: SuccessCriterion[]): string {
  const classification = loaded.preprocessing.target.kind === 'classes';
  const known = classification
    ? ['accuracy', 'f1_macro', 'balanced_accuracy']
    : ['rmse', 'mae', 'r2'];
  return (
    criteria.find((c) => known.includes(c.metric))?.metric ?? (classification ? 'accuracy' : 'rmse')
  );
}

async function measureRobustness(
  loaded: LoadedRun,
  rows: Int32Array,
  y: Float32Array,
  clean: ScoredPart,
  metric: string,
  seed: number,
  context: JobContext,
) {
  const spreads = Object.fromEntries(
    loaded.preprocessing.features.flatMap((f) =>
      f.kind === 'numeric' ? [[f.column, f.constant ? 0 : f.scale]] : [],
    ),
  );
  const hasCategories = loaded.preprocessing.features.some((f) => f.kind === 'one-hot');
  const points: RobustnessPoint[] = [];
  const kinds = (Object.keys(robustnessLevels) as RobustnessPoint['kind'][]).filter(
    (kind) => kind !== 'category-swap' || hasCategories,
  );
  for (const kind of kinds) {
    for (const strength of robustnessLevels[kind]) {
      context.throwIfCancelled();
      const table = computePerturbedTable(
        loaded.table,
        loaded.schema,
        loaded.run.config.features,
        { kind, strength },
        seed,
        spreads,
      );
      const outputs = await predictRows(loaded, table, rows);
      const scored = scoreOutputs(loaded, outputs, y, rows, seed);
      points.push({ kind, strength, value: scored.metrics[metric] ?? null });
    }
  }
  return { metric, clean: clean.metrics[metric] ?? null, points, seed };
}

/** Evaluates a run on `split` and stores the report. */
export async function evaluateRun(
  store: LabStore,
  request: EvaluateRunRequest,
  context: JobContext,
): Promise<EvaluationReport> {
  const seed = request.seed ?? 20240601;
  const total = 5;
  context.send({ done: 0, total, phase: 'load' });
  const loaded = await loadRun(store, request.runId);
  try {
    const rows = partRows(loaded, request.split);
    const y = loaded.data[request.split].y;
    context.send({ done: 1, total, phase: 'predict' });
    const outputs = await predictRows(loaded, loaded.table, rows);
    const scored = scoreOutputs(loaded, outputs, y, rows, seed);
    const labels = scored.labels;
    const worstErrors = computeWorstErrors({
      rows,
      truth: Array.from(scored.truth, (v) => (labels ? (labels[v] ?? null) : v)),
      prediction: Array.from(scored.predicted, (v) => (labels ? labels[v]! : v)),
      loss: scored.probabilities
        ? computeClassificationLosses(scored.truth, scored.probabilities, labels!.length)
        : computeRegressionLosses(scored.truth, scored.predicted),
      features: featureValues(loaded, rows),
    });
    context.send({ done: 2, total, phase: 'slices' });
    const sliceTarget = labels
      ? {
          task: 'classification' as const,
          truth: scored.truth,
          predicted: scored.predicted,
          probabilities: scored.probabilities,
          classCount: labels.length,
        }
      : { task: 'regression' as const, truth: scored.truth, predicted: scored.predicted };
    const slices = loaded.run.config.features.map((name) =>
      computeSlices(name, pickColumnRows(loaded.table, name, rows), sliceTarget),
    );
    let fairness = null;
    if (request.sensitive && labels) {
      const positive = request.positive ? labels.indexOf(request.positive) : labels.length - 1;
      const column = loaded.schema.columns.find((c) => c.name === request.sensitive);
      const c = loaded.table.names.indexOf(request.sensitive);
      if (column && c >= 0 && positive >= 0) {
        const values = Array.from(rows, (row) => decode(column, loaded.table.columns[c]!, row));
        fairness = computeFairness(
          values,
          scored.truth,
          scored.predicted,
          positive,
          labels,
          request.sensitive,
        );
      }
    }
    context.send({ done: 3, total, phase: 'robustness' });
    const metric = robustnessMetric(loaded, request.criteria);
    const robustness = await measureRobustness(loaded, rows, y, scored, metric, seed, context);
    context.send({ done: 4, total, phase: 'latency' });
    const x = applyPreprocessing(
      loaded.schema,
      loaded.table,
      rows.length > 0 ? rows : [0],
      loaded.preprocessing,
    );
    const latency = await measureLatency(
      loaded,
      x,
      Math.max(1, rows.length),
      context.now,
      context.throwIfCancelled,
    );
    const report: EvaluationReport = {
      runId: loaded.run.id,
      split: request.split,
      task: loaded.run.config.task,
      rows: rows.length,
      metrics: scored.metrics,
      baseline: scoreBaseline(loaded, y),
      classification: scored.classification,
      regression: scored.regression,
      worstErrors,
      slices,
      fairness,
      robustness,
      latency,
      gate: computeGateVerdict(request.criteria, request.latencyBudgetMs, scored.metrics, latency),
      createdAt: context.clock(),
    };
    await createRunsRepo(store).saveEvaluation({
      id: `${loaded.run.id}:${request.split}`,
      runId: loaded.run.id,
      projectId: loaded.run.projectId,
      report,
      createdAt: report.createdAt,
    });
    context.send({ done: total, total, phase: 'done' });
    return report;
  } finally {
    loaded.model.dispose();
  }
}

/** Per-row truth, prediction and probabilities of a run on `split`. */
export async function predictRun(
  store: LabStore,
  request: { runId: string; split: EvaluationSplit },
): Promise<RunPredictions> {
  const loaded = await loadRun(store, request.runId);
  try {
    const rows = partRows(loaded, request.split);
    const outputs = await predictRows(loaded, loaded.table, rows);
    const scored = scoreOutputs(loaded, outputs, loaded.data[request.split].y, rows, 1);
    const labels = scored.labels;
    const k = labels?.length ?? 0;
    return {
      runId: request.runId,
      split: request.split,
      rows: Array.from(rows),
      truth: Array.from(scored.truth, (v) => (labels ? (labels[v] ?? null) : v)),
      prediction: Array.from(scored.predicted, (v) => (labels ? labels[v]! : v)),
      probabilities: scored.probabilities
        ? Array.from(rows, (_, i) => Array.from(scored.probabilities!.subarray(i * k, (i + 1) * k)))
        : null,
      labels,
    };
  } finally {
    loaded.model.dispose();
  }
}
