/**
 * `explainGlobal` of the serve worker: permutation importance on a part of the run's data,
 * partial dependence and ICE of each feature, coefficients and the model's structure; stored
 * with the run so the page shows it again without recomputing.
 */
import { computePartialDependence } from '../../src/lifecycle/explain/partial-dependence';
import { computePermutationImportance } from '../../src/lifecycle/explain/permutation-importance';
import type { GlobalExplanation, PartialDependence } from '../../src/lifecycle/explain/types';
import { computePermutation } from '../../src/lifecycle/train/sub-seed';
import { createRandom } from '../../src/shared/random';
import { createRunsRepo, type LabStore } from '../../src/storage';
import type { JobContext } from './evaluate-run';
import {
  createPredict,
  createScore,
  outputNames,
  readCoefficients,
  summarizeLayers,
} from './explain-model';
import { loadRun, partRows } from './run-model';

/** What a global explanation is asked for. */
export interface ExplainGlobalRequest {
  dbName?: string;
  runId: string;
  split?: GlobalExplanation['split'];
  features?: string[];
  repeats?: number;
  seed?: number;
  callId?: string;
}

/** Most rows the permutations and partial dependence score (a seeded sample of the part). */
export const maxExplainRows = 2_000;

/** A seeded sample of at most `limit` positions of `rows`, in their order. */
export function sampleRows(rows: Int32Array, limit: number, seed: number): number[] {
  if (rows.length <= limit) return Array.from(rows.keys());
  const order = computePermutation(rows.length, createRandom(seed));
  return Array.from(order.subarray(0, limit)).sort((a, b) => a - b);
}

/** Explains a finished run globally and stores the explanation. */
export async function explainGlobal(
  store: LabStore,
  request: ExplainGlobalRequest,
  context: JobContext,
): Promise<GlobalExplanation> {
  const split = request.split ?? 'test';
  const seed = request.seed ?? 20240601;
  const loaded = await loadRun(store, request.runId);
  try {
    const part = partRows(loaded, split);
    const positions = sampleRows(part, maxExplainRows, seed);
    const rows = Int32Array.from(positions, (p) => part[p]!);
    const y = Float32Array.from(positions, (p) => loaded.data[split].y[p]!);
    const features = request.features ?? loaded.run.config.features;
    const repeats = request.repeats ?? 5;
    // The baseline score, one score per feature and repeat, one curve per feature.
    const total = 1 + features.length * repeats + features.length + 1;
    let done = 0;
    const step = (phase: string) => {
      context.throwIfCancelled();
      context.send({ done: done++, total, phase });
    };
    const predict = createPredict(loaded);
    const { metric, score } = createScore(loaded, predict, y);
    const importance = await computePermutationImportance({
      table: loaded.table,
      rows,
      features,
      score: async (table, r) => {
        step('importance');
        return score(table, r);
      },
      metric,
      repeats,
      seed,
    });
    const outputs = outputNames(loaded.preprocessing);
    const dependence: PartialDependence[] = [];
    for (const feature of features) {
      step('dependence');
      dependence.push(
        await computePartialDependence({
          table: loaded.table,
          schema: loaded.schema,
          rows,
          feature,
          predict,
          outputs,
          iceOutput: outputs.length === 2 ? 1 : 0,
          seed,
        }),
      );
    }
    const explanation: GlobalExplanation = {
      runId: loaded.run.id,
      split,
      importance,
      dependence,
      coefficients: readCoefficients(loaded),
      structure: summarizeLayers(loaded),
      createdAt: context.clock(),
    };
    await createRunsRepo(store).saveExplanation({
      id: `${loaded.run.id}:${split}`,
      runId: loaded.run.id,
      projectId: loaded.run.projectId,
      explanation,
      createdAt: explanation.createdAt,
    });
    context.send({ done: total, total, phase: 'done' });
    return explanation;
  } finally {
    loaded.model.dispose();
  }
}
