/**
 * The serve worker's API. Only a description for now: its real methods, serving model packages (the deploy issue), come with the
 * issue that builds them. No placeholders here.
 */
import { describeScope, type WorkerDescription } from './runtime/describe-worker';

export const serveApi = {
  /** Who this worker is and what it runs on. */
  async describeServeWorker(): Promise<WorkerDescription> {
    return describeScope('serve');
  },
};

/** The serve worker's API, as the bridge sees it. */
export type ServeApi = typeof serveApi;
