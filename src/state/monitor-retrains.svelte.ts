import type { LabMonitorNamespace } from '../api/monitor-types';
import type { RetrainRecord } from '../lifecycle/monitor/retrain-types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The Monitor page's retrains: the project's log, a retrain by hand, ending a canary. */
export class RetrainLogState {
  records = $state.raw<RetrainRecord[]>([]);
  /** The retrain or promotion in progress (a session or retrain id), or null. */
  busy = $state<string | null>(null);
  error = $state.raw<LabError | null>(null);
  readonly #monitor: Pick<LabMonitorNamespace['monitor'], 'retrain' | 'promote' | 'retrains'>;
  #projectId: string | null = null;

  constructor(monitor: Pick<LabMonitorNamespace['monitor'], 'retrain' | 'promote' | 'retrains'>) {
    this.#monitor = monitor;
  }

  /** Reads the project's retrains, newest first. */
  async load(projectId: string): Promise<void> {
    this.#projectId = projectId;
    try {
      const records = await this.#monitor.retrains(projectId);
      if (this.#projectId === projectId) this.records = [...records].reverse();
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }

  /** Retrains from a session now (the manual policy). */
  retrainNow(sessionId: string): Promise<void> {
    return this.#run(sessionId, () => this.#monitor.retrain(sessionId, { kind: 'manual' }));
  }

  /** Ends a canary on the traffic it has served (production or rollback). */
  promote(retrainId: string): Promise<void> {
    return this.#run(retrainId, () => this.#monitor.promote(retrainId));
  }

  async #run(id: string, work: () => Promise<unknown>): Promise<void> {
    if (this.busy !== null) return;
    this.busy = id;
    this.error = null;
    try {
      await work();
    } catch (thrown) {
      this.error = toLabError(thrown);
    } finally {
      this.busy = null;
      if (this.#projectId !== null) await this.load(this.#projectId);
    }
  }
}
