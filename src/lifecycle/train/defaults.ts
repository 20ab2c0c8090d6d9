import type { BackendKind, ReferenceWorkload } from './types';

/** The reference workload timed by the backend probe: 32 → 64 → 64 → 3 softmax, batch 64. */
export const referenceWorkload: ReferenceWorkload = {
  features: 32,
  hidden: [64, 64],
  classes: 3,
  batchSize: 64,
  learningRate: 0.1,
  warmupSteps: 2,
  measuredSteps: 10,
};

/** Seed of the reference data and weights unless a caller gives one. */
export const referenceSeed = 20240601;

/** Backend preference when measurements tie (and the fallback order before any probe). */
export const backendPreference: readonly BackendKind[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** Row ids tried, best first, when nothing has been measured yet. */
export const defaultFallbackOrder: readonly string[] = ['webgpu', 'webgl', 'wasm-1', 'cpu'];

/** Most steps one `trainSteps` call may run. */
export const maxTrainSteps = 10_000;
