/** `lab.monitor`: replays through endpoints in the monitor worker, their windows and alerts. */
import type { MonitorBridge } from '../bridges/monitor-bridge';
import type { Locale } from '../i18n';
import { toLabError } from '../shared/lab-error';
import type { MonitorRepo } from '../storage';
import { localizeError } from './localize-errors';
import type { LabMonitorNamespace, MonitorSession } from './monitor-types';
import type { RetrainApi } from './retrain';

/** `lab.monitor` over the monitor bridge and the monitor repository. */
export function createMonitorApi(deps: {
  bridge: MonitorBridge;
  repo: MonitorRepo;
  retrain: RetrainApi;
  getLocale: () => Locale;
  dbName?: string;
  newId?: () => string;
}): LabMonitorNamespace['monitor'] {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  return {
    async replay(options) {
      const { onWindow, ...rest } = options;
      const sessionId = newId();
      const watch = rest.retrain ? deps.retrain.watch(sessionId, rest, rest.retrain) : null;
      let started!: () => void;
      const ready = new Promise<void>((resolve) => (started = resolve));
      const done: Promise<MonitorSession> = deps.bridge
        .replayStream(
          { ...db, sessionId, options: rest, awaitWindows: watch !== null },
          (window) => {
            started();
            onWindow?.(window);
            return watch?.(window);
          },
        )
        .catch((error: unknown) => {
          throw localizeError(toLabError(error), deps.getLocale());
        });
      // Resolves once the session exists (its first window) or the replay ends either way.
      await Promise.race([
        ready,
        done.then(
          () => undefined,
          () => undefined,
        ),
      ]);
      done.catch(() => undefined);
      const signal = (what: 'pause' | 'resume' | 'cancel') =>
        deps.bridge.signalReplay(sessionId, what);
      return {
        id: sessionId,
        done,
        pause: () => signal('pause'),
        resume: () => signal('resume'),
        cancel: () => signal('cancel'),
      };
    },
    sessions: (projectId) => deps.repo.sessions(projectId),
    windows: (sessionId) => deps.repo.windows(sessionId),
    alerts: (sessionId) => deps.repo.alerts(sessionId),
    retrain: (sessionId, policy) => deps.retrain.retrain(sessionId, policy),
    promote: (retrainId, options) => deps.retrain.promote(retrainId, options),
    retrains: (projectId) => deps.retrain.retrains(projectId),
  };
}
