/**
 * The data worker's API. For now: content digests (the ids of dataset versions) and a
 * description; parsing, profiling and transforms come with the data issue.
 */
import { LabError } from '../src/shared/lab-error';
import { describeScope, type WorkerDescription } from './runtime/describe-worker';

export const dataApi = {
  /** Hex SHA-256 of the bytes; send the buffer with `transfer`, it is not sent back. */
  async digestBuffer(buffer: ArrayBuffer): Promise<string> {
    if (!(buffer instanceof ArrayBuffer)) {
      throw new LabError('INVALID_ARGUMENT', 'digestBuffer takes an ArrayBuffer');
    }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  },

  /** Who this worker is and what it runs on. */
  async describeDataWorker(): Promise<WorkerDescription> {
    return describeScope('data');
  },
};

/** The data worker's API, as the bridge sees it. */
export type DataApi = typeof dataApi;
