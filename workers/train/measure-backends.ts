/**
 * The backend probe: on each backend the worker offers, a few warm-up steps of the reference
 * workload, then the median milliseconds per step over the measured steps.
 */
import { parseBackendId } from '../../src/lifecycle/train/backend-ranking';
import { referenceWorkload } from '../../src/lifecycle/train/defaults';
import { computeMedian } from '../../src/lifecycle/train/backend-ranking';
import { createReferenceTrainer } from '../../src/lifecycle/train/reference-trainer';
import type { BackendRow, ReferenceWorkload } from '../../src/lifecycle/train/types';
import { activateBackend } from './backends';

/** Median ms per step of `workload` on the active backend. */
export async function measureActiveBackend(
  workload: ReferenceWorkload,
  seed: number,
  now: () => number,
): Promise<number> {
  const trainer = createReferenceTrainer(workload, seed);
  try {
    for (let i = 0; i < workload.warmupSteps; i++) await trainer.step();
    const times: number[] = [];
    for (let i = 0; i < workload.measuredSteps; i++) {
      const start = now();
      await trainer.step();
      times.push(now() - start);
    }
    return computeMedian(times);
  } finally {
    trainer.dispose();
  }
}

/** One row of the table: initialise `id`, measure it, or say why it is unavailable. */
export async function measureBackend(
  id: string,
  seed: number,
  now: () => number,
  workload: ReferenceWorkload = referenceWorkload,
): Promise<BackendRow> {
  const parsed = parseBackendId(id);
  if (!parsed) throw new Error(`unknown backend ${id}`);
  const row = { id, backend: parsed.backend, threads: parsed.threads };
  try {
    await activateBackend(id);
    const msPerStep = await measureActiveBackend(workload, seed, now);
    return { ...row, available: true, msPerStep, reason: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...row, available: false, msPerStep: null, reason };
  }
}
