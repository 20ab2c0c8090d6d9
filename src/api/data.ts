/**
 * `lab.data`: samples, imports (run in the data worker, which writes the chunks to
 * IndexedDB itself), the versions of a project, row windows and column profiles.
 */
import type { DataBridge, ImportCallOptions } from '../bridges/data-bridge';
import { LabError } from '../shared/lab-error';
import type { DatasetsRepo, DatasetVersionRow, ProjectsRepo } from '../storage';
import type { ImportTableRequest } from '../../workers/data.api';
import type {
  DataImportOptions,
  DataImportProgress,
  DatasetVersionInfo,
  SampleInfo,
} from './data-types';
import type { Lab } from './types';

/** What `lab.data` is made of. */
export interface DataApiDeps {
  bridge: DataBridge;
  datasets: DatasetsRepo;
  projects: ProjectsRepo;
  /** Database name passed to the worker (tests use their own). */
  dbName?: string;
  /** Absolute URL of the folder holding `index.json` and the sample files. */
  samplesUrl: string;
}

function invalid(message: string, params: Record<string, string | number>): LabError {
  return new LabError('INVALID_ARGUMENT', message, { params });
}

function toInfo(row: DatasetVersionRow): DatasetVersionInfo {
  const { id, parents, step, schema, rows, bytes, createdAt } = row;
  return { id, parents, step, schema, rows, bytes, createdAt };
}

/** The worker's request fields from the caller's options (signal and progress stay here). */
function toRequest(options: DataImportOptions): Partial<ImportTableRequest> {
  // Callbacks and signals stay on this side: the bridge passes them as proxies and aborts.
  const {
    name,
    signal: _signal,
    onProgress: _onProgress,
    ...rest
  } = options as DataImportOptions & { onProgress?: unknown };
  const request: Partial<ImportTableRequest> = { ...rest };
  if (name !== undefined) request.datasetName = name;
  return request;
}

