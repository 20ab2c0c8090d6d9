/**
 * `lab.monitor.retrain/promote/retrains` and the retrain watch of a replay: the policy checked
 * after every window, a retrain run when it fires (the replay waits), the canary judged on the
 * following windows and sent to production or rolled back.
 */
import { computeCanaryCheck } from '../lifecycle/monitor/retrain-canary';
import { computeCanaryVerdict } from '../lifecycle/monitor/retrain-decision';
import { defaultAlertRules, defaultRetrainSettings } from '../lifecycle/monitor/retrain-defaults';
import { computeRetrainTrigger } from '../lifecycle/monitor/retrain-trigger';
import type {
  CanaryCheck,
  RetrainPolicy,
  RetrainRecord,
  RetrainSettings,
} from '../lifecycle/monitor/retrain-types';
import { LabError } from '../shared/lab-error';
import type { MonitorRepo } from '../storage';
import type { MonitorReplayOptions, MonitorSession, MonitorWindow } from './monitor-types';
import { advanceRetrain, runRetrain, type RetrainDeps } from './retrain-steps';

/** What the retrain API needs beyond one retrain's steps. */
export interface RetrainApiDeps extends RetrainDeps {
  monitor: MonitorRepo;
}

function toSettings(policy: RetrainPolicy | RetrainSettings): RetrainSettings {
  return 'policy' in policy ? policy : { policy };
}

async function loadSession(deps: RetrainApiDeps, sessionId: string): Promise<MonitorSession> {
  const session = await deps.monitor.session(sessionId);
  if (!session) {
    throw new LabError('NOT_FOUND', `No replay session ${sessionId}.`, {
      params: { what: `replay session ${sessionId}` },
    });
  }
  return session;
}

/** Sends a canary's challenger to production, or rolls it back, as `verdict` says. */
async function finishCanary(
  deps: RetrainApiDeps,
  record: RetrainRecord,
  check: CanaryCheck,
  verdict: 'promote' | 'roll-back',
): Promise<RetrainRecord> {
  const version = record.modelVersionId!;
  const note = `retrain ${record.id.slice(0, 8)}: canary ${verdict === 'promote' ? 'passed' : 'failed'}`;
  if (verdict === 'roll-back') {
    await deps.deploy.rollback(record.endpoint);
    const detail = `on canary traffic the challenger scored ${check.challenger?.toFixed(4)} against the champion's ${check.champion?.toFixed(4)}`;
    await deps.deploy.archive(version, { note: detail });
    return advanceRetrain(deps, record, 'rolled-back', {
      canary: check,
      reason: { code: 'canary-worse', detail },
    });
  }
  const deployment = await deps.deployRepo.deployment(record.endpoint);
  const options = { projectId: record.projectId, note };
  await deps.deploy.setAlias(record.modelName, 'champion', version, options);
  await deps.deploy.setAlias(record.modelName, 'challenger', null, options);
  await deps.deploy.serve(record.endpoint, {
    champion: version,
    strategy: 'single',
    ...(deployment ? { errorPolicy: deployment.errorPolicy } : {}),
  });
  return advanceRetrain(deps, record, 'production', { canary: check });
}

