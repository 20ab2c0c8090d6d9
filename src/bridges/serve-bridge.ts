/** The only code that starts the serve worker (serving model packages come with their issue). */
import type { ServeApi } from '../../workers/serve.api';
import type { WorkerDescription } from '../../workers/runtime/describe-worker';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';

/** The serve worker, seen from the main thread. */
export interface ServeBridge {
  describeServeWorker(options?: CallOptions): Promise<WorkerDescription>;
  dispose(): void;
}

/** A bridge to a lazily started serve worker. */
export function createServeBridge(hooks: BridgeHooks = {}): ServeBridge {
  const bridge = new WorkerBridge<ServeApi>({
    ...hooks,
    name: 'serve',
    create: () =>
      new Worker(new URL('../../workers/serve.worker.ts', import.meta.url), {
        type: 'module',
        name: 'serve',
      }),
  });
  return {
    describeServeWorker: (options) =>
      bridge.call((remote) => remote.describeServeWorker(), options),
    dispose: () => bridge.dispose(),
  };
}
