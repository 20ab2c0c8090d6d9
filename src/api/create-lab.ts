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
  createSettingsRepo,
  estimateStorage,
  LAB_DB_NAME,
  onTablesMutated,
  openLabStore,
  persistStorage,
  type LabStore,
} from '../storage';
import { createDataBridge } from '../bridges/data-bridge';
import { createTrainBridge } from '../bridges/train-bridge';
import { createServeBridge } from '../bridges/serve-bridge';
import { createEvaluateApi } from './evaluate';
import { createExplainApi } from './explain';
import { createDeployApi } from './deploy';
import { createMonitorApi } from './monitor';
import { createMonitorBridge } from '../bridges/monitor-bridge';
import { createRunsApi } from './runs';
import { createTrainApi } from './train';
import { watchInterruptedRuns } from './interrupted-runs';
import { createBackendApi } from './backend';
import { createDataApi } from './data';
import { localizeError, withLabErrors } from './localize-errors';
import { createProjectsApi } from './projects';
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
    storage: withLabErrors(
      {
        estimate: estimateStorage,
        persist: persistStorage,
        health: () => store.health(),
      },
      deps.getLocale,
    ),
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
        repo: createMonitorRepo(store),
        getLocale: deps.getLocale,
        ...db,
      }),
      deps.getLocale,
    ),
    explain: withLabErrors(createExplainApi({ bridge: serve, runs, ...db }), deps.getLocale),
    evaluate: withLabErrors(evaluateApi, deps.getLocale),
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
