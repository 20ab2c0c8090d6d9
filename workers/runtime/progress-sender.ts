/**
 * Progress reports to the page. Each report travels through its callback's own Comlink
 * MessagePort while the call's result travels on the worker's port, and two ports keep no
 * order between them: without `flush()` a call can resolve before its last report arrives.
 */
export interface ProgressSender<P> {
  /** Sends a report without waiting; a page that fails to take it never fails the work. */
  send(progress: P): void;
  /** Waits until every sent report was delivered (at most `flushTimeoutMs`). */
  flush(): Promise<void>;
}

/** A progress sender over an optional (proxied) callback. */
export function createProgressSender<P>(
  onProgress: ((progress: P) => unknown) | undefined,
  flushTimeoutMs = 2_000,
): ProgressSender<P> {
  const pending = new Set<Promise<unknown>>();
  return {
    send(progress) {
      if (!onProgress) return;
      let delivery: Promise<unknown>;
      try {
        delivery = Promise.resolve(onProgress(progress)).catch(() => undefined);
      } catch {
        return;
      }
      pending.add(delivery);
      void delivery.finally(() => pending.delete(delivery));
    },
    async flush() {
      if (pending.size === 0) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, flushTimeoutMs)));
      await Promise.race([Promise.all(pending), timeout]);
      clearTimeout(timer);
    },
  };
}
