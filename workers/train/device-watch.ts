/**
 * Whether the GPU under the active backend is gone: a lost WebGL context (`isContextLost`) or
 * a lost WebGPU device. Checked after every batch, so a run stops within one batch of a loss.
 * Also the test fault that loses the WebGL context for real (`WEBGL_lose_context`).
 */
import * as tf from '@tensorflow/tfjs-core';

interface WebGlBackendLike {
  gpgpu?: { gl?: WebGL2RenderingContext };
}

function webGlContext(): WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as WebGlBackendLike).gpgpu?.gl ?? null;
}

/** A watcher of the active backend's device; `lost()` is null while it is fine. */
export function watchActiveDevice(lostDevice: Promise<string> | null): { lost(): string | null } {
  let reason: string | null = null;
  void lostDevice?.then((why) => (reason = `WebGPU device lost: ${why}`));
  return {
    lost() {
      if (reason) return reason;
      const gl = webGlContext();
      return gl?.isContextLost() ? 'WebGL context lost' : null;
    },
  };
}

/** Loses the WebGL context through `WEBGL_lose_context` (test fault); false when not on WebGL. */
export function loseWebGlContext(): boolean {
  const extension = webGlContext()?.getExtension('WEBGL_lose_context');
  if (!extension) return false;
  extension.loseContext();
  return true;
}
