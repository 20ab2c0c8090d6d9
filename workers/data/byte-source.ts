import { LabError } from '../../src/shared/lab-error';

/** Bytes of a file as they arrive, with its name and size (when known). */
export interface ByteSource {
  name: string;
  size?: number;
  chunks: AsyncIterable<Uint8Array>;
}

/** Reads a stream chunk by chunk; stops reading (and cancels the stream) when the loop ends early. */
async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** A Blob or File, streamed (`blob.stream()`), never read whole. */
export function openBlobSource(blob: Blob, name: string): ByteSource {
  return { name, size: blob.size, chunks: readStream(blob.stream()) };
}

/** The file's name from a URL: its last path segment. */
export function parseUrlFileName(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}

/** A URL, streamed with `fetch`; a network failure or HTTP error is INVALID_ARGUMENT naming the URL. */
export async function openUrlSource(url: string, name: string): Promise<ByteSource> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LabError('INVALID_ARGUMENT', `"${url}" could not be fetched: ${String(error)}`, {
      file: name,
      params: { file: name, reason: 'fetch-failed', url },
      cause: error,
    });
  }
  if (!response.ok || response.body === null) {
    throw new LabError('INVALID_ARGUMENT', `"${url}" answered HTTP ${response.status}`, {
      file: name,
      params: { file: name, reason: 'http-status', url, status: response.status },
    });
  }
  const length = Number(response.headers.get('content-length') ?? '');
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const source: ByteSource = { name, chunks: readStream(response.body) };
  if (Number.isFinite(length) && length > 0 && !encoded) source.size = length;
  return source;
}
