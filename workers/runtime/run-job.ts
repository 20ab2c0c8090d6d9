import type { Cancellation } from './cancellation';
import { createProgressSender } from './progress-sender';

/** What a job run by `runJob` gets: where to report progress and how to stop when cancelled. */
export interface JobControl<P> {
  send(progress: P): void;
  /** Throws LabError('CANCELLED') once the page cancelled this call. */
  throwIfCancelled(): void;
}

/**
 * Runs a worker job in the worker's queue (one at a time), with its progress all delivered
 * before it resolves and its call id's cancellation forgotten once it settles.
 */
export function runJob<P, T>(
  serial: <R>(job: () => Promise<R>) => Promise<R>,
  cancellation: Cancellation,
  callId: string | undefined,
  onProgress: ((progress: P) => unknown) | undefined,
  job: (control: JobControl<P>) => Promise<T>,
): Promise<T> {
  const progress = createProgressSender(onProgress);
  return serial(async () => {
    try {
      const result = await job({
        send: progress.send,
        throwIfCancelled: () => cancellation.throwIfCancelled(callId),
      });
      await progress.flush();
      return result;
    } finally {
      cancellation.settle(callId);
    }
  });
}
