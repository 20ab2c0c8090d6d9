/**
 * One retrain, step by step, on the main thread (it only starts work in workers and waits, like a
 * search): the recent labelled events and the reference as new dataset versions (monitor worker),
 * the challenger trained with the champion's spec (train worker), its evaluation and the plan's
 * gate, registration and packaging, the comparison with the champion on held-out events, then
 * the canary or the rejection. Each stage is saved as it is reached.
 */
import type { MonitorBridge } from '../bridges/monitor-bridge';
import { defaultRetrainSettings } from '../lifecycle/monitor/retrain-defaults';
import { computeRetrainVerdict } from '../lifecycle/monitor/retrain-decision';
import { computeRetrainEvents } from '../lifecycle/monitor/retrain-trigger';
import type {
  RetrainRecord,
  RetrainSettings,
  RetrainStage,
  RetrainTrigger,
} from '../lifecycle/monitor/retrain-types';
import { LabError, toLabError } from '../shared/lab-error';
import type { DeployRepo, RetrainRepo, RunsRepo } from '../storage';
import type { MonitorSession } from './monitor-types';
import type { Lab } from './types';

/** What a retrain uses. */
export interface RetrainDeps {
  bridge: MonitorBridge;
  retrains: RetrainRepo;
  deployRepo: DeployRepo;
  runs: RunsRepo;
  train: Pick<Lab['train'], 'start'>;
  evaluate: Pick<Lab['evaluate'], 'run'>;
  deploy: Pick<
    Lab['deploy'],
    'register' | 'package' | 'archive' | 'setAlias' | 'serve' | 'rollback'
  >;
  dbName?: string;
  newId: () => string;
  clock: () => number;
  onChange?: (record: RetrainRecord) => void;
}

/** Saves a new stage (and whatever changed with it) and tells the listener. */
export async function advanceRetrain(
  deps: Pick<RetrainDeps, 'retrains' | 'clock' | 'onChange'>,
  record: RetrainRecord,
  stage: RetrainStage,
  patch: Partial<RetrainRecord> = {},
): Promise<RetrainRecord> {
  const at = deps.clock();
  const next: RetrainRecord = {
    ...record,
    ...patch,
    stage,
    history: record.stage === stage ? record.history : [...record.history, { stage, at }],
    updatedAt: at,
  };
  await deps.retrains.put(next);
  deps.onChange?.(next);
  return next;
}

/** Runs a retrain of `session` triggered by `trigger`; resolves with its final record. */
export async function runRetrain(
  deps: RetrainDeps,
  session: MonitorSession,
  trigger: RetrainTrigger,
  settings: RetrainSettings,
): Promise<RetrainRecord> {
  const options = { ...defaultRetrainSettings, ...settings };
  const events = computeRetrainEvents(
    trigger.labelledTo,
    options.recentEvents,
    options.holdoutShare,
  );
  const deployment = await deps.deployRepo.deployment(session.endpoint);
  if (!deployment) {
    throw new LabError('NOT_FOUND', `No endpoint named "${session.endpoint}".`, {
      params: { what: `endpoint ${session.endpoint}` },
    });
  }
  const championPackage = await deps.deployRepo.packageRow(deployment.championPackageId);
  const champion = await deps.deployRepo.version(championPackage.modelVersionId);
  const championRun = await deps.runs.get(champion.runId);
  const at = deps.clock();
  let record: RetrainRecord = {
    id: deps.newId(),
    projectId: session.projectId,
    sessionId: session.id,
    endpoint: session.endpoint,
    modelName: champion.name,
    settings,
    trigger,
    events,
    championVersionId: champion.id,
    referenceVersionId: championRun.versionId,
    captureVersionId: null,
    versionId: null,
    runId: null,
    modelVersionId: null,
    packageId: null,
    comparison: null,
    gate: null,
    canary: null,
    stage: 'preparing',
    reason: null,
    history: [{ stage: 'preparing', at }],
    createdAt: at,
    updatedAt: at,
  };
  await deps.retrains.put(record);
  deps.onChange?.(record);
  try {
    const data = await deps.bridge.prepareRetrainData({
      ...(deps.dbName ? { dbName: deps.dbName } : {}),
      sessionId: session.id,
      retrainId: record.id,
      from: events.from,
      train: events.train,
      referenceVersionId: championRun.versionId,
      split: championRun.config.split,
    });
    record = await advanceRetrain(deps, record, 'training', {
      captureVersionId: data.captureVersionId,
      versionId: data.versionId,
    });
    const { config } = championRun;
    const handle = await deps.train.start({
      projectId: session.projectId,
      versionId: data.versionId,
      model: config.model,
      hyper: config.hyper,
      seed: config.seed,
      target: config.target,
      features: config.features,
      split: config.split,
      name: `${champion.name} retrain`,
      tags: ['retrain'],
      ...(championRun.environment ? { backend: championRun.environment.backend } : {}),
    });
    record = await advanceRetrain(deps, record, 'training', { runId: handle.id });
    const run = await handle.done;
    record = await advanceRetrain(deps, record, 'evaluating', { runId: run.id });
    const report = await deps.evaluate.run(run.id);
    const gate = {
      verdict: report.gate.verdict,
      failed: [
        ...report.gate.checks
          .filter((c) => !c.pass)
          .map((c) => `${c.metric} ${c.op} ${c.value} (measured ${c.measured ?? '—'})`),
        ...(report.gate.latency && !report.gate.latency.pass ? ['latency p95'] : []),
      ],
    };
    const note = `retrain ${record.id.slice(0, 8)} (${trigger.reason}, window ${trigger.window})`;
    const version = await deps.deploy.register(run.id, champion.name, { note });
    const pkg = await deps.deploy.package(version.id);
    record = await advanceRetrain(deps, record, 'evaluating', {
      gate,
      modelVersionId: version.id,
      packageId: pkg.id,
    });
    const comparison = await deps.bridge.compareOnHeldOut({
      ...(deps.dbName ? { dbName: deps.dbName } : {}),
      sessionId: session.id,
      from: events.to - events.heldOut,
      to: events.to,
      championPackageId: championPackage.id,
      challengerPackageId: pkg.id,
    });
    const verdict = computeRetrainVerdict(comparison, gate, options);
    if (!verdict.promote) {
      await deps.deploy.archive(version.id, { note: verdict.reason.detail });
      return await advanceRetrain(deps, record, 'rejected', { comparison, reason: verdict.reason });
    }
    await deps.deploy.setAlias(champion.name, 'challenger', version.id, {
      projectId: session.projectId,
      note,
    });
    await deps.deploy.serve(session.endpoint, {
      champion: champion.id,
      challenger: version.id,
      strategy: 'canary',
      percent: options.canaryPercent,
      errorPolicy: deployment.errorPolicy,
    });
    return await advanceRetrain(deps, record, 'canary', { comparison });
  } catch (thrown) {
    const error = toLabError(thrown);
    return advanceRetrain(deps, record, 'failed', {
      reason: { code: 'error', detail: error.message },
    });
  }
}
