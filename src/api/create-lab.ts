import type { Locale } from '../i18n';
import type { LabError } from '../shared/lab-error';
import {
  createDatasetImportRepo,
  createDatasetsRepo,
  createPlanHistoryRepo,
  createProjectsRepo,
  createRunsRepo,
  createDeployRepo,
  createMonitorRepo,
  createRetrainRepo,
  createSettingsRepo,
  LAB_DB_NAME,
  onTablesMutated,
  openLabStore,
  type LabStore,
} from '../storage';
import { createDataBridge } from '../bridges/data-bridge';
import { createTrainBridge } from '../bridges/train-bridge';
import { createServeBridge } from '../bridges/serve-bridge';
import { createEvaluateApi } from './evaluate';
import { createExplainApi } from './explain';
import { createDeployApi } from './deploy';
import { createMonitorApi } from './monitor';
import { createRetrainApi } from './retrain';
import { createShareApi } from './share';
import { createModelExporter } from './share-model';
import { createReportHtml } from './share-report';
import { createLineageApi } from './lineage';
import { createMonitorBridge } from '../bridges/monitor-bridge';
import { createRunsApi } from './runs';
import { createTrainApi } from './train';
import { watchInterruptedRuns } from './interrupted-runs';
import { createBackendApi } from './backend';
import { createDataApi } from './data';
import { localizeError, withLabErrors } from './localize-errors';
import { createProjectsApi } from './projects';
import { createStorageApi } from './storage-api';
import type { Lab, StorageHealth } from './types';

/** What the app gives the facade: the current language and where to report failures. */
export interface LabDeps {
  getLocale: () => Locale;
  /** Failures no caller is waiting for (a worker crash, storage lost): shown to the user. */
  notify: (error: LabError) => void;
  /** Database name; tests use their own. */
  dbName?: string;
  /** Put the facade on `window.lab` (default true). */
  expose?: boolean;
  /** Absolute URL of the sample datasets folder (default `samples/` beside the page). */
  samplesUrl?: string;
}

declare global {
  /** The facade, for the console, tutorials and tests (README "The facade"). */
  var lab: Lab | undefined;
}

/** The facade plus what only the app shell needs. */
export interface LabHandle {
  lab: Lab;
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  /** Called after any committed write to the lab's database (this tab, workers, other tabs). */
  onDataChange(listener: (tables: ReadonlySet<string>) => void): () => void;
  close(): void;
}

