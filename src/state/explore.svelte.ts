import type { Lab, VersionImportance, VersionProfile, VersionScatter } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** Most points the scatter plot asks the worker for. */
export const scatterMaxPoints = 3000;

/** One result the Explore panel waits for: its value, whether it is loading, and its error. */
export class ExploreResult<T> {
  value = $state.raw<T | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state.raw<LabError | null>(null);
  #request = 0;

  /** Runs `work`; a newer call wins over an older one still running. */
  async run(work: () => Promise<T>): Promise<void> {
    const request = ++this.#request;
    this.status = 'loading';
    this.error = null;
    try {
      const value = await work();
      if (request !== this.#request) return;
      this.value = value;
      this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.value = null;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Forgets the value (a newer version or target is coming). */
  clear(): void {
    this.#request++;
    this.value = null;
    this.status = 'idle';
    this.error = null;
  }
}

/** The Data page's Explore panel: a version's profile, scatter sample and feature ranking. */
export class ExploreState {
  readonly profile = new ExploreResult<VersionProfile>();
  readonly importance = new ExploreResult<VersionImportance>();
  readonly scatter = new ExploreResult<VersionScatter>();
  /** The column whose profile is shown. */
  selected = $state<string | null>(null);
  scatterX = $state<string | null>(null);
  scatterY = $state<string | null>(null);
  versionId = $state<string | null>(null);
  target = $state<string | null>(null);
  /** Columns of the version that are numeric (number or integer) and so can be plotted. */
  readonly numericColumns = $derived(
    (this.profile.value?.columns ?? [])
      .filter((column) => column.profile.kind === 'numeric')
      .filter((column) => column.type === 'number' || column.type === 'integer')
      .map((column) => column.name),
  );
  readonly selectedColumn = $derived(
    this.profile.value?.columns.find((column) => column.name === this.selected) ?? null,
  );
  readonly targetColumn = $derived(
    this.profile.value?.columns.find((column) => column.name === this.target) ?? null,
  );
  readonly #data: Pick<Lab['data'], 'profile' | 'importance' | 'scatter'>;

  constructor(data: Pick<Lab['data'], 'profile' | 'importance' | 'scatter'>) {
    this.#data = data;
  }

  /** Loads the profile of `versionId`, then its scatter sample and, with a target, its ranking. */
  async load(versionId: string, target: string | null): Promise<void> {
    this.versionId = versionId;
    this.target = target;
    this.importance.clear();
    this.scatter.clear();
    await this.profile.run(() => this.#data.profile(versionId));
    const profile = this.profile.value;
    if (!profile || this.versionId !== versionId) return;
    const names = profile.columns.map((column) => column.name);
    if (this.selected === null || !names.includes(this.selected)) {
      this.selected = this.numericColumns[0] ?? names[0] ?? null;
    }
    const [x, y] = this.numericColumns;
    if (this.scatterX === null || !this.numericColumns.includes(this.scatterX))
      this.scatterX = x ?? null;
    if (this.scatterY === null || !this.numericColumns.includes(this.scatterY))
      this.scatterY = y ?? x ?? null;
    await Promise.all([this.loadScatter(), this.loadImportance()]);
  }

  /** Shows the profile of column `name`. */
  select(name: string): void {
    this.selected = name;
  }

  /** Plots `x` against `y` (both numeric columns), coloured by the target. */
  async plot(x: string, y: string): Promise<void> {
    this.scatterX = x;
    this.scatterY = y;
    await this.loadScatter();
  }

  async loadScatter(): Promise<void> {
    const { versionId, scatterX: x, scatterY: y, target } = this;
    if (versionId === null || x === null || y === null) return this.scatter.clear();
    await this.scatter.run(() =>
      this.#data.scatter(versionId, { x, y, color: target, maxPoints: scatterMaxPoints }),
    );
  }

  async loadImportance(): Promise<void> {
    const { versionId, target } = this;
    if (versionId === null || target === null) return this.importance.clear();
    await this.importance.run(() => this.#data.importance(versionId, { target }));
  }
}
