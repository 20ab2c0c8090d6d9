/// <reference types="@webgpu/types" />
/**
 * Test and diagnostic faults a `trainSteps` call can inject into its training steps, to drive
 * the worker's failure paths for real: a step that throws, a worker that dies, a WebGPU device
 * that is lost.
 */
import * as tf from '@tensorflow/tfjs-core';
import { parseBackendId } from '../../src/lifecycle/train/backend-ranking';
import type { InjectedFault } from '../../src/lifecycle/train/types';
import { LabError } from '../../src/shared/lab-error';
import { closeWorkerScope } from '../runtime/worker-scope';

/** The lab's injected faults; `device-lost` needs the webgpu backend. */
export type TrainFault = InjectedFault;

const trainFaults: readonly TrainFault[] = ['throw', 'crash', 'device-lost'];

/** Throws INVALID_ARGUMENT for an unknown fault, or `device-lost` asked of a non-webgpu row. */
export function checkTrainFault(fault: unknown, backend: string): void {
  if (fault === undefined) return;
  if (!trainFaults.includes(fault as TrainFault)) {
    throw new LabError('INVALID_ARGUMENT', `Unknown injected fault: ${String(fault)}`, {
      params: { fault: String(fault) },
    });
  }
  if (fault === 'device-lost' && parseBackendId(backend)?.backend !== 'webgpu') {
    throw new LabError(
      'INVALID_ARGUMENT',
      `The device-lost fault needs the webgpu backend, not ${backend}`,
      { params: { fault, backend } },
    );
  }
}

/** Destroys the WebGPU backend's real GPUDevice, which resolves its `device.lost` promise. */
function destroyWebGpuDevice(): void {
  const device = (tf.backend() as { device?: GPUDevice }).device;
  if (!device) throw new Error('injected fault: the webgpu backend has no device to lose');
  device.destroy();
}

/**
 * Whether `fault` fires in step `step` (0-based) of `steps`: the second step, after a real
 * one, or the only step of a one-step call.
 */
export function firesInStep(step: number, steps: number): boolean {
  return step === Math.min(1, steps - 1);
}

/**
 * What `fault` does inside a training step on row `backendId` (between the forward pass and
 * the loss), or undefined when it does nothing there. `device-lost` acts only on webgpu: the
 * rows a call falls back to train undisturbed.
 */
export function faultAction(
  fault: TrainFault | undefined,
  backendId: string,
): (() => void) | undefined {
  if (fault === 'throw') {
    return () => {
      throw new Error('injected fault: a training step threw');
    };
  }
  // Closing the worker from inside the step: the step goes on, but the worker dies as soon
  // as it yields to its event loop, with the call still pending on the main thread.
  if (fault === 'crash') return closeWorkerScope;
  if (fault === 'device-lost' && parseBackendId(backendId)?.backend === 'webgpu') {
    return destroyWebGpuDevice;
  }
  return undefined;
}
