/** The only code that starts the monitor worker (stream replay and drift scoring come with their issue). */
import type { MonitorApi } from '../../workers/monitor.api';
import type { WorkerDescription } from '../../workers/runtime/describe-worker';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';

/** The monitor worker, seen from the main thread. */
export interface MonitorBridge {
  describeMonitorWorker(options?: CallOptions): Promise<WorkerDescription>;
  dispose(): void;
}

/** A bridge to a lazily started monitor worker. */
export function createMonitorBridge(hooks: BridgeHooks = {}): MonitorBridge {
  const bridge = new WorkerBridge<MonitorApi>({
    ...hooks,
    name: 'monitor',
    create: () =>
      new Worker(new URL('../../workers/monitor.worker.ts', import.meta.url), {
        type: 'module',
        name: 'monitor',
      }),
  });
  return {
    describeMonitorWorker: (options) =>
      bridge.call((remote) => remote.describeMonitorWorker(), options),
    dispose: () => bridge.dispose(),
  };
}
