/// <reference types="@webgpu/types" />
import { readNavigator } from '../runtime/worker-scope';
/** The WebGPU adapter of this worker, described for the device key and the run record. */

let adapterPromise: Promise<GPUAdapter | null> | null = null;

function requestAdapter(): Promise<GPUAdapter | null> {
  const gpu = (readNavigator() as { gpu?: GPU }).gpu;
  if (!gpu) return Promise.resolve(null);
  adapterPromise ??= gpu.requestAdapter().catch(() => null);
  return adapterPromise;
}

/** Whether `navigator.gpu` gives an adapter. */
export async function hasWebGpuAdapter(): Promise<boolean> {
  return (await requestAdapter()) !== null;
}

/** `vendor architecture device description` of the adapter, or null without WebGPU. */
export async function describeGpuAdapter(): Promise<string | null> {
  const adapter = await requestAdapter();
  if (!adapter) return null;
  const info = (adapter as { info?: Partial<Record<string, string>> }).info ?? {};
  const parts = [info['vendor'], info['architecture'], info['device'], info['description']];
  const text = parts.filter((part) => part).join(' ');
  return text || 'unknown adapter';
}