/** `lab.data` over the data bridge and the dataset reads. */
export function createDataApi(deps: DataApiDeps): Lab['data'] {
  const { bridge, datasets, projects, dbName } = deps;
  const db = dbName === undefined ? {} : { dbName };
  let catalogue: Promise<SampleInfo[]> | null = null;

  async function mustHaveProject(projectId: string): Promise<void> {
    if (typeof projectId !== 'string' || !(await projects.get(projectId))) {
      throw new LabError('NOT_FOUND', `project ${String(projectId)}`, {
        params: { id: String(projectId), what: `project ${String(projectId)}` },
      });
    }
  }

  async function run(
    projectId: string,
    request: Omit<ImportTableRequest, 'projectId' | 'callId'>,
    options: DataImportOptions,
    onProgress?: (progress: DataImportProgress) => void,
  ) {
    await mustHaveProject(projectId);
    const call: ImportCallOptions = {};
    if (options.signal) call.signal = options.signal;
    if (onProgress) call.onProgress = ({ kind: _kind, ...progress }) => onProgress(progress);
    return bridge.importTable({ ...db, ...request, projectId }, call);
  }

  async function loadSamples(): Promise<SampleInfo[]> {
    const url = new URL('index.json', deps.samplesUrl).href;
    const response = await fetch(url);
    if (!response.ok)
      throw new LabError('NOT_FOUND', `${url}: HTTP ${response.status}`, { params: { what: url } });
    return ((await response.json()) as { samples: SampleInfo[] }).samples;
  }

  return {
    samples() {
      catalogue ??= loadSamples().catch((error: unknown) => {
        catalogue = null;
        throw error;
      });
      return catalogue;
    },

    async importSample(projectId, sampleId, options = {}) {
      const sample = (await this.samples()).find((entry) => entry.id === sampleId);
      if (!sample)
        throw new LabError('NOT_FOUND', `sample ${sampleId}`, {
          params: { what: `sample ${sampleId}` },
        });
      const roles: Record<string, 'target' | 'time'> = { [sample.target]: 'target' };
      if (sample.timeColumn !== null) roles[sample.timeColumn] = 'time';
      const url = new URL(sample.file, deps.samplesUrl).href;
      return run(
        projectId,
        {
          source: { kind: 'url', url, name: sample.file },
          origin: { kind: 'sample', ref: sample.id },
          format: sample.format,
          datasetName: sample.name,
          ...toRequest(options),
          roles: { ...roles, ...options.roles },
        },
        options,
        options.onProgress,
      );
    },

    async importFile(projectId, file, options = {}, onProgress) {
      if (!(file instanceof Blob))
        throw invalid('importFile takes a File or Blob', { reason: 'not-a-blob' });
      const name = (file as Partial<File>).name ?? options.name ?? 'data';
      return run(
        projectId,
        {
          source: { kind: 'blob', blob: file, name },
          origin: { kind: 'file', ref: name },
          ...toRequest(options),
        },
        options,
        onProgress,
      );
    },

    async inferSchema(file, options = {}) {
      if (!(file instanceof Blob))
        throw invalid('inferSchema takes a File or Blob', { reason: 'not-a-blob' });
      const { signal, name, ...read } = options;
      return bridge.inferSchema(
        {
          blob: file,
          name: (file as Partial<File>).name ?? name ?? 'data',
          ...read,
        },
        signal ? { signal } : {},
      );
    },

    async importUrl(projectId, url, options = {}, onProgress) {
      let href: string;
      try {
        href = new URL(url, deps.samplesUrl).href;
      } catch {
        throw invalid(`"${String(url)}" is not a URL`, { reason: 'bad-url', url: String(url) });
      }
      return run(
        projectId,
        {
          source: { kind: 'url', url: href },
          origin: { kind: 'url', ref: href },
          ...toRequest(options),
        },
        options,
        onProgress,
      );
    },

    async versions(projectId) {
      await mustHaveProject(projectId);
      return (await datasets.listVersions(projectId)).map(({ version, dataset, addedAt }) => ({
        ...toInfo(version),
        dataset: { id: dataset.id, name: dataset.name, source: dataset.source },
        addedAt,
      }));
    },

    async version(id) {
      return toInfo(await datasets.getVersion(id));
    },

    rows: (versionId, window = { offset: 0, limit: 100 }) =>
      bridge.readVersionRows({
        ...db,
        versionId,
        offset: window.offset ?? 0,
        limit: window.limit ?? 100,
      }),

    profile: (versionId) => bridge.profileVersion({ ...db, versionId }),

    preview: (versionId, step, options = {}) =>
      bridge.previewStep({ ...db, ...options, versionId, step }),

    apply: (versionId, step, options = {}) =>
      bridge.applyStep(
        { ...db, versionId, step },
        options.signal ? { signal: options.signal } : {},
      ),

    split: (versionId, { kind, signal, ...options }) =>
      bridge.applyStep(
        { ...db, versionId, step: { kind: 'split', method: kind, ...options } },
        signal ? { signal } : {},
      ),

    label: (versionId, { column, assignments, signal }) =>
      bridge.applyStep(
        { ...db, versionId, step: { kind: 'label', column, assignments } },
        signal ? { signal } : {},
      ),

    unlabelled: (versionId, { column, limit }) =>
      bridge.listUnlabelledRows({
        ...db,
        versionId,
        column,
        ...(limit === undefined ? {} : { limit }),
      }),

    importance: (versionId, { signal, ...options }) =>
      bridge.rankVersionFeatures({ ...db, ...options, versionId }, signal ? { signal } : {}),

    scatter: (versionId, { signal, ...options }) =>
      bridge.sampleVersionPoints({ ...db, ...options, versionId }, signal ? { signal } : {}),

    feasibility: (versionId, plan, options = {}) =>
      bridge.assessPlanFeasibility(
        {
          ...db,
          versionId,
          plan: { task: plan.task, target: plan.target, criteria: plan.criteria },
        },
        options.signal ? { signal: options.signal } : {},
      ),

    diff: (aId, bId) => bridge.diffVersions({ ...db, aId, bId }),

    exportCsv: (versionId) => bridge.exportVersionCsv({ ...db, versionId }),

    removeVersion: (projectId, versionId) => datasets.removeVersion(projectId, versionId),
  };
}
