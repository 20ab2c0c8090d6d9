/**
 * Types of the train stage that cross the worker boundary: plain data only, so they clone.
 */

/** The TensorFlow.js backends the lab knows. */
export type BackendKind = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** One row of the backend table (the facade's `BackendMeasurement`). */
export interface BackendRow {
  /** Stable row id: `webgpu`, `webgl`, `wasm-1`, `wasm-4`, `cpu`. */
  id: string;
  backend: BackendKind;
  /** Threads for wasm; 1 otherwise. */
  threads: number;
  available: boolean;
  /** Median milliseconds per training step of the reference workload; null when unavailable. */
  msPerStep: number | null;
  /** Why it is unavailable or failed, in English technical words; null when fine. */
  reason: string | null;
}

/** The reference workload: a small MLP classifier trained on seeded synthetic data. */
export interface ReferenceWorkload {
  features: number;
  hidden: readonly number[];
  classes: number;
  batchSize: number;
  learningRate: number;
  /** Untimed steps before measuring (kernel compilation, uploads). */
  warmupSteps: number;
  /** Timed steps; the median is reported. */
  measuredSteps: number;
}

/** One batch of the reference data: row-major features and one-hot labels. */
export interface ReferenceBatch {
  x: Float32Array;
  y: Float32Array;
  rows: number;
}

/** A fault injected into a training step, for tests of the worker's failure paths. */
export type InjectedFault = 'throw' | 'crash' | 'device-lost';

/** Progress of the train worker: a tagged union. */
export type TrainProgress =
  | { kind: 'probe'; row: BackendRow; done: number; total: number }
  | { kind: 'step'; backend: string; step: number; steps: number; loss: number }
  | { kind: 'done'; backend: string };

/** Request of `trainSteps`. */
export interface TrainStepsRequest {
  /** Row id to run on (`webgpu`, `wasm-2`…). */
  backend: string;
  /** Row ids to fall back to, best first, when `backend` fails or its device is lost. */
  fallback?: string[];
  steps?: number;
  seed?: number;
  injectFault?: InjectedFault;
  /** Id the bridge uses to cancel this call. */
  callId?: string;
}

/** Why training moved to another backend. */
export interface BackendFallback {
  from: string;
  code: 'DEVICE_LOST' | 'BACKEND_UNAVAILABLE';
  reason: string;
}

/** Result of `trainSteps`: `backend` is the row that actually ran. */
export interface TrainStepsReport {
  backend: string;
  steps: number;
  msPerStep: number;
  loss: number;
  /** Present when the requested backend failed and another one ran. */
  fallback?: BackendFallback;
}

/** Request of `probeBackends`. */
export interface ProbeRequest {
  /** Row ids to measure; default every backend the worker knows. */
  only?: string[];
  seed?: number;
  callId?: string;
}

/** What the train worker knows about its device and runtime. */
export interface RuntimeDescription {
  tfjs: string;
  /** Active TensorFlow.js backend, null before the first use. */
  backend: string | null;
  /** WebGPU adapter description (vendor, architecture, device, description), or null. */
  adapter: string | null;
  userAgent: string;
  hardwareConcurrency: number;
  crossOriginIsolated: boolean;
}

/** Result of `probeBackends`. */
export interface ProbeReport {
  table: BackendRow[];
  runtime: RuntimeDescription;
}
