import { LabError } from '../../src/shared/lab-error';

/** Call ids the bridge has cancelled; long loops check them between steps. */
export interface Cancellation {
  cancel(callId: string): void;
  isCancelled(callId: string | undefined): boolean;
  /** Throws LabError('CANCELLED') when `callId` was cancelled. */
  throwIfCancelled(callId: string | undefined): void;
  /** Forgets a finished call. */
  settle(callId: string | undefined): void;
}

/** A fresh registry of cancelled call ids. */
export function createCancellation(): Cancellation {
  const cancelled = new Set<string>();
  const isCancelled = (callId: string | undefined) => callId !== undefined && cancelled.has(callId);
  return {
    cancel: (callId) => void cancelled.add(callId),
    isCancelled,
    throwIfCancelled(callId) {
      if (isCancelled(callId)) throw new LabError('CANCELLED', 'The work was cancelled.');
    },
    settle: (callId) => void (callId !== undefined && cancelled.delete(callId)),
  };
}
