/**
 * Training steps of the reference workload on the active backend, watching for a lost
 * WebGPU device, cancellation and injected faults.
 */
import { computeMedian } from '../../src/lifecycle/train/backend-ranking';
import { referenceWorkload } from '../../src/lifecycle/train/defaults';
import { createReferenceTrainer } from '../../src/lifecycle/train/reference-trainer';
import type { InjectedFault, TrainProgress } from '../../src/lifecycle/train/types';
import { closeWorkerScope, yieldToEventLoop } from '../runtime/worker-scope';
import type { ActiveBackend } from './backends';

/** What a run of steps came to: finished, or stopped because the device was lost. */
export type StepsOutcome =
  | { kind: 'done'; steps: number; msPerStep: number; loss: number }
  | { kind: 'lost'; reason: string };

/** Options of `runSteps`. */
export interface RunStepsOptions {
  steps: number;
  seed: number;
  fault?: InjectedFault;
  now: () => number;
  /** Throws LabError('CANCELLED') once the call is cancelled. */
  checkCancelled: () => void;
  onProgress?: (progress: TrainProgress) => void;
}

/** What an injected fault does inside a training step (from the second step on). */
function faultAction(fault: InjectedFault | undefined): (() => void) | undefined {
  if (fault === 'throw') {
    return () => {
      throw new Error('injected fault: a training step threw');
    };
  }
  // Closing the worker from inside the step: the step goes on, but the worker dies as soon
  // as it yields to its event loop, with the call still pending on the main thread.
  if (fault === 'crash') return closeWorkerScope;
  return undefined;
}

/** Runs `steps` real training steps on `active`; the median step time is reported. */
export async function runSteps(
  active: ActiveBackend,
  options: RunStepsOptions,
): Promise<StepsOutcome> {
  const lost = Symbol('lost');
  let lostReason: string | null = null;
  const lostSignal = active.lost?.then((reason) => {
    lostReason = reason;
    return lost;
  });
  const trainer = createReferenceTrainer(referenceWorkload, options.seed);
  const times: number[] = [];
  let loss = Number.NaN;
  try {
    for (let step = 0; step < options.steps; step++) {
      options.checkCancelled();
      const inside = step >= 1 ? faultAction(options.fault) : undefined;
      const start = options.now();
      const pending = trainer.step(inside);
      const result = lostSignal ? await Promise.race([pending, lostSignal]) : await pending;
      if (result === lost || lostReason !== null) {
        pending.catch(() => undefined);
        return { kind: 'lost', reason: lostReason ?? 'device lost' };
      }
      times.push(options.now() - start);
      loss = result as number;
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
