/** Stable error codes: part of the facade's contract (README, `LabError.code`). */
export const labErrorCodes = [
  'PARSE_ERROR',
  'SCHEMA_MISMATCH',
  'QUOTA_EXCEEDED',
  'NOT_FOUND',
  'INVALID_ARGUMENT',
  'ARCHIVE_REJECTED',
  'READ_ONLY',
  'STORAGE_LOST',
  'STORAGE_ERROR',
  'WORKER_FAILED',
  'WORKER_CRASHED',
  'CANCELLED',
  'BACKEND_UNAVAILABLE',
  'DEVICE_LOST',
  'INTERRUPTED',
  'TRAINING_DIVERGED',
  'INTERNAL',
] as const;

export type LabErrorCode = (typeof labErrorCodes)[number];

/** Values a message template may interpolate (`{name}` in the catalogs). */
export type LabErrorParams = Readonly<Record<string, string | number>>;

/** Where in the user's input an error was found, when it was found in input. */
export interface LabErrorLocation {
  file?: string;
  row?: number;
  column?: string;
}

/** A LabError as plain data: what crosses a worker boundary or is stored. */
export interface LabErrorData extends LabErrorLocation {
  code: LabErrorCode;
  message: string;
  params: LabErrorParams;
  detail?: string;
}

/**
 * The one error type the facade rejects with. `code` is stable; `message` is human text (the
 * facade rewrites it into the current language from the catalogs); `detail` keeps the
 * underlying technical cause for the console and bug reports.
 */
export class LabError extends Error {
  readonly code: LabErrorCode;
  readonly params: LabErrorParams;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly detail?: string;

  constructor(
    code: LabErrorCode,
    message: string,
    options: LabErrorLocation & { params?: LabErrorParams; detail?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LabError';
    this.code = code;
    this.params = options.params ?? {};
    if (options.file !== undefined) this.file = options.file;
    if (options.row !== undefined) this.row = options.row;
    if (options.column !== undefined) this.column = options.column;
    if (options.detail !== undefined) this.detail = options.detail;
  }

  /** Plain data for structured clone. */
  toData(): LabErrorData {
    const data: LabErrorData = { code: this.code, message: this.message, params: this.params };
    if (this.file !== undefined) data.file = this.file;
    if (this.row !== undefined) data.row = this.row;
    if (this.column !== undefined) data.column = this.column;
    if (this.detail !== undefined) data.detail = this.detail;
    return data;
  }

  /** Rebuild a LabError from plain data (the other side of `toData`). */
  static fromData(data: LabErrorData): LabError {
    return new LabError(data.code, data.message, data);
  }
}

/** Whether a value is a known LabError code. */
export function isLabErrorCode(value: unknown): value is LabErrorCode {
  return typeof value === 'string' && (labErrorCodes as readonly string[]).includes(value);
}

/** Whether a value is a LabError (also one rebuilt from another realm). */
export function isLabError(value: unknown): value is LabError {
  return value instanceof LabError;
}

/**
 * Any thrown value as a LabError: LabErrors pass through; anything else becomes `fallback`
 * with the original message kept as detail.
 */
export function toLabError(value: unknown, fallback: LabErrorCode = 'INTERNAL'): LabError {
  if (value instanceof LabError) return value;
  const detail =
    value instanceof Error ? `${value.name}: ${value.message}` : String(value ?? 'unknown error');
  return new LabError(fallback, detail, { detail, cause: value });
}
