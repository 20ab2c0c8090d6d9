/**
 * The main thread's client for one worker: starts it on the first call, wraps it with
 * Comlink, and turns every way a call can end into a settled promise: a result, a LabError
 * thrown in the worker, WORKER_CRASHED when the worker dies (closed, crashed, out of memory,
 * failed to load), CANCELLED on abort. Idle workers are shut down; the next call starts one.
 */
import { releaseProxy, wrap, type Remote } from 'comlink';
import { LabError, toLabError } from '../shared/lab-error';
import { installLabErrorTransfer } from '../../workers/transfer/lab-error-transfer';
import { parseLifetimeMessage } from '../../workers/runtime/lifetime-protocol';

installLabErrorTransfer('main');

/** Options every `create*Bridge` takes. */
export interface BridgeHooks {
  /** Called with WORKER_FAILED and WORKER_CRASHED errors (the facade shows them). */
  onFailure?: (error: LabError) => void;
  /** Milliseconds without calls before the worker is shut down (default 60 s). */
  idleMs?: number;
}

/** Options of a `WorkerBridge`. */
export interface WorkerBridgeOptions<Api> extends BridgeHooks {
  /** The worker's name in errors (`train`, `data`…). */
  name: string;
  /** Constructs the worker: the only `new Worker` calls live in `*-bridge.ts`. */
  create: () => Worker;
  /** Tells the worker to stop call `callId` (it checks between steps). */
  cancel?: (remote: Remote<Api>, callId: string) => Promise<void>;
  /** Milliseconds a cancelled call may take to stop before the worker is terminated (1 s). */
  cancelGraceMs?: number;
}

/** Per-call options on the bridge side. */
export interface CallOptions {
  signal?: AbortSignal;
}

interface Instance<Api> {
  worker: Worker;
  remote: Remote<Api>;
  /** Rejects with WORKER_CRASHED when the worker dies. */
  death: Promise<never>;
  end(error: LabError | null): void;
  pending: number;
}

/** `LabError('CANCELLED')`. */
export function createCancelledError(): LabError {
  return new LabError('CANCELLED', 'The work was cancelled.');
}

/** A Comlink bridge to one lazily started worker. */
export class WorkerBridge<Api> {
  readonly #options: WorkerBridgeOptions<Api>;
  #instance: Instance<Api> | null = null;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #calls = 0;

  constructor(options: WorkerBridgeOptions<Api>) {
    this.#options = options;
  }

  /** Whether a worker is running now. */
  get running(): boolean {
    return this.#instance !== null;
  }

  /**
   * Runs `task` against the worker (starting one if needed). `callId` identifies the call to
   * the worker's cancel method. Rejects with a LabError in every failure.
   */
  async call<R>(
    task: (remote: Remote<Api>, callId: string) => Promise<R>,
    options: CallOptions = {},
  ): Promise<R> {
    const { signal } = options;
    if (signal?.aborted) throw createCancelledError();
    const instance = this.#start();
    const callId = `${this.#options.name}-${++this.#calls}`;
    instance.pending++;
    clearTimeout(this.#idleTimer);
    let settled = false;
    const work = task(instance.remote, callId).finally(() => (settled = true));
    work.catch(() => undefined);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        reject(createCancelledError());
        this.#cancel(instance, callId, () => settled);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work, instance.death, aborted]);
    } catch (thrown) {
      const error = this.#withWorkerName(toLabError(thrown, 'WORKER_FAILED'));
      if (error.code === 'WORKER_FAILED') this.#options.onFailure?.(error);
      throw error;
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      instance.pending--;
      this.#scheduleIdle(instance);
    }
  }

  /** Shuts the worker down now (pending calls reject with CANCELLED). */
  dispose(): void {
    clearTimeout(this.#idleTimer);
    this.#instance?.end(null);
  }

  #cancel(instance: Instance<Api>, callId: string, isSettled: () => boolean): void {
    this.#options.cancel?.(instance.remote, callId).catch(() => undefined);
    setTimeout(() => {
      if (isSettled() || this.#instance !== instance) return;
      const detail = `call ${callId} did not stop within the grace period after cancel`;
      const error = new LabError(
        'WORKER_CRASHED',
        `The ${this.#options.name} worker was stopped.`,
        {
          params: { worker: this.#options.name },
          detail,
        },
      );
      const others = instance.pending > 0;
      instance.end(error);
      if (others) this.#options.onFailure?.(error);
    }, this.#options.cancelGraceMs ?? 1000);
  }

  /** A WORKER_FAILED raised on this side (e.g. arguments that do not clone) names its worker. */
  #withWorkerName(error: LabError): LabError {
    if (error.code !== 'WORKER_FAILED' || error.params['worker'] !== undefined) return error;
    const detail = error.detail ?? error.message;
    return new LabError('WORKER_FAILED', `The ${this.#options.name} worker failed: ${detail}`, {
      params: { ...error.params, worker: this.#options.name, detail },
      detail,
      cause: error,
    });
  }

  #scheduleIdle(instance: Instance<Api>): void {
    if (instance.pending > 0 || this.#instance !== instance) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#instance === instance && instance.pending === 0) instance.end(null);
    }, this.#options.idleMs ?? 60_000);
  }

  #start(): Instance<Api> {
    if (this.#instance) return this.#instance;
    const { name } = this.#options;
    const worker = this.#options.create();
    const remote = wrap<Api>(worker);
    const lockWatch = new AbortController();
    let rejectDeath: (error: LabError) => void = () => undefined;
    const death = new Promise<never>((_, reject) => (rejectDeath = reject));
    death.catch(() => undefined);
    let ended = false;

    const end = (error: LabError | null) => {
      if (ended) return;
      ended = true;
      lockWatch.abort();
      if (this.#instance === instance) this.#instance = null;
      rejectDeath(error ?? createCancelledError());
      if (!error) {
        try {
          remote[releaseProxy]();
        } catch {
          // Already released.
        }
      }
      worker.terminate();
    };
    const crash = (detail: string) => {
      if (ended) return;
      const error = new LabError('WORKER_CRASHED', `The ${name} worker stopped unexpectedly.`, {
        params: { worker: name },
        detail,
      });
      end(error);
      this.#options.onFailure?.(error);
    };

    worker.addEventListener('message', (event: MessageEvent) => {
      const lock = parseLifetimeMessage(event.data)?.lock;
      if (!lock || !navigator.locks) return;
      navigator.locks
        .request(lock, { signal: lockWatch.signal }, () => crash('the worker ended'))
        .catch(() => undefined);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      crash(event.message || 'the worker failed to load or threw an uncaught error');
    });
    worker.addEventListener('messageerror', () =>
      crash('a message from the worker could not be read'),
    );

    const instance: Instance<Api> = { worker, remote, death, end, pending: 0 };
    this.#instance = instance;
    return instance;
  }
}
