/**
 * Training steps of the reference workload on the active backend, watching for a lost
 * WebGPU device, cancellation and injected faults.
 */
import { computeMedian } from '../../src/lifecycle/train/backend-ranking';
import { referenceWorkload } from '../../src/lifecycle/train/defaults';
import { createReferenceTrainer } from '../../src/lifecycle/train/reference-trainer';
import type { TrainProgress } from '../../src/lifecycle/train/types';
import { yieldToEventLoop } from '../runtime/worker-scope';
import type { ActiveBackend } from './backends';
import { faultAction, firesInStep, type TrainFault } from './train-faults';

/** What a run of steps came to: finished, or stopped because the device was lost. */
export type StepsOutcome =
  | { kind: 'done'; steps: number; msPerStep: number; loss: number }
  | { kind: 'lost'; reason: string };

/** Options of `runSteps`. */
export interface RunStepsOptions {
  steps: number;
  seed: number;
  fault?: TrainFault;
  now: () => number;
  /** Throws LabError('CANCELLED') once the call is cancelled. */
  checkCancelled: () => void;
  onProgress?: (progress: TrainProgress) => void;
}

/**
 * How long a step that failed waits for its device's `lost` promise: a step reading back from
 * a destroyed device fails on its own, and the browser may say why only a moment later.
 */
const lostGraceMs = 1000;

/** `signal`'s value if it settles within `ms`, else null. */
async function settleWithin<T>(signal: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([signal, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `steps` real training steps on `active`; the median step time is reported. When the
 * WebGPU device is lost, stops in the step it happened in (whether that step hangs, fails or
 * finishes) and says so; no further step starts on the lost device.
 */
export async function runSteps(
  active: ActiveBackend,
  options: RunStepsOptions,
): Promise<StepsOutcome> {
  const lost = Symbol('lost');
  let lostReason: string | null = null;
  const lostSignal = active.lost?.then((reason): typeof lost => {
    lostReason = reason;
    return lost;
  });
  const lostOutcome = (): StepsOutcome | null =>
    lostReason === null ? null : { kind: 'lost', reason: lostReason };
  const trainer = createReferenceTrainer(referenceWorkload, options.seed);
  const times: number[] = [];
  let loss = Number.NaN;
  try {
    for (let step = 0; step < options.steps; step++) {
      options.checkCancelled();
      const before = lostOutcome();
      if (before) return before;
      const fires = firesInStep(step, options.steps);
      const inside = fires ? faultAction(options.fault, active.id) : undefined;
      const start = options.now();
      const pending = trainer.step(inside);
      let result: number | typeof lost;
      try {
        result = lostSignal ? await Promise.race([pending, lostSignal]) : await pending;
      } catch (error) {
        if (lostSignal && (await settleWithin(lostSignal, lostGraceMs)) === lost) {
          return lostOutcome() ?? { kind: 'lost', reason: 'device lost' };
        }
        throw error;
      }
      const after = lostOutcome();
      if (result === lost || after) {
        // The step may still settle (or never) on the lost device; nobody waits for it.
        pending.catch(() => undefined);
        return after ?? { kind: 'lost', reason: 'device lost' };
      }
      times.push(options.now() - start);
      loss = result;
      options.onProgress?.({
        kind: 'step',
        backend: active.id,
        step: step + 1,
        steps: options.steps,
        loss,
      });
      await yieldToEventLoop();
    }
  } finally {
    try {
      trainer.dispose();
    } catch {
      // A lost device may refuse to free its buffers; they go with it.
    }
  }
  const msPerStep = times.length > 0 ? computeMedian(times) : 0;
  return { kind: 'done', steps: options.steps, msPerStep, loss };
}
