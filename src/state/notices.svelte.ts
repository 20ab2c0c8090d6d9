import type { MessageKey, MessageParams } from '../i18n';
import { toLabError, type LabErrorCode } from '../shared/lab-error';

/** One message in the notices region: an error the facade reported, or information. */
export type Notice =
  | { id: number; kind: 'error'; code: LabErrorCode; message: string; count: number }
  | { id: number; kind: 'info'; key: MessageKey; params: MessageParams; count: number };

export interface NoticesOptions {
  /** Information disappears by itself after this many ms; 0 keeps it until dismissed. */
  infoTimeoutMs?: number;
  /** Most notices shown at once; the oldest go first. */
  max?: number;
}

/** The queue behind the notices region. Errors stay until dismissed; a repeat bumps a count. */
export class Notices {
  items = $state.raw<Notice[]>([]);
  #nextId = 1;
  readonly #infoTimeoutMs: number;
  readonly #max: number;

  constructor(options: NoticesOptions = {}) {
    this.#infoTimeoutMs = options.infoTimeoutMs ?? 6000;
    this.#max = options.max ?? 5;
  }

  /** Shows an error (any thrown value; its message is expected to be localised already). */
  push(error: unknown): void {
    const labError = toLabError(error);
    const same = this.items.find(
      (notice) =>
        notice.kind === 'error' &&
        notice.code === labError.code &&
        notice.message === labError.message,
    );
    if (same) {
      this.items = this.items.map((notice) =>
        notice === same ? { ...notice, count: notice.count + 1 } : notice,
      );
      return;
    }
    this.#add({
      id: this.#nextId++,
      kind: 'error',
      code: labError.code,
      message: labError.message,
      count: 1,
    });
  }

  /** Shows information from the catalogs (translated when rendered, so it follows the locale). */
  info(key: MessageKey, params: MessageParams = {}): void {
    const id = this.#nextId++;
    this.#add({ id, kind: 'info', key, params, count: 1 });
    if (this.#infoTimeoutMs > 0) setTimeout(() => this.dismiss(id), this.#infoTimeoutMs);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((notice) => notice.id !== id);
  }

  #add(notice: Notice): void {
    this.items = [...this.items, notice].slice(-this.#max);
  }
}
