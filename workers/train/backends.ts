/// <reference types="@webgpu/types" />
/**
 * Which TensorFlow.js backends this browser offers, and switching between them. Each backend
 * package is imported dynamically, so each lands in its own chunk and loads only when used.
 */
import * as tf from '@tensorflow/tfjs-core';
import { formatBackendId, parseBackendId } from '../../src/lifecycle/train/backend-ranking';
import { describeGpuAdapter, hasWebGpuAdapter } from './gpu-adapter';
import { readNavigator } from '../runtime/worker-scope';

/** The backend active now, and for WebGPU a promise that resolves when its device is lost. */
export interface ActiveBackend {
  id: string;
  lost: Promise<string> | null;
}

let active: ActiveBackend | null = null;

/** Row ids this worker can measure: webgpu, webgl, wasm-1, wasm-N (N = cores), cpu. */
export function listBackendIds(): string[] {
  const cores = Math.max(1, readNavigator().hardwareConcurrency || 1);
  const wasm = cores > 1 ? ['wasm-1', formatBackendId('wasm', cores)] : ['wasm-1'];
  return ['webgpu', 'webgl', ...wasm, 'cpu'];
}

/** Why `webgl` cannot run in this worker, or null. */
function explainWebGlUnavailable(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return 'OffscreenCanvas is unavailable in workers';
  const context = new OffscreenCanvas(1, 1).getContext('webgl2');
  return context ? null : 'no WebGL2 context on OffscreenCanvas';
}

async function activateNamed(name: 'webgpu' | 'webgl' | 'cpu'): Promise<void> {
  if (name === 'webgpu') {
    if (!(await hasWebGpuAdapter())) throw new Error('navigator.gpu offers no adapter');
    await import('@tensorflow/tfjs-backend-webgpu');
  } else if (name === 'webgl') {
    const reason = explainWebGlUnavailable();
    if (reason) throw new Error(reason);
    await import('@tensorflow/tfjs-backend-webgl');
  } else {
    await import('@tensorflow/tfjs-backend-cpu');
  }
  if (!tf.findBackendFactory(name)) throw new Error(`the ${name} backend did not register`);
  if (!(await tf.setBackend(name))) throw new Error(`the ${name} backend failed to initialise`);
}

/** Resolves when the WebGPU backend's device is lost, with the browser's reason. */
function watchDeviceLost(): Promise<string> | null {
  const device = (tf.backend() as { device?: GPUDevice }).device;
  if (!device?.lost) return null;
  return device.lost.then((info) => `${info.reason ?? 'unknown'}: ${info.message}`);
}

/**
 * Makes row `id` the active backend. Throws an Error whose message says why the backend is
 * unavailable when it cannot initialise.
 */
export async function activateBackend(id: string): Promise<ActiveBackend> {
  if (active?.id === id && tf.getBackend() === parseBackendId(id)?.backend) return active;
  const parsed = parseBackendId(id);
  if (!parsed) throw new Error(`unknown backend ${id}`);
  active = null;
  if (parsed.backend === 'wasm') {
    const { activateWasm } = await import('./wasm-backend');
    await activateWasm(parsed.threads);
  } else {
    await activateNamed(parsed.backend);
  }
  active = { id, lost: parsed.backend === 'webgpu' ? watchDeviceLost() : null };
  return active;
}

/** The priorities the backend packages register with (tfjs picks by them when none is set). */
const tfjsPriorities = { webgpu: 3, webgl: 2, cpu: 1 } as const;

/**
 * Forgets a backend whose device was lost, so the next use initialises it afresh (for webgpu,
 * a new adapter and device). `tf.removeBackend` also drops the package's factory, which its
 * module registered once at import: it is registered again here.
 */
export function dropBackend(id: string): void {
  const parsed = parseBackendId(id);
  if (active?.id === id) active = null;
  if (!parsed || parsed.backend === 'wasm') return;
  const name = parsed.backend;
  const factory = tf.findBackendFactory(name);
  if (!factory) return;
  try {
    tf.removeBackend(name);
  } catch {
    // Disposing a backend whose device is gone should not fail; if it does, the call still
    // falls back to the next row.
  }
  if (!tf.findBackendFactory(name)) tf.registerBackend(name, factory, tfjsPriorities[name]);
}

/** The active row id, or null before the first use. */
export function currentBackendId(): string | null {
  return active?.id ?? null;
}

export { describeGpuAdapter };
