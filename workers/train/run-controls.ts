/**
 * Pause, resume and cancel of the runs this worker trains: flags the training loop checks
 * between batches (the worker's event loop turns at every batch, so the page's calls land).
 */
import { LabError } from '../../src/shared/lab-error';

/** The controls of one run. */
export interface RunControl {
  paused: boolean;
  cancelled: boolean;
  /** Resolves the loop's wait when the run is resumed or cancelled. */
  wake: (() => void) | null;
}

const controls = new Map<string, RunControl>();

/** The control of `runId`, created on first use. */
export function useRunControl(runId: string): RunControl {
  let control = controls.get(runId);
  if (!control) {
    control = { paused: false, cancelled: false, wake: null };
    controls.set(runId, control);
  }
  return control;
}

/** Forgets a finished run's control. */
export function releaseRunControl(runId: string): void {
  controls.delete(runId);
}

/** Sets a run's flag; resuming or cancelling wakes a paused loop. */
export function signalRun(runId: string, signal: 'pause' | 'resume' | 'cancel'): void {
  const control = useRunControl(runId);
  if (signal === 'pause') control.paused = true;
  if (signal === 'resume') control.paused = false;
  if (signal === 'cancel') control.cancelled = true;
  if (signal !== 'pause') control.wake?.();
}

/** Throws CANCELLED when the run was cancelled. */
export function throwIfRunCancelled(control: RunControl): void {
  if (control.cancelled) throw new LabError('CANCELLED', 'The run was cancelled.');
}

/** Waits while the run is paused; `onPause`/`onResume` report the change. */
export async function waitWhilePaused(
  control: RunControl,
  onPause: () => Promise<void>,
  onResume: () => Promise<void>,
): Promise<void> {
  if (!control.paused || control.cancelled) return;
  await onPause();
  while (control.paused && !control.cancelled) {
    await new Promise<void>((resolve) => (control.wake = resolve));
    control.wake = null;
  }
  if (!control.cancelled) await onResume();
}
