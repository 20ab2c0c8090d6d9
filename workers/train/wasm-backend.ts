/**
 * The wasm backend, registered for a thread count. tfjs-backend-wasm fixes its thread count
 * when the backend initialises, so a different count means `removeBackend` + `registerBackend`.
 *
 * One thread: tfjs's own factory on the single-threaded SIMD binary (multithreading is
 * switched off through the WASM_HAS_MULTITHREAD_SUPPORT flag, so tfjs never takes its
 * threaded path). Several threads: the lab's own factory for the threaded SIMD build. tfjs
 * would start its pthread workers from `blob:` URLs (its `locateFile` and `mainScriptUrlOrBlob`),
 * which the lab's CSP (`worker-src 'self'`, `script-src 'self'`) forbids; here they start from
 * same-origin files instead: the pthread script copied in `tfjs-wasm-pthread.js` and the
 * Emscripten main script from the package, both emitted by Vite as assets.
 */
import * as tf from '@tensorflow/tfjs-core';
import { BackendWasm, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendWasmModule } from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm';
import plainWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import threadedMainUrl from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?url';
// no-inline: a small asset would become a data: URL, which `worker-src 'self'` forbids too.
import pthreadWorkerUrl from './tfjs-wasm-pthread.js?url&no-inline';
import * as threadedFactoryModule from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js';

/** Emscripten's `cwrap`: a typed JS function over an exported C function. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cwrap = (name: string, returns: string | null, args: string[]) => (...args: any[]) => any;

/** The factory tfjs registered at import (single-threaded once the flag is off). */
const tfjsFactory = tf.findBackendFactory('wasm');
let registeredThreads: number | null = null;

setWasmPaths({
  'tfjs-backend-wasm.wasm': plainWasmUrl,
  'tfjs-backend-wasm-simd.wasm': simdWasmUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': threadedWasmUrl,
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** Why `threads` wasm threads cannot run here, or null when they can. */
export function explainWasmThreadsUnavailable(threads: number): string | null {
  if (threads <= 1) return null;
  if (!globalThis.crossOriginIsolated) {
    return 'the page is not cross-origin isolated (no COOP/COEP), so no SharedArrayBuffer';
  }
  if (typeof SharedArrayBuffer === 'undefined') return 'SharedArrayBuffer is unavailable';
  return null;
}

/** Starts the threaded Emscripten module with same-origin pthread workers (no blob: URLs). */
async function createThreadedBackend(): Promise<tf.KernelBackend> {
  // CommonJS in the package: the bundler gives it as `default` (tfjs does the same dance).
  const imported = threadedFactoryModule as unknown as { default?: unknown };
  const factory = (imported.default ?? imported) as unknown as (
    config: object,
  ) => Promise<BackendWasmModule>;
  const module = await factory({
    mainScriptUrlOrBlob: threadedMainUrl,
    locateFile: (path: string, prefix: string) => {
      if (path.endsWith('.worker.js')) return pthreadWorkerUrl;
      if (path.endsWith('.wasm')) return threadedWasmUrl;
      return prefix + path;
    },
  });
  const { cwrap } = module as unknown as { cwrap: Cwrap };
  module.tfjs = {
    init: cwrap('init', null, []),
    initWithThreadsCount: cwrap('init_with_threads_count', null, ['number']),
    getThreadsCount: cwrap('get_threads_count', 'number', []),
    registerTensor: cwrap('register_tensor', null, ['number', 'number', 'number']),
    disposeData: cwrap('dispose_data', null, ['number']),
    dispose: cwrap('dispose', null, []),
  };
  return new BackendWasm(module);
}

/**
 * Makes `wasm` the active backend with `threads` threads, re-registering it when the count
 * differs from the registered one. Throws with the reason when it cannot initialise.
 */
export async function activateWasm(threads: number): Promise<void> {
  const unavailable = explainWasmThreadsUnavailable(threads);
  if (unavailable) throw new Error(unavailable);
  if (registeredThreads !== threads) {
    if (tf.findBackend('wasm') || tf.findBackendFactory('wasm')) tf.removeBackend('wasm');
    setThreadsCount(threads);
    const factory = threads > 1 ? createThreadedBackend : tfjsFactory;
    if (!factory) throw new Error('tfjs-backend-wasm registered no factory');
    tf.registerBackend('wasm', factory);
    registeredThreads = threads;
  }
  if (!(await tf.setBackend('wasm'))) {
    registeredThreads = null;
    tf.removeBackend('wasm');
    throw new Error(`the wasm backend (${threads} threads) failed to initialise`);
  }
}
