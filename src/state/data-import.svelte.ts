import type { DataImportOptions, DataImportProgress, DataImportResult, Lab } from '../api/types';
import { defaultMissingTokens } from '../lifecycle/data/import/defaults';
import type { ImportEncoding, ImportFormat } from '../lifecycle/data/import/types';
import type { ColumnRole, DatasetSchema } from '../lifecycle/data/types';
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

type DataPort = Pick<Lab['data'], 'importFile' | 'importUrl' | 'importSample'> &
  Partial<Pick<Lab['data'], 'inferSchema'>>;

/** A picked file waiting for the user to review its inferred columns before import. */
export interface SchemaDraft {
  file: File;
  /** The read options the schema was inferred with (the import uses the same). */
  options: DataImportOptions;
  schema: DatasetSchema;
}

/** The default missing tokens plus the user's comma-separated extras (trimmed, distinct). */
export function parseMissingTokens(extra: string): string[] {
  const tokens = [...defaultMissingTokens];
  for (const part of extra.split(',')) {
    const token = part.trim();
    if (token !== '' && !tokens.includes(token)) tokens.push(token);
  }
  return tokens;
}

/** The schema with `name`'s role set; a new target makes the old target a feature. */
export function setColumnRole(schema: DatasetSchema, name: string, role: ColumnRole): void {
  for (const column of schema.columns) {
    if (column.name === name) column.role = role;
    else if (role === 'target' && column.role === 'target') column.role = 'feature';
  }
}

/** One import at a time on the Data page: its choices, progress, result, error and cancel. */
export class DataImport {
  choices = $state<ImportChoices>({ format: 'auto', encoding: 'auto', delimiter: 'auto' });
  status = $state<ImportStatus>('idle');
  subject = $state.raw<ImportSubject | null>(null);
  progress = $state.raw<DataImportProgress | null>(null);
  result = $state.raw<DataImportResult | null>(null);
  error = $state.raw<LabError | null>(null);
  /** Whether a picked file's inferred columns are shown for review before importing. */
  reviewFirst = $state(false);
  /** Extra missing-value tokens, comma-separated, added to the defaults. */
  extraMissing = $state('');
  /** The file under review, with its editable schema. */
  draft = $state<SchemaDraft | null>(null);
  inferring = $state(false);
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

  /** The missing tokens to read with: the defaults plus the user's extras (none when no extras). */
  get missingTokens(): string[] | undefined {
    return this.extraMissing.trim() === '' ? undefined : parseMissingTokens(this.extraMissing);
  }

  /** Infers a picked file's schema in the data worker, for review; failures end as `failed`. */
  async review(file: File): Promise<SchemaDraft | null> {
    if (this.running || this.inferring || !this.#data.inferSchema) return null;
    const missingTokens = this.missingTokens;
    const options: DataImportOptions = {
      ...this.options,
      ...(missingTokens ? { missingTokens } : {}),
    };
    this.inferring = true;
    this.error = null;
    this.status = 'idle';
    this.subject = { kind: 'file', label: file.name };
    try {
      const schema = await this.#data.inferSchema(file, options);
      this.draft = { file, options, schema };
      return this.draft;
    } catch (thrown) {
      this.error = toLabError(thrown);
      this.status = 'failed';
      return null;
    } finally {
      this.inferring = false;
    }
  }

  /** Imports the reviewed file with the edited schema and the (possibly edited) missing tokens. */
  importReviewed(projectId: string): Promise<DataImportResult | null> {
    const draft = this.draft;
    if (!draft) return Promise.resolve(null);
    const missingTokens = this.missingTokens ?? draft.schema.missingTokens;
    const schema: DatasetSchema = {
      columns: draft.schema.columns.map((column) => ({ ...column })),
      missingTokens: [...missingTokens],
    };
    const options: DataImportOptions = {
      ...draft.options,
      missingTokens: [...missingTokens],
      schema,
    };
    return this.#run({ kind: 'file', label: draft.file.name }, (signal, onProgress) =>
      this.#data.importFile(projectId, draft.file, { ...options, signal }, onProgress),
    ).then((result) => {
      if (result) this.draft = null;
      return result;
    });
  }

  /** Drops the file under review without importing it. */
  discardReview(): void {
    this.draft = null;
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
