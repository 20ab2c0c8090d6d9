import type { StorageEstimate } from '../api/types';

/** The parts of `navigator.storage` the lab uses; each may be missing (workers, old browsers). */
interface StorageManagerLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

function storageManager(): StorageManagerLike | undefined {
  const scope = globalThis as { navigator?: { storage?: StorageManagerLike } };
  return scope.navigator?.storage;
}

/** Bytes the site uses and may use, and whether its storage is persistent; null where unknown. */
export async function estimateStorage(): Promise<StorageEstimate> {
  const manager = storageManager();
  const [estimate, persisted] = await Promise.all([
    manager?.estimate?.().catch(() => undefined),
    manager?.persisted?.().catch(() => false),
  ]);
  return {
    usage: typeof estimate?.usage === 'number' ? estimate.usage : null,
    quota: typeof estimate?.quota === 'number' ? estimate.quota : null,
    persisted: persisted === true,
  };
}

/**
 * Asks the browser to keep the lab's storage under pressure (not evict it); resolves whether
 * it is persistent now. False where the API is missing (e.g. in a worker).
 */
export async function persistStorage(): Promise<boolean> {
  const manager = storageManager();
  if (!manager?.persist) return false;
  try {
    return (await manager.persist()) === true;
  } catch {
    return false;
  }
}
