/**
 * `lab.explain`: global and local explanations of a finished run, computed in the serve worker
 * (with progress and cancel); the global one is stored with the run and read back by `stored`.
 */
import type { ServeBridge } from '../bridges/serve-bridge';
import type { FeatureRow, GlobalExplanation, LocalExplanation } from '../lifecycle/explain/types';
import { LabError } from '../shared/lab-error';
import type { RunsRepo } from '../storage';

type Split = GlobalExplanation['split'];
type OnProgress = (p: { done: number; total: number; phase: string }) => void;

/** `lab.explain`, as the facade exposes it. */
export interface ExplainApi {
  /** Permutation importance, partial dependence and ICE, coefficients and structure; stored. */
  global(
    runId: string,
    options?: {
      split?: Split;
      features?: string[];
      repeats?: number;
      seed?: number;
      onProgress?: OnProgress;
      signal?: AbortSignal;
    },
  ): Promise<GlobalExplanation>;
  /** The last stored global explanation on `split` (default test), or null. */
  stored(runId: string, options?: { split?: Split }): Promise<GlobalExplanation | null>;
  /** Additive attributions of one prediction: a 0-based version row, or feature values. */
  local(
    runId: string,
    row: number | FeatureRow,
    options?: {
      output?: string;
      method?: 'auto' | LocalExplanation['method'];
      background?: number;
      seed?: number;
      onProgress?: OnProgress;
      signal?: AbortSignal;
    },
  ): Promise<LocalExplanation>;
  /** A bench diagnostic: milliseconds the serve worker takes to predict `rows` rows of a run. */
  benchPredict(runId: string, rows: number): Promise<{ rows: number; ms: number; loadMs: number }>;
}

function checkRepeats(repeats: unknown): void {
  if (
    repeats !== undefined &&
    (!Number.isInteger(repeats) || (repeats as number) < 1 || (repeats as number) > 100)
  ) {
    throw new LabError('INVALID_ARGUMENT', 'repeats must be a whole number from 1 to 100', {
      params: { field: 'repeats', reason: 'out_of_range' },
    });
  }
}

/** `lab.explain` over the serve bridge and the runs repository. */
export function createExplainApi(deps: {
  bridge: ServeBridge;
  runs: RunsRepo;
  dbName?: string;
}): ExplainApi {
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  return {
    async global(runId, options = {}) {
      checkRepeats(options.repeats);
      await deps.runs.get(runId);
      const { onProgress, signal, ...rest } = options;
      return deps.bridge.explainGlobal(
        { ...db, runId, ...rest },
        { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
      );
    },
    async stored(runId, options = {}) {
      const row = await deps.runs.explanation(`${runId}:${options.split ?? 'test'}`);
      return row && row.kind !== 'local' ? row.explanation : null;
    },
    async local(runId, row, options = {}) {
      if (
        typeof row !== 'number' &&
        (typeof row !== 'object' || row === null || Array.isArray(row))
      ) {
        throw new LabError('INVALID_ARGUMENT', 'row must be a row number or feature values', {
          params: { field: 'row', reason: 'wrong_type' },
        });
      }
      await deps.runs.get(runId);
      const { onProgress, signal, ...rest } = options;
      return deps.bridge.explainLocal(
        { ...db, runId, row, ...rest },
        { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
      );
    },
    async benchPredict(runId, rows) {
      if (!Number.isInteger(rows) || rows < 1) {
        throw new LabError('INVALID_ARGUMENT', 'rows must be a positive whole number', {
          params: { field: 'rows', reason: 'not_positive' },
        });
      }
      await deps.runs.get(runId);
      return deps.bridge.benchPredictRows({ ...db, runId, rows });
    },
  };
}
