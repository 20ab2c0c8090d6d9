/**
 * `lab.deploy` and `lab.serve`: the model registry (versions, aliases, archive, the change
 * log), packages made in the serve worker (id = SHA-256 digest), endpoints with their
 * strategies and rollback, and predictions answered by the serve worker from packages only.
 */
import type { ServeBridge } from '../bridges/serve-bridge';
import {
  checkModelName,
  computeAliasMove,
  computeArchive,
  computeNextVersion,
} from '../lifecycle/deploy/registry-rules';
import type {
  EndpointInfo,
  ModelVersion,
  PackageInfo,
  RegistryEvent,
} from '../lifecycle/deploy/types';
import { LabError } from '../shared/lab-error';
import type { DeployRepo, DeploymentRow, PackageRow, RunsRepo } from '../storage';
import type { LabDeployNamespaces } from './deploy-types';

/** What the deploy namespaces are made of. */
export interface DeployApiDeps {
  bridge: ServeBridge;
  deploy: DeployRepo;
  runs: RunsRepo;
  /** The model card of a run's last test evaluation, in the current language, or null. */
  modelCard: (runId: string) => Promise<string | null>;
  dbName?: string;
  newId?: () => string;
  now?: () => number;
}

function invalid(field: string, reason: string, message: string): LabError {
  return new LabError('INVALID_ARGUMENT', message, { params: { field, reason } });
}

function toPackageInfo(row: PackageRow): PackageInfo {
  const { id, modelVersionId, manifest, bytes, createdAt } = row;
  return { id, modelVersionId, manifest, bytes: bytes.byteLength, createdAt };
}

function toEndpoint(row: DeploymentRow): EndpointInfo {
  return {
    endpoint: row.endpoint,
    projectId: row.projectId,
    deploymentId: row.id,
    championPackageId: row.championPackageId,
    challengerPackageId: row.challengerPackageId,
    strategy: row.strategy,
    percent: row.percent,
    errorPolicy: row.errorPolicy,
    previousDeploymentId: row.previousDeploymentId,
    createdAt: row.createdAt,
  };
}

