/**
 * Bounded inflation of one zip entry. The compressed bytes go to fflate's streaming inflater in
 * small slices; after each slice the bytes it actually produced are counted against the limits
 * (entry ratio, archive total, the entry's own cap) and against the size the header declares,
 * so neither a zip bomb nor a header that lies gets past one slice.
 */
import { Inflate } from 'fflate';
import { LabError } from '../../shared/lab-error';
import { computeArchiveRejection } from './archive-error';
import { createArchiveCrc32 } from './archive-digest';
import { archiveSliceBytes } from './archive-limits';
import type { ArchiveLimits } from './archive-types';
import type { ZipEntryRecord } from './archive-zip-directory';

/** Bytes inflated so far over the whole archive (shared by every entry of one read). */
export interface InflateBudget {
  inflatedBytes: number;
}

/** The inflated bytes of one entry, checked against the limits and the size its header declares. */
export function inflateArchiveEntry(
  bytes: Uint8Array,
  entry: ZipEntryRecord,
  context: { limits: ArchiveLimits; budget: InflateBudget; file: string; maxBytes?: number },
): Uint8Array {
  const { limits, budget, file } = context;
  const place = { file, entry: entry.name };
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  let fed = 0;
  const count = (chunk: Uint8Array): void => {
    inflated += chunk.length;
    budget.inflatedBytes += chunk.length;
    chunks.push(chunk);
    checkLimits();
  };
  const checkLimits = (): void => {
    if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * Math.max(fed, 1)) {
      const ratio = Math.round(inflated / Math.max(fed, 1));
      const detail = `the entry “${entry.name}” inflates ${ratio} times its compressed size (more than ${limits.maxRatio}): a zip bomb`;
      throw computeArchiveRejection('ratio', detail, place);
    }
    if (budget.inflatedBytes > limits.maxTotalBytes) {
      const detail = `its contents inflate to more than ${limits.maxTotalBytes} bytes, the most the lab accepts`;
      throw computeArchiveRejection('too-large', detail, place);
    }
    if (context.maxBytes !== undefined && inflated > context.maxBytes) {
      const detail = `the entry “${entry.name}” inflates to more than ${context.maxBytes} bytes, the most the lab accepts for it`;
      throw computeArchiveRejection('too-large', detail, place);
    }
    if (inflated > entry.declaredSize) {
      const detail = `the entry “${entry.name}” inflates to more than the ${entry.declaredSize} bytes its zip header declares`;
      throw computeArchiveRejection('size', detail, place);
    }
  };
  if (entry.method === 0) {
    fed = data.length;
    count(data.slice());
  } else {
    inflateSlices(data, count, (n) => (fed = n), entry.name, file);
  }
  if (inflated !== entry.declaredSize) {
    const detail = `the entry “${entry.name}” inflates to ${inflated} bytes, not the ${entry.declaredSize} its zip header declares`;
    throw computeArchiveRejection('size', detail, place);
  }
  return joinChunks(chunks, inflated);
}

/** Whether inflated bytes have the CRC-32 their zip header gives. */
export function hasArchiveEntryCrc(content: Uint8Array, entry: ZipEntryRecord): boolean {
  const crc = createArchiveCrc32();
  crc.update(content);
  return crc.value() === entry.crc;
}

function inflateSlices(
  data: Uint8Array,
  onChunk: (chunk: Uint8Array) => void,
  onFed: (fed: number) => void,
  name: string,
  file: string,
): void {
  const inflater = new Inflate((chunk) => {
    if (chunk.length > 0) onChunk(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += archiveSliceBytes) {
      const end = Math.min(at + archiveSliceBytes, data.length);
      onFed(end);
      inflater.push(data.subarray(at, end), end === data.length);
      if (end === data.length) break;
    }
  } catch (error) {
    if (error instanceof LabError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    const reason = code === 0 ? 'truncated' : 'corrupt';
    const detail =
      code === 0
        ? `the compressed data of “${name}” ends too soon: the file is cut short or damaged`
        : `the compressed data of “${name}” is damaged (${error instanceof Error ? error.message : String(error)})`;
    throw computeArchiveRejection(reason, detail, { file, entry: name });
  }
}

function joinChunks(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
