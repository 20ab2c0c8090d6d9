import { createInputError } from './import-error';

/**
 * Column names checked for use: each non-empty after trimming and unique. Empty or duplicate
 * names throw PARSE_ERROR naming the column (by position when it has no name).
 */
export function parseColumnNames(raw: readonly string[], file: string): string[] {
  const seen = new Set<string>();
  return raw.map((name, index) => {
    const trimmed = name.trim();
    if (trimmed === '') {
      throw createInputError(
        'PARSE_ERROR',
        { file, column: `#${index + 1}` },
        `column ${index + 1} of the header has no name; give every column a name`,
        { position: index + 1 },
      );
    }
    if (seen.has(trimmed)) {
      throw createInputError(
        'PARSE_ERROR',
        { file, column: trimmed },
        `the header names column "${trimmed}" twice (again at position ${index + 1}); column names must be unique`,
        { position: index + 1, name: trimmed },
      );
    }
    seen.add(trimmed);
    return trimmed;
  });
}

/** Default names for a table without a header: column1, column2, … */
export function computeDefaultNames(width: number): string[] {
  return Array.from({ length: width }, (_, index) => `column${index + 1}`);
}
