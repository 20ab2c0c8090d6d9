import { backendPreference } from './defaults';
import type { BackendKind, BackendRow } from './types';

/** A row id taken apart: `wasm-4` → wasm with 4 threads. */
export interface ParsedBackendId {
  backend: BackendKind;
  threads: number;
}

/** Parses a row id (`webgpu`, `webgl`, `cpu`, `wasm-<threads>`); null when it is not one. */
export function parseBackendId(id: string): ParsedBackendId | null {
  if (id === 'webgpu' || id === 'webgl' || id === 'cpu') return { backend: id, threads: 1 };
  const match = /^wasm-([1-9]\d{0,2})$/.exec(id);
  return match ? { backend: 'wasm', threads: Number(match[1]) } : null;
}

/** The row id of a backend and thread count. */
export function formatBackendId(backend: BackendKind, threads = 1): string {
  return backend === 'wasm' ? `wasm-${threads}` : backend;
}

/**
 * The available, measured rows, fastest first (median ms per step). Ties go to the lab's
 * preference order (webgpu, webgl, wasm, cpu), then to fewer threads.
 */
export function computeBackendRanking(table: readonly BackendRow[]): BackendRow[] {
  const usable = table.filter(
    (row) => row.available && row.msPerStep !== null && Number.isFinite(row.msPerStep),
  );
  return usable.sort(
    (a, b) =>
      (a.msPerStep as number) - (b.msPerStep as number) ||
      backendPreference.indexOf(a.backend) - backendPreference.indexOf(b.backend) ||
      a.threads - b.threads,
  );
}

/** The fastest available row id, or null when nothing is available. */
export function computeFastestBackend(table: readonly BackendRow[]): string | null {
  return computeBackendRanking(table)[0]?.id ?? null;
}

/** The row in use: the override when it is an available row, else the fastest. */
export function computeChosenBackend(
  table: readonly BackendRow[],
  override: string | null,
): string | null {
  if (override !== null && table.some((row) => row.id === override && row.available)) {
    return override;
  }
  return computeFastestBackend(table);
}

/** Row ids to fall back to after `first`, best first. */
export function computeFallbackOrder(table: readonly BackendRow[], first: string): string[] {
  return computeBackendRanking(table)
    .map((row) => row.id)
    .filter((id) => id !== first);
}

/** The median of a non-empty list of numbers (mean of the middle two for even lengths). */
export function computeMedian(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
