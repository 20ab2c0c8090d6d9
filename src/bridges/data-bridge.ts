/** The only code that starts the data worker (digests now; parsing and profiling later). */
import { transfer } from 'comlink';
import type { DataApi } from '../../workers/data.api';
import type { WorkerDescription } from '../../workers/runtime/describe-worker';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';

/** The data worker, seen from the main thread. */
export interface DataBridge {
  /** Hex SHA-256 of `buffer`, which is transferred (detached here) to the worker. */
  digestBuffer(buffer: ArrayBuffer, options?: CallOptions): Promise<string>;
  describeDataWorker(options?: CallOptions): Promise<WorkerDescription>;
  dispose(): void;
}

/** A bridge to a lazily started data worker. */
export function createDataBridge(hooks: BridgeHooks = {}): DataBridge {
  const bridge = new WorkerBridge<DataApi>({
    ...hooks,
    name: 'data',
    create: () =>
      new Worker(new URL('../../workers/data.worker.ts', import.meta.url), {
        type: 'module',
        name: 'data',
      }),
  });
  return {
    digestBuffer: (buffer, options) =>
      bridge.call((remote) => remote.digestBuffer(transfer(buffer, [buffer])), options),
    describeDataWorker: (options) => bridge.call((remote) => remote.describeDataWorker(), options),
    dispose: () => bridge.dispose(),
  };
}
