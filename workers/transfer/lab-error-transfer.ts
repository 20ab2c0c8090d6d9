/**
 * Carries LabErrors across Comlink with their code, params and detail. Installed on both
 * sides (the worker entries and the bridges): it replaces Comlink's 'throw' transfer handler,
 * which would keep only `message`. No TensorFlow.js here: the main thread imports this.
 */
import { transferHandlers, type TransferHandler } from 'comlink';
import { isLabErrorCode, LabError, type LabErrorData } from '../../src/shared/lab-error';

/** What crosses the boundary for a thrown value. */
interface ThrownWire {
  lab: LabErrorData;
}

let installedFor: string | null = null;

/**
 * The thrown value as LabError data: LabErrors keep theirs; anything else becomes
 * WORKER_FAILED with the original message as detail and params `{ worker, detail }`.
 */
export function serializeThrown(value: unknown, worker: string): LabErrorData {
  if (value instanceof LabError) {
    const data = value.toData();
    return data.params['worker'] === undefined
      ? { ...data, params: { ...data.params, worker } }
      : data;
  }
  const detail =
    value instanceof Error ? `${value.name}: ${value.message}` : String(value ?? 'unknown error');
  return {
    code: 'WORKER_FAILED',
    message: `The ${worker} worker failed: ${detail}`,
    params: { worker, detail },
    detail,
  };
}

/** Rebuilds a LabError from what `serializeThrown` sent (or from anything else thrown). */
export function deserializeThrown(wire: unknown): LabError {
  const data = (wire as Partial<ThrownWire> | null)?.lab;
  if (data && isLabErrorCode(data.code)) return LabError.fromData(data);
  const detail = String((wire as { value?: { message?: unknown } })?.value?.message ?? wire);
  return new LabError('WORKER_FAILED', `A worker failed: ${detail}`, {
    params: { worker: 'unknown', detail },
    detail,
  });
}

/**
 * Installs the LabError 'throw' handler in this realm. `worker` names the side that throws
 * (`train`, `data`…); the main thread passes `main`. Idempotent.
 */
export function installLabErrorTransfer(worker: string): void {
  if (installedFor !== null) return;
  installedFor = worker;
  const base = transferHandlers.get('throw');
  if (!base) throw new Error('Comlink has no throw handler to replace');
  const handler: TransferHandler<{ value: unknown }, ThrownWire> = {
    canHandle: (value): value is { value: unknown } => base.canHandle(value),
    serialize: ({ value }) => [{ lab: serializeThrown(value, worker) }, []],
    deserialize: (wire) => {
      throw deserializeThrown(wire);
    },
  };
  transferHandlers.set('throw', handler as TransferHandler<unknown, unknown>);
}
