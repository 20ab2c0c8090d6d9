/** Small helpers over the worker's global scope that also run in Node (worker API tests). */

/** The parts of a navigator the workers read; all optional, as Node has few of them. */
export interface ScopeNavigator {
  userAgent?: string;
  hardwareConcurrency?: number;
  gpu?: unknown;
}

/** The navigator of this scope, or an empty object where there is none (older Node). */
export function readNavigator(): ScopeNavigator {
  return (globalThis as { navigator?: ScopeNavigator }).navigator ?? {};
}

/**
 * Resolves after a task turn (a MessageChannel message, not clamped like setTimeout), so a
 * loop lets cancel messages in and a closed worker really stops.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Closes this worker (`self.close()`); a no-op outside a worker. */
export function closeWorkerScope(): void {
  const scope = globalThis as { close?: () => void; WorkerGlobalScope?: unknown };
  if (scope.WorkerGlobalScope !== undefined) scope.close?.();
}
