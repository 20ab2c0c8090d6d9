/**
 * Runs whose page went away: a train worker holds a run's Web Lock while it trains (the page
 * holds a search's), so when this page starts it asks for the lock of every run stored as
 * active. The lock is granted once nobody holds it — at once for a run whose page was closed
 * or reloaded, later for one another open tab is still training — and the run, if it still
 * says it is active, is marked interrupted: resumable from its last checkpoint.
 */
import { runLockName } from '../lifecycle/train/run-lock';
import { LabError } from '../shared/lab-error';
import type { RunsRepo } from '../storage';

const detail = 'the page was closed or reloaded while it trained';

/** Starts watching this origin's active runs; resolves once the watch is in place. */
export async function watchInterruptedRuns(runs: RunsRepo): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return;
  const error = new LabError('INTERRUPTED', detail, {
    params: { reason: 'page-closed', detail },
  }).toData();
  for (const id of await runs.listActive()) {
    void locks
      .request(runLockName(id), () => runs.markInterrupted((runId) => runId !== id, error))
      .catch(() => undefined);
  }
}
