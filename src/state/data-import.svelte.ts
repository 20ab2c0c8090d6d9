import type { DataImportOptions, DataImportProgress, DataImportResult, Lab } from '../api/types';
import type { ImportEncoding, ImportFormat } from '../lifecycle/data/import/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The user's import choices; `auto` lets the importer detect. */
export interface ImportChoices {
  format: ImportFormat | 'auto';
  encoding: ImportEncoding | 'auto';
  /** One character, or `auto`. */
  delimiter: string;
}

/** Where an import stands: nothing yet, running, finished, failed or cancelled. */
export type ImportStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** What is being imported, for the messages: a file name, a URL or a sample name. */
export interface ImportSubject {
  kind: 'file' | 'url' | 'sample';
  label: string;
}

type DataPort = Pick<Lab['data'], 'importFile' | 'importUrl' | 'importSample'>;

/** One import at a time on the Data page: its choices, progress, result, error and cancel. */
export class DataImport {
  choices = $state<ImportChoices>({ format: 'auto', encoding: 'auto', delimiter: 'auto' });
  status = $state<ImportStatus>('idle');
  subject = $state.raw<ImportSubject | null>(null);
  progress = $state.raw<DataImportProgress | null>(null);
  result = $state.raw<DataImportResult | null>(null);
  error = $state.raw<LabError | null>(null);
  readonly running = $derived(this.status === 'running');
  readonly #data: DataPort;
  #controller: AbortController | null = null;

  constructor(data: DataPort) {
    this.#data = data;
  }

  /** The facade options of the current choices (without the signal). */
  get options(): DataImportOptions {
    const options: DataImportOptions = {};
    const { format, encoding, delimiter } = this.choices;
    if (format !== 'auto') options.format = format;
    if (encoding !== 'auto') options.encoding = encoding;
    if (delimiter !== 'auto') options.delimiter = delimiter;
    return options;
  }

  /** Imports a chosen or dropped file into the project. */
  importFile(projectId: string, file: File): Promise<DataImportResult | null> {
    return this.#run({ kind: 'file', label: file.name }, (signal, onProgress) =>
      this.#data.importFile(projectId, file, { ...this.options, signal }, onProgress),
    );
  }

  /** Imports from a URL, fetched in the data worker. */
  importUrl(projectId: string, url: string): Promise<DataImportResult | null> {
    return this.#run({ kind: 'url', label: url }, (signal, onProgress) =>
      this.#data.importUrl(projectId, url, { ...this.options, signal }, onProgress),
    );
  }

  /** Imports a shipped sample (its own format and roles; the choices do not apply). */
  importSample(
    projectId: string,
    sampleId: string,
    name: string,
  ): Promise<DataImportResult | null> {
    return this.#run({ kind: 'sample', label: name }, (signal, onProgress) =>
      this.#data.importSample(projectId, sampleId, { signal, onProgress }),
    );
  }

  /** Stops the running import; it ends as `cancelled` and stores nothing. */
  cancel(): void {
    this.#controller?.abort();
  }

  async #run(
    subject: ImportSubject,
    call: (
      signal: AbortSignal,
      onProgress: (progress: DataImportProgress) => void,
    ) => Promise<DataImportResult>,
  ): Promise<DataImportResult | null> {
    if (this.running) return null;
    const controller = new AbortController();
    this.#controller = controller;
    this.subject = subject;
    this.status = 'running';
    this.progress = null;
    this.result = null;
    this.error = null;
    try {
      const result = await call(controller.signal, (progress) => {
        if (this.#controller === controller) this.progress = progress;
      });
      this.result = result;
      this.status = 'done';
      return result;
    } catch (thrown) {
      const error = toLabError(thrown);
      if (controller.signal.aborted || error.code === 'CANCELLED') {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        this.error = error;
      }
      return null;
    } finally {
      this.#controller = null;
      this.progress = null;
    }
  }
}
