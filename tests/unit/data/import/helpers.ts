import { LabError } from '../../../../src/shared/lab-error';
import { parseTable, type ParseTableInput } from '../../../../src/lifecycle/data/import';

/** Bytes split into chunks of `size` bytes. */
export function computeChunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

/** Text as UTF-8 bytes in chunks of `size`. */
export function computeTextChunks(text: string, size = 1 << 16): Uint8Array[] {
  return computeChunks(new TextEncoder().encode(text), size);
}

/** parseTable over text, split into chunks of `size` bytes. */
export function parseText(
  name: string,
  text: string,
  options: Partial<ParseTableInput> = {},
  size = 1 << 16,
) {
  return parseTable({ name, chunks: computeTextChunks(text, size), ...options });
}

/** The LabError a promise rejects with. */
export async function computeRejection(promise: Promise<unknown>): Promise<LabError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LabError) return error;
    throw error;
  }
  throw new Error('expected a LabError');
}
