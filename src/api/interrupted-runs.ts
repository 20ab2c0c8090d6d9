/**
 * Start-up: runs that say they are training but whose Web Lock no worker holds (the page that
 * trained them was closed or reloaded) are marked interrupted, resumable from their last
 * checkpoint. Runs another open tab is training keep their status.
 */
import { runLockName } from '../lifecycle/train/run-lock';
import { LabError } from '../shared/lab-error';
import type { RunsRepo } from '../storage';

/** Marks this origin's orphaned active runs interrupted; returns their ids. */
export async function markInterruptedRuns(runs: RunsRepo): Promise<string[]> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return [];
  const state = await locks.query();
  const held = new Set([...(state.held ?? []), ...(state.pending ?? [])].map((lock) => lock.name));
  const error = new LabError('INTERRUPTED', 'the page was closed or reloaded while it trained', {
    params: { reason: 'page-closed', detail: 'the page was closed or reloaded while it trained' },
  });
  return runs.markInterrupted((runId) => held.has(runLockName(runId)), error.toData());
}
