import type {
  Lab,
  RunHandle,
  RunInfo,
  RunProgress,
  RunStatus,
  TrainSearchOptions,
  TrainStartOptions,
} from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import { computeAppendedPoints, type LiveCurve } from '../ui/stages/train/live-curves';

export {
  computeAppendedPoints,
  maxCurvePoints,
  type LiveCurve,
} from '../ui/stages/train/live-curves';

/** Where the watched run stands, as the live view shows it. */
export type LiveStatus = 'idle' | 'starting' | RunStatus;

/**
 * The active run on the Train page: started, searched or resumed from here; its epoch, speed,
 * time left and live curves; pause, resume and cancel.
 */
export class TrainLive {
  status = $state<LiveStatus>('idle');
  runId = $state<string | null>(null);
  kind = $state<'train' | 'search'>('train');
  epoch = $state(0);
  epochs = $state(0);
  samplesPerSecond = $state<number | null>(null);
  etaMs = $state<number | null>(null);
  /** Trials of a search that have finished so far. */
  trialsFinished = $state(0);
  /** The run whose epochs the curves show (a search's current trial). */
  curveRunId = $state<string | null>(null);
  curves = $state.raw<LiveCurve[]>([]);
  result = $state.raw<RunInfo | null>(null);
  error = $state.raw<LabError | null>(null);
  readonly active = $derived(
    this.status === 'starting' || this.status === 'running' || this.status === 'paused',
  );
  readonly #train: Pick<Lab['train'], 'start' | 'search' | 'resume'>;
  #handle: RunHandle | null = null;

  constructor(train: Pick<Lab['train'], 'start' | 'search' | 'resume'>) {
    this.#train = train;
  }

  /** Starts a run; rejects (nothing started) when the facade refuses its options. */
  async start(options: TrainStartOptions): Promise<void> {
    await this.#watch('train', (onProgress) => this.#train.start({ ...options, onProgress }));
  }

  /** Starts a search; its trials' epochs feed the curves one trial at a time. */
  async search(options: TrainSearchOptions): Promise<void> {
    await this.#watch('search', (onProgress) => this.#train.search({ ...options, onProgress }));
  }

  /** Resumes an interrupted run from its last checkpoint on `backend` (or the chosen one). */
  async resume(runId: string, backend?: string): Promise<void> {
    const options = backend === undefined ? {} : { backend };
    await this.#watch('train', (onProgress) =>
      this.#train.resume(runId, { ...options, onProgress }),
    );
  }

  async pause(): Promise<void> {
    await this.#control((handle) => handle.pause());
  }

  async unpause(): Promise<void> {
    await this.#control((handle) => handle.resume());
  }

  async cancel(): Promise<void> {
    await this.#control((handle) => handle.cancel());
  }

  async #control(call: (handle: RunHandle) => Promise<void>): Promise<void> {
    if (!this.#handle) return;
    try {
      await call(this.#handle);
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }

  async #watch(
    kind: 'train' | 'search',
    begin: (onProgress: (progress: RunProgress) => void) => Promise<RunHandle>,
  ): Promise<void> {
    if (this.active) return;
    this.#reset(kind);
    this.status = 'starting';
    let handle: RunHandle;
    try {
      handle = await begin((progress) => this.receive(progress));
    } catch (thrown) {
      this.status = 'idle';
      throw toLabError(thrown);
    }
    this.#handle = handle;
    this.runId = handle.id;
    if (this.status === 'starting') this.status = 'running';
    void handle.done.then(
      (run) => {
        if (this.#handle !== handle) return;
        this.result = run;
        this.status = run.status;
      },
      (thrown: unknown) => {
        if (this.#handle !== handle) return;
        const error = toLabError(thrown);
        this.status = error.code === 'CANCELLED' ? 'cancelled' : 'failed';
        if (error.code !== 'CANCELLED') this.error = error;
      },
    );
  }

  #reset(kind: 'train' | 'search'): void {
    this.#handle = null;
    this.kind = kind;
    this.runId = null;
    this.epoch = 0;
    this.epochs = 0;
    this.samplesPerSecond = null;
    this.etaMs = null;
    this.trialsFinished = 0;
    this.curveRunId = null;
    this.curves = [];
    this.result = null;
    this.error = null;
  }

  /** Takes one progress message of the watched run (or of one of its search trials). */
  receive(progress: RunProgress): void {
    const own = this.runId === null || progress.runId === this.runId;
    switch (progress.kind) {
      case 'batch':
        this.samplesPerSecond = progress.samplesPerSecond;
        break;
      case 'epoch':
        this.#epoch(progress);
        break;
      case 'paused':
        if (own) this.status = 'paused';
        break;
      case 'resumed':
        if (own) this.status = 'running';
        break;
      case 'finished':
        if (!own) this.trialsFinished += 1;
        break;
      case 'prepared':
        if (this.status === 'starting' || this.status === 'paused') this.status = 'running';
        break;
    }
  }

  #epoch(progress: Extract<RunProgress, { kind: 'epoch' }>): void {
    if (this.curveRunId !== progress.runId) {
      this.curveRunId = progress.runId;
      this.curves = [];
    }
    const { record } = progress;
    this.epoch = record.epoch;
    this.epochs = progress.epochs;
    this.samplesPerSecond = record.samplesPerSecond;
    this.etaMs = progress.etaMs;
    const curves = [...this.curves];
    for (const [metric, value] of Object.entries(record.metrics)) {
      if (!Number.isFinite(value)) continue;
      const index = curves.findIndex((curve) => curve.metric === metric);
      const point = { x: record.epoch, y: value };
      const points = computeAppendedPoints(curves[index]?.points ?? [], point);
      if (index < 0) curves.push({ metric, points });
      else curves[index] = { metric, points };
    }
    this.curves = curves;
  }
}