/** Opens the database and assembles the facade (`window.lab`). */
export async function createLab(deps: LabDeps): Promise<LabHandle> {
  const store: LabStore = await openLabStore(deps.dbName ? { name: deps.dbName } : {});
  const report = (error: LabError) => deps.notify(localizeError(error, deps.getLocale()));
  const settings = createSettingsRepo(store);
  const train = createTrainBridge({ onFailure: report });
  const backend = createBackendApi({ train, settings });
  const dataBridge = createDataBridge({ onFailure: report });
  const serve = createServeBridge({ onFailure: report });
  const monitorBridge = createMonitorBridge({ onFailure: report });
  const runs = createRunsRepo(store);
  const projects = createProjectsRepo(store);
  const datasets = createDatasetsRepo(store);
  const monitorRepo = createMonitorRepo(store);
  const db = deps.dbName ? { dbName: deps.dbName } : {};
  // Runs a closed or crashed tab left training: shown as interrupted, resumable.
  await watchInterruptedRuns(runs).catch(() => undefined);
  // Chunks of imports a closed or crashed tab left unfinished (READ_ONLY: not ours to clean).
  await createDatasetImportRepo(store)
    .collectOrphans()
    .catch(() => undefined);

  const data = createDataApi({
    bridge: dataBridge,
    datasets,
    projects,
    ...(deps.dbName ? { dbName: deps.dbName } : {}),
    samplesUrl: deps.samplesUrl ?? new URL('samples/', document.baseURI).href,
  });
  /** Rows per class of a version's target, from the data worker's feasibility summary. */
  const classCounts = async (versionId: string, target: string) => {
    const summary = await data.feasibility(versionId, {
      task: 'classification',
      target,
      criteria: [],
    });
    return summary.classBalance?.map((share) => share.count) ?? null;
  };

  const evaluateApi = createEvaluateApi({
    bridge: serve,
    runs,
    projects,
    getLocale: deps.getLocale,
    ...db,
  });
  const deployNamespaces = () => {
    const api = createDeployApi({
      bridge: serve,
      deploy: createDeployRepo(store),
      runs,
      modelCard: async (runId) =>
        (await runs.evaluation(`${runId}:test`)) ? evaluateApi.modelCard(runId) : null,
      ...db,
    });
    return {
      deploy: withLabErrors(api.deploy, deps.getLocale),
      serve: withLabErrors(api.serve, deps.getLocale),
    };
  };

  const lab: Lab = {
    version: async () => {
      const choice = await backend.current();
      return {
        app: __APP_VERSION__,
        classCounts,
        getLocale: deps.getLocale,
        tfjs: __TFJS_VERSION__,
        backend: choice.chosen,
      };
    },
    backend: withLabErrors(backend, deps.getLocale),
    storage: withLabErrors(createStorageApi(store), deps.getLocale),
    projects: withLabErrors(
      createProjectsApi({ repo: createProjectsRepo(store), history: createPlanHistoryRepo(store) }),
      deps.getLocale,
    ),
    data: withLabErrors(data, deps.getLocale),
    train: withLabErrors(
      createTrainApi({
        bridge: train,
        runs,
        backend,
        datasets,
        projects,
        app: __APP_VERSION__,
        getLocale: deps.getLocale,
        ...db,
      }),
      deps.getLocale,
    ),
    runs: withLabErrors(createRunsApi(runs, deps.getLocale), deps.getLocale),
    ...deployNamespaces(),
    monitor: withLabErrors(
      createMonitorApi({
        bridge: monitorBridge,
        repo: monitorRepo,
        retrain: createRetrainApi({
          bridge: monitorBridge,
          monitor: monitorRepo,
          retrains: createRetrainRepo(store),
          deployRepo: createDeployRepo(store),
          runs,
          // The facade's own namespaces, so a retrain validates and fails as the UI's calls do.
          train: { start: (options) => lab.train.start(options) },
          evaluate: { run: (runId, options) => lab.evaluate.run(runId, options) },
          deploy: {
            register: (...args) => lab.deploy.register(...args),
            package: (...args) => lab.deploy.package(...args),
            archive: (...args) => lab.deploy.archive(...args),
            setAlias: (...args) => lab.deploy.setAlias(...args),
            serve: (...args) => lab.deploy.serve(...args),
            rollback: (...args) => lab.deploy.rollback(...args),
          },
          newId: () => crypto.randomUUID(),
          clock: () => Date.now(),
          ...db,
        }),
        getLocale: deps.getLocale,
        ...db,
      }),
      deps.getLocale,
    ),
    explain: withLabErrors(createExplainApi({ bridge: serve, runs, ...db }), deps.getLocale),
    share: withLabErrors(
      createShareApi({
        bridge: dataBridge,
        store,
        app: __APP_VERSION__,
        exportModel: createModelExporter({
          serve,
          deploy: { package: (id) => lab.deploy.package(id) },
          getLocale: deps.getLocale,
          ...db,
        }),
        reportHtml: createReportHtml({
          evaluate: { report: (runId, options) => lab.evaluate.report(runId, options) },
          runs,
          projects,
          getLocale: deps.getLocale,
        }),
        ...db,
      }),
      deps.getLocale,
    ),
    evaluate: withLabErrors(evaluateApi, deps.getLocale),
    lineage: withLabErrors(createLineageApi({ store }), deps.getLocale),
  };

  if (deps.expose !== false) globalThis.lab = lab;
  return {
    lab,
    onHealthChange: (listener) => store.onHealthChange(listener),
    onDataChange: (listener) => onTablesMutated(deps.dbName ?? LAB_DB_NAME, listener),
    close: () => {
      train.dispose();
      serve.dispose();
      monitorBridge.dispose();
      dataBridge.dispose();
      store.close();
    },
  };
}
