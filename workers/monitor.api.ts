/**
 * The monitor worker's API: replays of dataset versions through endpoints, scored window by
 * window (drift, performance, latency, invalid requests, alerts), with pause, resume and cancel.
 */
import type { MonitorReplayOptions, MonitorSession, MonitorWindow } from '../src/api/monitor-types';
import { useDataStore } from './data/data-stores';
import type { RetrainComparison } from '../src/lifecycle/monitor/retrain-types';
import { runReplay } from './monitor/replay-job';
import { compareOnHeldOut } from './monitor/retrain-compare';
import {
  prepareRetrainData,
  type RetrainData,
  type RetrainDataRequest,
} from './monitor/retrain-data';
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
      /** Wait for the page's callback after each window (it may retrain and redeploy). */
      awaitWindows?: boolean;
    },
    onWindow?: (window: MonitorWindow) => unknown,
  ): Promise<MonitorSession> {
    const progress = createProgressSender(onWindow);
    const store = await useDataStore(request.dbName);
    const awaited = request.awaitWindows && onWindow;
    const session = await runReplay(store, request, {
      send: awaited ? async (window) => void (await awaited(window)) : progress.send,
      now: () => performance.now(),
      clock: () => Date.now(),
    });
    await progress.flush();
    return session;
  },

  /** Writes a retrain's capture version and merged version (reference plus recent events). */
  async prepareRetrainData(
    request: RetrainDataRequest & { dbName?: string },
  ): Promise<RetrainData> {
    const store = await useDataStore(request.dbName);
    return prepareRetrainData(store, request, {
      clock: () => Date.now(),
      newId: () => crypto.randomUUID(),
    });
  },

  /** Champion and challenger packages scored on the same held-out stream events. */
  async compareOnHeldOut(
    request: Parameters<typeof compareOnHeldOut>[1] & { dbName?: string },
  ): Promise<RetrainComparison> {
    return compareOnHeldOut(await useDataStore(request.dbName), request);
  },

  /** Pauses, resumes or cancels a replay between batches. */
  async signalReplay(sessionId: string, signal: 'pause' | 'resume' | 'cancel'): Promise<void> {
    signalRun(sessionId, signal);
  },
};

/** The monitor worker's API, as the bridge sees it. */
export type MonitorApi = typeof monitorApi;
