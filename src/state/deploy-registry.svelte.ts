import type {
  EndpointInfo,
  LabDeployNamespaces,
  ModelVersion,
  PackageInfo,
  RegistryEvent,
} from '../api/deploy-types';
import type { Lab, RunInfo } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import { isEvaluable } from './finished-runs.svelte';

/** The part of the facade the Deploy page's registry calls. */
export interface DeployRegistryLab {
  runs: Pick<Lab['runs'], 'list'>;
  deploy: LabDeployNamespaces['deploy'];
}

/** The versions of one registry name, oldest first. */
export interface ModelGroup {
  name: string;
  versions: ModelVersion[];
}

/** What `serve` needs besides the endpoint name. */
export type ServeOptions = Parameters<LabDeployNamespaces['deploy']['serve']>[1];

/**
 * The Deploy page's registry: finished runs, model versions grouped by name, their packages, the
 * registry log and the endpoints, and every action on them (each reloads what it changed).
 */
export class DeployRegistry {
  runs = $state.raw<RunInfo[]>([]);
  versions = $state.raw<ModelVersion[]>([]);
  events = $state.raw<RegistryEvent[]>([]);
  packages = $state.raw<PackageInfo[]>([]);
  endpoints = $state.raw<EndpointInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  loadError = $state.raw<LabError | null>(null);
  /** The last failed action's error, shown next to the registry until the next action. */
  actionError = $state.raw<LabError | null>(null);
  busy = $state(false);
  readonly groups = $derived(computeModelGroups(this.versions));
  readonly #lab: DeployRegistryLab;
  #projectId: string | null = null;
  #request = 0;

  constructor(lab: DeployRegistryLab) {
    this.#lab = lab;
  }

  /** Reads the project's runs, versions, log, packages and endpoints. */
  async load(projectId: string): Promise<void> {
    if (this.#projectId !== projectId) {
      this.#projectId = projectId;
      this.status = 'loading';
    }
    const request = ++this.#request;
    const deploy = this.#lab.deploy;
    try {
      const [runs, versions, events, packages, endpoints] = await Promise.all([
        this.#lab.runs.list(projectId),
        deploy.versions(projectId),
        deploy.events(projectId),
        deploy.packages(projectId),
        deploy.endpoints(projectId),
      ]);
      if (request !== this.#request) return;
      this.runs = runs.filter(isEvaluable).sort((a, b) => b.createdAt - a.createdAt);
      this.versions = versions;
      this.events = events;
      this.packages = packages;
      this.endpoints = endpoints;
      this.status = 'ready';
      this.loadError = null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.loadError = toLabError(thrown);
    }
  }

  /** The package of a version, once packaged. */
  packageOf(version: ModelVersion): PackageInfo | null {
    return this.packages.find((item) => item.id === version.packageId) ?? null;
  }

  /** The model version a package was made from. */
  versionOfPackage(packageId: string | null): ModelVersion | null {
    const item = this.packages.find((candidate) => candidate.id === packageId);
    return this.versions.find((version) => version.id === item?.modelVersionId) ?? null;
  }

  /** The run a version was registered from. */
  runOf(version: ModelVersion): RunInfo | null {
    return this.runs.find((run) => run.id === version.runId) ?? null;
  }

  /** Registers a finished run as the next version of `name`. */
  register(runId: string, name: string, note = ''): Promise<boolean> {
    return this.#act(() => this.#lab.deploy.register(runId, name.trim(), { note }));
  }

  /** Points `alias` of the version's name at it (moving it off any other version). */
  setAlias(version: ModelVersion, alias: string, note = ''): Promise<boolean> {
    const options = { projectId: version.projectId, note };
    return this.#act(() =>
      this.#lab.deploy.setAlias(version.name, alias.trim(), version.id, options),
    );
  }

  /** Removes `alias` from the version's name. */
  removeAlias(version: ModelVersion, alias: string, note = ''): Promise<boolean> {
    const options = { projectId: version.projectId, note };
    return this.#act(() => this.#lab.deploy.setAlias(version.name, alias, null, options));
  }

  /** Archives a version (its aliases go; endpoints keep serving its package). */
  archive(version: ModelVersion, note = ''): Promise<boolean> {
    return this.#act(() => this.#lab.deploy.archive(version.id, { note }));
  }

  /** Packages a version (the same version always gives the same package). */
  package(version: ModelVersion): Promise<boolean> {
    return this.#act(() => this.#lab.deploy.package(version.id));
  }

  /** Deploys model versions to an endpoint. */
  serve(endpoint: string, options: ServeOptions): Promise<boolean> {
    return this.#act(() => this.#lab.deploy.serve(endpoint.trim(), options));
  }

  /** Returns an endpoint to its previous deployment. */
  rollback(endpoint: string): Promise<boolean> {
    return this.#act(() => this.#lab.deploy.rollback(endpoint));
  }

  /** The package's bytes, for download. */
  packageBytes(packageId: string): Promise<Blob> {
    return this.#lab.deploy.packageBytes(packageId);
  }

  async #act(action: () => Promise<unknown>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.actionError = null;
    try {
      await action();
      return true;
    } catch (thrown) {
      this.actionError = toLabError(thrown);
      return false;
    } finally {
      this.busy = false;
      if (this.#projectId !== null) await this.load(this.#projectId);
    }
  }
}

/** Model versions grouped by registry name (names sorted), each group oldest version first. */
export function computeModelGroups(versions: readonly ModelVersion[]): ModelGroup[] {
  const byName: Record<string, ModelVersion[]> = {};
  for (const version of versions) (byName[version.name] ??= []).push(version);
  return Object.entries(byName)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, group]) => ({ name, versions: group.sort((a, b) => a.version - b.version) }));
}
