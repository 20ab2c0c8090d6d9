/**
 * `trainSteps` behind the API: the requested backend first, then the fallback rows when one
 * fails to initialise or its WebGPU device is lost; the report says which one ran and why.
 */
import type {
  BackendFallback,
  TrainProgress,
  TrainStepsReport,
} from '../../src/lifecycle/train/types';
import { LabError } from '../../src/shared/lab-error';
import { activateBackend, dropBackend } from './backends';
import { runSteps } from './run-steps';
import type { TrainFault } from './train-faults';

/** Everything one training call needs. */
export interface TrainPlan {
  /** Row ids, requested first. */
  order: string[];
  steps: number;
  seed: number;
  fault?: TrainFault;
  now: () => number;
  checkCancelled: () => void;
  onProgress: (progress: TrainProgress) => void;
}

/** Trains on the first row of `plan.order` that works. */
export async function trainWithFallback(plan: TrainPlan): Promise<TrainStepsReport> {
  const requested = plan.order[0] as string;
  let fallback: BackendFallback | undefined;
  for (const id of plan.order) {
    plan.checkCancelled();
    let active;
    try {
      active = await activateBackend(id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      fallback ??= { from: requested, code: 'BACKEND_UNAVAILABLE', reason };
      continue;
    }
    const { order: _order, ...options } = plan;
    const outcome = await runSteps(active, options);
    if (outcome.kind === 'lost') {
      dropBackend(id);
      fallback ??= { from: id, code: 'DEVICE_LOST', reason: outcome.reason };
      continue;
    }
    plan.onProgress({ kind: 'done', backend: id });
    const { steps, msPerStep, loss } = outcome;
    return { backend: id, steps, msPerStep, loss, ...(fallback ? { fallback } : {}) };
  }
  const reason = fallback?.reason ?? 'no backend to try';
  throw new LabError('BACKEND_UNAVAILABLE', `No backend could train: ${reason}`, {
    params: { backend: requested },
    detail: reason,
  });
}
