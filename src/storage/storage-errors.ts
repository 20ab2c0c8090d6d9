import type { StorageHealth } from '../api/types';
import { LabError } from '../shared/lab-error';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/**
 * The error and every error it wraps, outermost first: Dexie's `inner`, the standard `cause`,
 * and the per-operation `failures` of Dexie's BulkError and ModifyError.
 */
function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 16) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const link = current as ErrorLike;
    chain.push(link);
    queue.push(link.inner, link.cause);
    if (Array.isArray(link.failures)) queue.push(...(link.failures as unknown[]).slice(0, 4));
  }
  return chain;
}

function isQuota(link: ErrorLike): boolean {
  return (
    link.name === 'QuotaExceededError' ||
    link.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    link.code === 22
  );
}

function describe(error: unknown): string {
  return errorChain(error)
    .slice(0, 3)
    .map((link) => `${String(link.name ?? 'Error')}: ${String(link.message ?? '')}`)
    .join(' <- ');
}

/** Why writes are refused while the store is in `health`. */
export function refusal(health: Exclude<StorageHealth, 'ok'>, detail?: string): LabError {
  const options = detail === undefined ? {} : { detail };
  return health === 'read-only'
    ? new LabError(
        'READ_ONLY',
        'Another tab runs a newer version of the lab; reload this tab to keep working.',
        options,
      )
    : new LabError(
        'STORAGE_LOST',
        "The browser cleared the lab's storage while it was open; reload the lab.",
        options,
      );
}

/**
 * Any error from IndexedDB or Dexie as a LabError: quota → QUOTA_EXCEEDED, a closed database →
 * READ_ONLY or STORAGE_LOST (by `health`), LabErrors unchanged, the rest STORAGE_ERROR.
 */
export function toStorageError(error: unknown, health: StorageHealth = 'lost'): LabError {
  if (error instanceof LabError) return error;
  const chain = errorChain(error);
  const detail = describe(error);
  if (chain.some(isQuota)) {
    return new LabError(
      'QUOTA_EXCEEDED',
      'The browser has no room left for the lab’s data; nothing of this change was saved.',
      { detail, cause: error },
    );
  }
  if (chain.some((link) => link.name === 'DatabaseClosedError')) {
    return refusal(health === 'read-only' ? 'read-only' : 'lost', detail);
  }
  return new LabError('STORAGE_ERROR', `Storage failed: ${detail}`, { detail, cause: error });
}
