/** The device a backend choice is remembered for, from the train worker's runtime. */
import type { RuntimeDescription } from '../lifecycle/train/types';
import type { BackendMeasurement, DeviceInfo } from './types';

/** DeviceInfo for a runtime: the key joins browser, WebGPU adapter and core count. */
export function computeDeviceInfo(runtime: RuntimeDescription): DeviceInfo {
  const adapter = runtime.adapter;
  return {
    key: [runtime.userAgent, adapter ?? 'no-webgpu-adapter', runtime.hardwareConcurrency].join(
      ' | ',
    ),
    userAgent: runtime.userAgent,
    adapter,
    hardwareConcurrency: runtime.hardwareConcurrency,
  };
}

/** What the settings keep per device. */
export interface StoredBackendChoice {
  table: BackendMeasurement[];
  override: string | null;
  measuredAt: number | null;
}

/** Settings key of a device's remembered table and override. */
export function computeBackendSettingsKey(device: DeviceInfo): string {
  return `backend.choice:${device.key}`;
}
