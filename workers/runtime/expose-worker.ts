/**
 * What every worker entry does: carry LabErrors across Comlink, hold its lifetime lock,
 * announce it to the bridge, and expose its API. Worker-global code: entries only.
 */
import { expose } from 'comlink';
import { installLabErrorTransfer } from '../transfer/lab-error-transfer';
import { lifetimeMessageKey } from './lifetime-protocol';

/** Exposes `api` as the worker named `worker` (`train`, `data`…). */
export function exposeWorker(worker: string, api: object): void {
  installLabErrorTransfer(worker);
  expose(api);
  const locks = self.navigator.locks as LockManager | undefined;
  if (!locks) {
    self.postMessage({ [lifetimeMessageKey]: null });
    return;
  }
  const name = `lab-worker:${worker}:${crypto.randomUUID()}`;
  void locks.request(name, () => {
    self.postMessage({ [lifetimeMessageKey]: name });
    // Held until the worker is gone: the bridge's request for it is granted then.
    return new Promise<never>(() => {});
  });
}
