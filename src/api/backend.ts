/**
 * `lab.backend`: measure the TensorFlow.js backends in the train worker, pick the fastest,
 * remember table and choice per device in settings, let the user override, train on it.
 */
import type { TrainBridge } from '../bridges/train-bridge';
import {
  computeBackendRanking,
  computeChosenBackend,
  computeFallbackOrder,
  computeFastestBackend,
  parseBackendId,
} from '../lifecycle/train/backend-ranking';
import { defaultFallbackOrder } from '../lifecycle/train/defaults';
import type { BackendFallback } from '../lifecycle/train/types';
import { LabError } from '../shared/lab-error';
import {
  computeBackendSettingsKey,
  computeDeviceInfo,
  type StoredBackendChoice,
} from './backend-device';
import type { SettingsStore } from './ports';
import type { BackendChoice, DeviceInfo, Lab } from './types';

/** What `lab.backend` needs: the train worker, the settings store, a clock (ms). */
export interface BackendDeps {
  train: TrainBridge;
  settings: SettingsStore;
  now?: () => number;
}

type LabBackend = Lab['backend'];

/** `lab.backend`, whose `trainSteps` also says when it fell back to another backend. */
export interface BackendApi extends LabBackend {
  trainSteps(options?: Parameters<Lab['backend']['trainSteps']>[0]): Promise<{
    backend: string;
    steps: number;
    msPerStep: number;
    loss: number;
    fallback?: BackendFallback;
  }>;
}

/** Builds `lab.backend` over the train bridge and the settings store. */
export function createBackendApi(deps: BackendDeps): BackendApi {
  const now = deps.now ?? (() => Date.now());
  let device: Promise<DeviceInfo> | null = null;

  const readDevice = () => {
    device ??= deps.train.describeRuntime().then(computeDeviceInfo);
    device.catch(() => (device = null));
    return device;
  };
  const compose = (info: DeviceInfo, stored: StoredBackendChoice): BackendChoice => ({
    device: info,
    table: stored.table,
    fastest: computeFastestBackend(stored.table),
    chosen: computeChosenBackend(stored.table, stored.override),
    override: stored.override,
    measuredAt: stored.measuredAt,
  });
  const load = async (info: DeviceInfo) =>
    deps.settings.get<StoredBackendChoice>(computeBackendSettingsKey(info));
  const save = (info: DeviceInfo, stored: StoredBackendChoice) =>
    deps.settings.set(computeBackendSettingsKey(info), stored);

  const api: BackendApi = {
    async probe(options = {}) {
      const info = await readDevice();
      const previous = await load(info);
      const report = await deps.train.probeBackends(
        {},
        {
          ...(options.signal ? { signal: options.signal } : {}),
          onProgress: (p) => {
            if (p.kind === 'probe') {
              options.onProgress?.({ done: p.done, total: p.total, phase: `probe ${p.row.id}` });
            }
          },
        },
      );
      const table = report.table;
      const keep = previous?.override ?? null;
      const override = table.some((row) => row.id === keep && row.available) ? keep : null;
      const stored = { table, override, measuredAt: now() };
      await save(info, stored);
      return compose(info, stored);
    },

    async current() {
      const info = await readDevice();
      const stored = await load(info);
      return stored ? compose(info, stored) : api.probe();
    },

    async use(id) {
      const choice = await api.current();
      if (id !== null) {
        const row = choice.table.find((candidate) => candidate.id === id);
        if (!row) {
          throw new LabError('INVALID_ARGUMENT', `Unknown backend: ${String(id)}`, {
            params: { backend: String(id) },
          });
        }
        if (!row.available) {
          throw new LabError('BACKEND_UNAVAILABLE', `The ${id} backend is unavailable here.`, {
            params: { backend: id },
            ...(row.reason ? { detail: row.reason } : {}),
          });
        }
      }
      const stored = { table: choice.table, override: id, measuredAt: choice.measuredAt };
      await save(choice.device, stored);
      return compose(choice.device, stored);
    },

    async trainSteps(options = {}) {
      let backend = options.backend;
      let fallback: string[];
      if (backend !== undefined) {
        if (typeof backend !== 'string' || parseBackendId(backend) === null) {
          throw new LabError('INVALID_ARGUMENT', `Unknown backend: ${String(backend)}`, {
            params: { backend: String(backend) },
          });
        }
        const stored = await load(await readDevice());
        fallback = stored
          ? computeFallbackOrder(stored.table, backend)
          : defaultFallbackOrder.filter((id) => id !== options.backend);
      } else {
        const choice = await api.current();
        if (choice.chosen === null) {
          throw new LabError('BACKEND_UNAVAILABLE', 'No TensorFlow.js backend works here.', {
            params: { backend: 'any' },
          });
        }
        const chosen = choice.chosen;
        backend = chosen;
        fallback = computeBackendRanking(choice.table)
          .map((row) => row.id)
          .filter((id) => id !== chosen);
      }
      return deps.train.trainSteps(
        {
          backend,
          fallback,
          ...(options.steps !== undefined ? { steps: options.steps } : {}),
          ...(options.injectFault ? { injectFault: options.injectFault } : {}),
        },
        options.signal ? { signal: options.signal } : {},
      );
    },

    async benchPlainTraining(options) {
      if (parseBackendId(options.backend) === null) {
        throw new LabError('INVALID_ARGUMENT', `Unknown backend: ${String(options.backend)}`, {
          params: { backend: String(options.backend) },
        });
      }
      return deps.train.benchPlainTraining(options);
    },
  };
  return api;
}