/** The retrain API and the watch a replay with a retrain policy runs after each window. */
export function createRetrainApi(deps: RetrainApiDeps) {
  return {
    /** Runs a retrain of a session now if `policy` fires on its windows; null when it does not. */
    async retrain(
      sessionId: string,
      policy: RetrainPolicy | RetrainSettings,
    ): Promise<RetrainRecord | null> {
      const settings = toSettings(policy);
      const session = await loadSession(deps, sessionId);
      const windows = await deps.monitor.windows(sessionId);
      const earlier = await deps.retrains.bySession(sessionId);
      const trigger = computeRetrainTrigger(settings.policy, windows, {
        delay: session.options.labelDelay ?? 0,
        rules: session.options.alertRules ?? defaultAlertRules,
        ...(settings.recentEvents ? { recentEvents: settings.recentEvents } : {}),
        lastLabelledTo: earlier.at(-1)?.trigger.labelledTo ?? 0,
        handledRaises: earlier.flatMap((r) => r.trigger.alertWindow ?? []),
      });
      return trigger ? runRetrain(deps, session, trigger, settings) : null;
    },

    /**
     * Judges a canary on the windows served since it began (this session's later windows and
     * later sessions on the endpoint): production or rollback; INVALID_ARGUMENT while the
     * challenger has answered too few labelled events, unless `force`.
     */
    async promote(retrainId: string, options: { force?: boolean } = {}): Promise<RetrainRecord> {
      const record = await deps.retrains.get(retrainId);
      if (record.stage !== 'canary') {
        throw new LabError('INVALID_ARGUMENT', `Retrain ${retrainId} is not in its canary.`, {
          params: { field: 'retrainId', reason: 'not-canary', stage: record.stage },
        });
      }
      const sessions = (await deps.monitor.sessions(record.projectId)).filter(
        (s) => s.endpoint === record.endpoint && s.createdAt >= record.createdAt,
      );
      const windows = (await deps.monitor.windows(record.sessionId)).filter(
        (w) => w.index > record.trigger.window,
      );
      for (const s of sessions) windows.push(...(await deps.monitor.windows(s.id)));
      const check = computeCanaryCheck(windows, record.championVersionId, record.modelVersionId!);
      const verdict = computeCanaryVerdict(check, record.comparison!.better, record.settings);
      if (verdict === 'wait' && !options.force) {
        throw new LabError(
          'INVALID_ARGUMENT',
          `The canary has ${check.events.challenger} labelled answers from the challenger; it needs ${record.settings.canaryEvents ?? defaultRetrainSettings.canaryEvents}.`,
          {
            params: { field: 'retrainId', reason: 'canary-short', count: check.events.challenger },
          },
        );
      }
      return finishCanary(deps, record, check, verdict === 'roll-back' ? 'roll-back' : 'promote');
    },

    /** A project's retrains, oldest first. */
    retrains: (projectId: string) => deps.retrains.list(projectId),

    /** The callback a replay with `options.retrain` awaits after each window. */
    watch(
      sessionId: string,
      options: Omit<MonitorReplayOptions, 'onWindow'>,
      settings: RetrainSettings,
    ) {
      const windows: MonitorWindow[] = [];
      const handled: number[] = [];
      let lastLabelledTo = 0;
      let canary: RetrainRecord | null = null;
      return async (window: MonitorWindow): Promise<void> => {
        windows.push(window);
        if (settings.policy.kind === 'manual') return;
        if (canary) {
          const since = windows.filter((w) => w.index > canary!.trigger.window);
          const check = computeCanaryCheck(since, canary.championVersionId, canary.modelVersionId!);
          const verdict = computeCanaryVerdict(check, canary.comparison!.better, settings);
          if (verdict === 'wait') return;
          await finishCanary(deps, canary, check, verdict);
          canary = null;
          return;
        }
        const trigger = computeRetrainTrigger(settings.policy, windows, {
          delay: options.labelDelay ?? 0,
          rules: options.alertRules ?? defaultAlertRules,
          ...(settings.recentEvents ? { recentEvents: settings.recentEvents } : {}),
          lastLabelledTo,
          handledRaises: handled,
        });
        if (!trigger) return;
        if (trigger.alertWindow !== null) handled.push(trigger.alertWindow);
        lastLabelledTo = trigger.labelledTo;
        const record = await runRetrain(
          deps,
          await loadSession(deps, sessionId),
          trigger,
          settings,
        );
        if (record.stage === 'canary') canary = record;
      };
    },
  };
}

/** The retrain API's type. */
export type RetrainApi = ReturnType<typeof createRetrainApi>;
