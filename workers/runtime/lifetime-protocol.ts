/**
 * The lifetime handshake between a worker and its bridge. The worker holds a Web Lock named
 * for its instance for its whole life and posts the lock's name; the bridge then requests the
 * same lock, which is granted only when the worker is gone (closed, crashed, out of memory).
 * Comlink ignores this message: it has no `id`.
 */

/** Key of the handshake message a worker posts: `{ [lifetimeMessageKey]: lockName | null }`. */
export const lifetimeMessageKey = 'labWorkerLifetime';

/** The handshake message, or null when `data` is something else. */
export function parseLifetimeMessage(data: unknown): { lock: string | null } | null {
  if (typeof data !== 'object' || data === null || !(lifetimeMessageKey in data)) return null;
  const lock = (data as Record<string, unknown>)[lifetimeMessageKey];
  return { lock: typeof lock === 'string' ? lock : null };
}
