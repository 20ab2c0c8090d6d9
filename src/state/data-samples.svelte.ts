import type { Lab, SampleInfo } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The sample datasets shipped with the lab, as the Data page lists them. */
export class DataSamples {
  items = $state.raw<SampleInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  readonly #data: Pick<Lab['data'], 'samples'>;

  constructor(data: Pick<Lab['data'], 'samples'>) {
    this.#data = data;
  }

  async load(): Promise<void> {
    try {
      this.items = await this.#data.samples();
      this.status = 'ready';
      this.error = null;
    } catch (thrown) {
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }
}
