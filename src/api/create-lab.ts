import type { Locale } from '../i18n';
import type { LabError } from '../shared/lab-error';
import {
  createProjectsRepo,
  createSettingsRepo,
  estimateStorage,
  openLabStore,
  persistStorage,
  type LabStore,
} from '../storage';
import { createTrainBridge } from '../bridges/train-bridge';
import { createBackendApi } from './backend';
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
}

declare global {
  /** The facade, for the console, tutorials and tests (README "The facade"). */
  var lab: Lab | undefined;
}

/** The facade plus what only the app shell needs. */
export interface LabHandle {
  lab: Lab;
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  close(): void;
}

/** Opens the database and assembles the facade (`window.lab`). */
export async function createLab(deps: LabDeps): Promise<LabHandle> {
  const store: LabStore = await openLabStore(deps.dbName ? { name: deps.dbName } : {});
  const report = (error: LabError) => deps.notify(localizeError(error, deps.getLocale()));
  const settings = createSettingsRepo(store);
  const train = createTrainBridge({ onFailure: report });
  const backend = createBackendApi({ train, settings });

  const lab: Lab = {
    version: async () => {
      const choice = await backend.current();
      return { app: __APP_VERSION__, tfjs: __TFJS_VERSION__, backend: choice.chosen };
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
    projects: withLabErrors(createProjectsApi({ repo: createProjectsRepo(store) }), deps.getLocale),
  };

  if (deps.expose !== false) globalThis.lab = lab;
  return {
    lab,
    onHealthChange: (listener) => store.onHealthChange(listener),
    close: () => {
      train.dispose();
      store.close();
    },
  };
}
