/**
 * `explainLocal` of the serve worker: additive attributions of one prediction (a stored row or
 * one typed in) against a seeded background sample of training rows — exact Shapley values for
 * few features, KernelSHAP otherwise, or integrated gradients through the network.
 */
import { maxExactFeatures } from '../../src/lifecycle/explain/defaults';
import { computeIntegratedGradients } from '../../src/lifecycle/explain/tf/integrated-gradients';
import { computeKernelShap } from '../../src/lifecycle/explain/kernel-shap';
import { computeExactShapley } from '../../src/lifecycle/explain/shapley';
import type { FeatureRow, LocalExplanation } from '../../src/lifecycle/explain/types';
import {
  applyPreprocessing,
  computeInputColumns,
} from '../../src/lifecycle/train/apply-preprocessing';
import { LabError } from '../../src/shared/lab-error';
import { createRunsRepo, type LabStore } from '../../src/storage';
import { createRowDecoder } from '../data/read-version';
import { createPredict, outputNames } from './explain-model';
import { sampleRows } from './explain-global';
import { loadRun, type LoadedRun } from './run-model';
import { appendTypedRow } from './typed-row';

/** What a local explanation is asked for. */
export interface ExplainLocalRequest {
  dbName?: string;
  runId: string;
  /** A 0-based version row, or feature values typed in. */
  row: number | FeatureRow;
  /** Class label whose probability is explained (default: the predicted class). */
  output?: string;
  method?: 'auto' | LocalExplanation['method'];
  /** Background rows from the training part (default 50). */
  background?: number;
  seed?: number;
}

function featureValues(loaded: LoadedRun, table: LoadedRun['table'], row: number): FeatureRow {
  return createRowDecoder(loaded.schema, table, loaded.run.config.features)(row);
}

async function gradients(
  loaded: LoadedRun,
  table: LoadedRun['table'],
  row: number,
  background: number[],
  output: number,
) {
  const pre = loaded.preprocessing;
  const x = applyPreprocessing(loaded.schema, table, [row], pre);
  const inputs = applyPreprocessing(loaded.schema, table, background, pre);
  const baseline = new Float32Array(pre.inputWidth);
  for (let i = 0; i < background.length; i++) {
    for (let j = 0; j < pre.inputWidth; j++)
      baseline[j]! += inputs[i * pre.inputWidth + j]! / background.length;
  }
  const result = await computeIntegratedGradients(loaded.model, x, baseline, output);
  const sources = computeInputColumns(pre);
  const scale = pre.target.kind === 'numeric' ? pre.target.scale : 1;
  const shift = pre.target.kind === 'numeric' ? pre.target.mean : 0;
  const contributions = loaded.run.config.features.map((feature) =>
    sources.reduce(
      (sum, source, j) => (source === feature ? sum + result.attributions[j]! * scale : sum),
      0,
    ),
  );
  return {
    baseValue: result.baseOutput * scale + shift,
    prediction: result.output * scale + shift,
    contributions,
  };
}

/** Explains one prediction of a finished run. */
export async function explainLocal(
  store: LabStore,
  request: ExplainLocalRequest,
  send: (p: { done: number; total: number; phase: string }) => void,
): Promise<LocalExplanation> {
  const loaded = await loadRun(store, request.runId);
  try {
    const typed =
      typeof request.row === 'number'
        ? null
        : appendTypedRow(loaded.table, loaded.schema, request.row);
    const table = typed?.table ?? loaded.table;
    const row = typed?.row ?? (request.row as number);
    if (!Number.isInteger(row) || row < 0 || row >= table.rowCount) {
      throw new LabError('INVALID_ARGUMENT', `Row ${String(request.row)} is not in the version.`, {
        params: { field: 'row', reason: 'not_allowed' },
      });
    }
    const features = loaded.run.config.features;
    const seed = request.seed ?? 20240601;
    const train = loaded.data.train.rows;
    const background = sampleRows(train, request.background ?? 50, seed).map((p) => train[p]!);
    const predict = createPredict(loaded);
    const outputs = outputNames(loaded.preprocessing);
    const own = await predict(table, [row]);
    const classification = loaded.preprocessing.target.kind === 'classes';
    const predictedIndex = classification ? own.indexOf(Math.max(...own)) : 0;
    const output = request.output ? outputs.indexOf(request.output) : predictedIndex;
    if (output < 0) {
      throw new LabError('INVALID_ARGUMENT', `Unknown output ${request.output}`, {
        params: { field: 'output', reason: 'not_allowed' },
      });
    }
    const method: LocalExplanation['method'] =
      request.method && request.method !== 'auto'
        ? request.method
        : features.length <= Math.min(10, maxExactFeatures)
          ? 'exact-shapley'
          : 'kernel-shap';
    const key = typed
      ? null
      : `${loaded.run.id}:local:${row}:${method}:${outputs[output]}:${background.length}:${seed}`;
    const repo = createRunsRepo(store);
    const kept = key ? await repo.explanation(key) : undefined;
    if (kept?.kind === 'local') return kept.explanation;
    send({ done: 0, total: 1, phase: method });
    const input = { table, row, background, features, predict, output };
    const result =
      method === 'integrated-gradients'
        ? await gradients(loaded, table, row, background, output)
        : method === 'exact-shapley'
          ? await computeExactShapley(input)
          : await computeKernelShap({ ...input, seed });
    const values = featureValues(loaded, table, row);
    const attributions = features.map((feature, i) => ({
      feature,
      value: values[feature] ?? null,
      contribution: result.contributions[i]!,
    }));
    const sum = attributions.reduce((total, a) => total + a.contribution, result.baseValue);
    send({ done: 1, total: 1, phase: 'done' });
    const explanation: LocalExplanation = {
      runId: loaded.run.id,
      row: typed ? null : row,
      features: values,
      method,
      output: outputs[output]!,
      baseValue: result.baseValue,
      prediction: result.prediction,
      predicted: classification
        ? { label: outputs[predictedIndex]!, probabilities: Array.from(own), labels: outputs }
        : { value: own[0]! },
      attributions,
      additivityGap: Math.abs(sum - result.prediction),
      background: background.length,
      samples:
        method === 'kernel-shap' ? ('samples' in result ? (result.samples as number) : null) : null,
    };
    if (key) {
      const { id: runId, projectId } = loaded.run;
      const createdAt = Date.now();
      await repo.saveExplanation({
        id: key,
        runId,
        projectId,
        kind: 'local',
        explanation,
        createdAt,
      });
    }
    return explanation;
  } finally {
    loaded.model.dispose();
  }
}
