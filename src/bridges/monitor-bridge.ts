/** The only code that starts the monitor worker (stream replay and drift scoring). */
import { proxy } from 'comlink';
import type { MonitorReplayOptions, MonitorSession, MonitorWindow } from '../api/monitor-types';
import type { MonitorApi } from '../../workers/monitor.api';
import type { RetrainData, RetrainDataRequest } from '../../workers/monitor/retrain-data';
import type { RetrainComparison } from '../lifecycle/monitor/retrain-types';

type CompareRequest = Parameters<MonitorApi['compareOnHeldOut']>[0];
import type { WorkerDescription } from '../../workers/runtime/describe-worker';
import { WorkerBridge, type BridgeHooks, type CallOptions } from './worker-bridge';

/** The monitor worker, seen from the main thread. */
export interface MonitorBridge {
  describeMonitorWorker(options?: CallOptions): Promise<WorkerDescription>;
  replayStream(
    request: {
      dbName?: string;
      sessionId: string;
      options: Omit<MonitorReplayOptions, 'onWindow'>;
      awaitWindows?: boolean;
    },
    onWindow?: (window: MonitorWindow) => unknown,
  ): Promise<MonitorSession>;
  prepareRetrainData(request: RetrainDataRequest & { dbName?: string }): Promise<RetrainData>;
  compareOnHeldOut(request: CompareRequest & { dbName?: string }): Promise<RetrainComparison>;
  signalReplay(sessionId: string, signal: 'pause' | 'resume' | 'cancel'): Promise<void>;
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
    replayStream: (request, onWindow) =>
      bridge.call((remote) => remote.replayStream(request, onWindow ? proxy(onWindow) : undefined)),
    prepareRetrainData: (request) => bridge.call((remote) => remote.prepareRetrainData(request)),
    compareOnHeldOut: (request) => bridge.call((remote) => remote.compareOnHeldOut(request)),
    signalReplay: (sessionId, signal) =>
      bridge.call((remote) => remote.signalReplay(sessionId, signal)),
    dispose: () => bridge.dispose(),
  };
}
