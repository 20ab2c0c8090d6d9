import type { BackendChoice, Lab, Progress } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The Settings page's backend table: the last choice, a running measurement, an override. */
export class BackendTable {
  choice = $state.raw<BackendChoice | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  measuring = $state(false);
  progress = $state.raw<Progress | null>(null);
  error = $state.raw<LabError | null>(null);
  readonly #backend: Pick<Lab['backend'], 'current' | 'probe' | 'use'>;

  constructor(backend: Pick<Lab['backend'], 'current' | 'probe' | 'use'>) {
    this.#backend = backend;
  }

  async load(): Promise<void> {
    await this.#run(() => this.#backend.current());
  }

  /** Times every backend again (`lab.backend.probe()`), reporting progress. */
  async measure(): Promise<boolean> {
    if (this.measuring) return false;
    this.measuring = true;
    this.progress = null;
    try {
      return await this.#run(() =>
        this.#backend.probe({ onProgress: (progress) => (this.progress = progress) }),
      );
    } finally {
      this.measuring = false;
      this.progress = null;
    }
  }

  /** Forces a row id, or `null` for automatic (`lab.backend.use(id)`). */
  async use(id: string | null): Promise<boolean> {
    return this.#run(() => this.#backend.use(id));
  }

  async #run(call: () => Promise<BackendChoice>): Promise<boolean> {
    this.error = null;
    try {
      this.choice = await call();
      this.status = 'ready';
      return true;
    } catch (thrown) {
      this.error = toLabError(thrown);
      if (this.choice === null) this.status = 'error';
      return false;
    }
  }
}
