import type { Lab, RunComparison } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The comparison of two or more runs: what differs, overlaid curves, parallel coordinates. */
export class RunsCompare {
  result = $state.raw<RunComparison | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state.raw<LabError | null>(null);
  /** The metric of the parallel coordinates' last axis. */
  metric = $state('val_loss');
  readonly #runs: Pick<Lab['runs'], 'compare'>;
  #request = 0;

  constructor(runs: Pick<Lab['runs'], 'compare'>) {
    this.#runs = runs;
  }

  /** Compares the runs (two or more, in order); fewer clears the comparison. */
  async compare(ids: readonly string[]): Promise<void> {
    const request = ++this.#request;
    if (ids.length < 2) {
      this.result = null;
      this.status = 'idle';
      this.error = null;
      return;
    }
    this.status = 'loading';
    try {
      const result = await this.#runs.compare([...ids], { metric: this.metric });
      if (request !== this.#request) return;
      this.result = result;
      this.status = 'ready';
      this.error = null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }
}
