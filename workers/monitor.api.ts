/**
 * The monitor worker's API: replays of dataset versions through endpoints, scored window by
 * window (drift, performance, latency, invalid requests, alerts), with pause, resume and cancel.
 */
import type { MonitorReplayOptions, MonitorSession, MonitorWindow } from '../src/api/monitor-types';
import { useDataStore } from './data/data-stores';
import { runReplay } from './monitor/replay-job';
import { describeScope, type WorkerDescription } from './runtime/describe-worker';
import { createProgressSender } from './runtime/progress-sender';
import { signalRun } from './train/run-controls';

export const monitorApi = {
  /** Who this worker is and what it runs on. */
  async describeMonitorWorker(): Promise<WorkerDescription> {
    return describeScope('monitor');
  },

  /** Replays `options.source` through `options.endpoint`; reports each window as it closes. */
  async replayStream(
    request: {
      dbName?: string;
      sessionId: string;
      options: Omit<MonitorReplayOptions, 'onWindow'>;
    },
    onWindow?: (window: MonitorWindow) => void,
  ): Promise<MonitorSession> {
    const progress = createProgressSender(onWindow);
    const store = await useDataStore(request.dbName);
    const session = await runReplay(store, request, {
      send: progress.send,
      now: () => performance.now(),
      clock: () => Date.now(),
    });
    await progress.flush();
    return session;
  },

  /** Pauses, resumes or cancels a replay between batches. */
  async signalReplay(sessionId: string, signal: 'pause' | 'resume' | 'cancel'): Promise<void> {
    signalRun(sessionId, signal);
  },
};

/** The monitor worker's API, as the bridge sees it. */
export type MonitorApi = typeof monitorApi;
