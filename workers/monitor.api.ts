/**
 * The monitor worker's API. Only a description for now: its real methods, replaying streams and scoring drift (the monitor issue), come with the
 * issue that builds them. No placeholders here.
 */
import { describeScope, type WorkerDescription } from './runtime/describe-worker';

export const monitorApi = {
  /** Who this worker is and what it runs on. */
  async describeMonitorWorker(): Promise<WorkerDescription> {
    return describeScope('monitor');
  },
};

/** The monitor worker's API, as the bridge sees it. */
export type MonitorApi = typeof monitorApi;
