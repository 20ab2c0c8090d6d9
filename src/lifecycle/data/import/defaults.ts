/** Cell texts read as missing unless the user says otherwise. */
export const defaultMissingTokens: readonly string[] = ['', 'NA', 'N/A', 'null', 'NaN', '-'];

/** Delimiters tried, in order of preference, when none is given. */
export const candidateDelimiters: readonly string[] = [',', ';', '\t', '|'];

/** Rows per emitted row batch. */
export const defaultBatchRows = 4096;

/** Rows read before the schema is inferred. */
export const defaultSampleRows = 10_000;

/** Bytes looked at to detect the encoding and the format. */
export const detectionSampleBytes = 64 * 1024;

/** How many unparseable cells a warning lists per column. */
export const maxIssueExamples = 5;
