import type { Lab, RowValue } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** Rows per `lab.data.rows` call. */
export const rowPageSize = 200;
/** Pages kept in memory; the least recently used go first. */
export const rowPagesKept = 40;

/**
 * The rows of one dataset version, fetched in pages on demand with a small cache, for the
 * windowed table. `revision` changes whenever a page arrives, so views re-read.
 */
export class DataRowPages {
  revision = $state(0);
  error = $state.raw<LabError | null>(null);
  readonly #data: Pick<Lab['data'], 'rows'>;
  #versionId: string | null = null;
  // The cache is deliberately not reactive: `revision` tells views when a page arrived.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pages = new Map<number, RowValue[][]>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Set<number>();

  constructor(data: Pick<Lab['data'], 'rows'>) {
    this.#data = data;
  }

  /** Switches to another version and forgets the cached pages. */
  open(versionId: string | null): void {
    if (versionId === this.#versionId) return;
    this.#versionId = versionId;
    this.#pages.clear();
    this.#pending.clear();
    this.error = null;
    this.revision += 1;
  }

  /**
   * Rows `first` to `first + count - 1`; a row not fetched yet is null and its page is
   * requested. Reads `revision`, so a view re-runs when pages arrive.
   */
  slice(first: number, count: number): (RowValue[] | null)[] {
    void this.revision;
    const rows: (RowValue[] | null)[] = [];
    for (let index = first; index < first + count; index += 1) {
      const page = Math.floor(index / rowPageSize);
      const rowsOfPage = this.#pages.get(page);
      if (rowsOfPage) {
        // Most recently used: move to the end of the map's order.
        this.#pages.delete(page);
        this.#pages.set(page, rowsOfPage);
      } else {
        void this.#fetch(page);
      }
      rows.push(rowsOfPage?.[index - page * rowPageSize] ?? null);
    }
    return rows;
  }

  async #fetch(page: number): Promise<void> {
    const versionId = this.#versionId;
    if (versionId === null || this.#pending.has(page)) return;
    this.#pending.add(page);
    try {
      const window = await this.#data.rows(versionId, {
        offset: page * rowPageSize,
        limit: rowPageSize,
      });
      if (versionId !== this.#versionId) return;
      this.#pages.set(page, window.rows);
      while (this.#pages.size > rowPagesKept) {
        const oldest = this.#pages.keys().next().value;
        if (oldest === undefined) break;
        this.#pages.delete(oldest);
      }
      this.revision += 1;
    } catch (thrown) {
      if (versionId === this.#versionId) this.error = toLabError(thrown);
    } finally {
      if (versionId === this.#versionId) this.#pending.delete(page);
    }
  }
}