/** `lab.deploy` and `lab.serve` over the serve bridge and the repositories. */
export function createDeployApi(deps: DeployApiDeps): LabDeployNamespaces {
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const now = deps.now ?? (() => Date.now());
  const event = (
    v: ModelVersion,
    kind: RegistryEvent['kind'],
    note = '',
    alias: string | null = null,
  ): RegistryEvent => ({
    id: newId(),
    projectId: v.projectId,
    name: v.name,
    modelVersionId: v.id,
    kind,
    alias,
    note,
    at: now(),
  });
  const packageOf = async (modelVersionId: string): Promise<PackageInfo> => {
    const version = await deps.deploy.version(modelVersionId);
    if (version.packageId) return toPackageInfo(await deps.deploy.packageRow(version.packageId));
    const modelCardHtml = await deps.modelCard(version.runId).catch(() => null);
    return deps.bridge.packageModel({ ...db, modelVersionId, modelCardHtml });
  };
  const deploy: LabDeployNamespaces['deploy'] = {
    async register(runId, name, options = {}) {
      checkModelName(name);
      const run = await deps.runs.get(runId);
      if (run.status !== 'done' || run.kind !== 'train') {
        throw invalid('runId', 'run-not-done', `Run ${runId} has not finished training.`);
      }
      const versions = await deps.deploy.versions(run.projectId);
      const version: ModelVersion = {
        id: newId(),
        projectId: run.projectId,
        name,
        version: computeNextVersion(versions, name),
        runId,
        aliases: [],
        archived: false,
        packageId: null,
        createdAt: now(),
      };
      await deps.deploy.saveVersions([version], [event(version, 'register', options.note)]);
      return version;
    },
    versions: (projectId) => deps.deploy.versions(projectId),
    events: (projectId) => deps.deploy.events(projectId),
    async setAlias(name, alias, modelVersionId, options = {}) {
      const anchor = modelVersionId ? await deps.deploy.version(modelVersionId) : null;
      const projectId = options.projectId ?? anchor?.projectId;
      if (!projectId)
        throw invalid('projectId', 'required', 'Say which project the model belongs to.');
      const versions = await deps.deploy.versions(projectId);
      const changed = computeAliasMove(versions, name, alias, modelVersionId);
      const events = changed.map((v) =>
        event(v, v.aliases.includes(alias) ? 'alias' : 'unalias', options.note, alias),
      );
      await deps.deploy.saveVersions(changed, events);
      return changed;
    },
    async archive(modelVersionId, options = {}) {
      const archived = computeArchive(await deps.deploy.version(modelVersionId));
      await deps.deploy.saveVersions([archived], [event(archived, 'archive', options.note)]);
      return archived;
    },
    package: packageOf,
    packages: async (projectId) => (await deps.deploy.packages(projectId)).map(toPackageInfo),
    async packageBytes(packageId) {
      const row = await deps.deploy.packageRow(packageId);
      return new Blob([row.bytes], { type: 'application/octet-stream' });
    },
    async serve(endpoint, options) {
      checkModelName(endpoint);
      const strategy = options.strategy ?? 'single';
      const percent = options.percent ?? (strategy === 'canary' ? 10 : 0);
      if (!['single', 'canary', 'shadow'].includes(strategy)) {
        throw invalid('strategy', 'not_allowed', `Unknown strategy ${String(strategy)}.`);
      }
      if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
        throw invalid('percent', 'out_of_range', 'The canary share is a percentage from 0 to 100.');
      }
      if (strategy !== 'single' && !options.challenger) {
        throw invalid('challenger', 'required', `The ${strategy} strategy needs a challenger.`);
      }
      const champion = await packageOf(options.champion);
      const challenger = options.challenger ? await packageOf(options.challenger) : null;
      const projectId = champion.manifest.projectId;
      if (challenger && challenger.manifest.projectId !== projectId) {
        throw invalid('challenger', 'other-project', 'The challenger belongs to another project.');
      }
      const previous = await deps.deploy.deployment(endpoint);
      if (previous && previous.projectId !== projectId) {
        throw invalid('endpoint', 'taken', `The endpoint "${endpoint}" serves another project.`);
      }
      const row: DeploymentRow = {
        id: newId(),
        projectId,
        endpoint,
        championPackageId: champion.id,
        challengerPackageId: challenger?.id ?? null,
        strategy,
        percent: strategy === 'canary' ? percent : 0,
        errorPolicy: options.errorPolicy ?? 'reject-request',
        previousDeploymentId: previous?.id ?? null,
        createdAt: now(),
      };
      await deps.deploy.saveDeployment(row);
      return toEndpoint(row);
    },
    endpoints: async (projectId) => (await deps.deploy.deployments(projectId)).map(toEndpoint),
    async rollback(endpoint) {
      const current = await deps.deploy.deployment(endpoint);
      const previous = current?.previousDeploymentId
        ? await deps.deploy.deploymentById(current.previousDeploymentId)
        : undefined;
      if (!current || !previous) {
        throw invalid(
          'endpoint',
          'nothing-to-roll-back',
          `The endpoint "${endpoint}" has no earlier deployment.`,
        );
      }
      const row: DeploymentRow = { ...previous, id: newId(), createdAt: now() };
      await deps.deploy.saveDeployment(row);
      return toEndpoint(row);
    },
    removeVersion: (modelVersionId) => deps.deploy.removeVersion(modelVersionId),
  };
  return {
    deploy,
    serve: {
      predict: (endpoint, rows) => deps.bridge.predictEndpoint({ ...db, endpoint, rows }),
      async log(endpoint, options = {}) {
        const limit = options.limit ?? 100;
        if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
          throw invalid('limit', 'out_of_range', 'limit is a whole number from 1 to 10,000');
        }
        return deps.deploy.log(endpoint, limit);
      },
    },
  };
}
