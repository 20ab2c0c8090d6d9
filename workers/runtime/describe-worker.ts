import { readNavigator } from './worker-scope';

/**
 * What every worker says about itself (`describeDataWorker`, `describeServeWorker`,
 * `describeMonitorWorker`).
 */
export interface WorkerDescription {
  worker: string;
  userAgent: string;
  hardwareConcurrency: number;
  crossOriginIsolated: boolean;
}

/** This scope's description, for the worker named `worker`. */
export function describeScope(worker: string): WorkerDescription {
  const navigator = readNavigator();
  return {
    worker,
    userAgent: navigator.userAgent ?? 'unknown',
    hardwareConcurrency: navigator.hardwareConcurrency ?? 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}
