import type { RowValue } from '../../../api/types';
import type { Locale, MessageKey, MessageParams } from '../../../i18n';
import type { ImportWarning } from '../../../lifecycle/data/import/types';
import type { ColumnType } from '../../../lifecycle/data/types';
import type { ImportChoices } from '../../../state/data-import.svelte';

/** The locale's `t`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Formats offered in the import options. */
export const formatChoices: readonly ImportChoices['format'][] = [
  'auto',
  'csv',
  'tsv',
  'delimited',
  'json',
  'jsonl',
  'parquet',
];

/** Encodings offered in the import options. */
export const encodingChoices: readonly ImportChoices['encoding'][] = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'euc-kr',
];

/** Delimiters offered in the import options: the option's value and its label key. */
export const delimiterChoices = [
  { value: 'auto', key: 'data.delimiter.auto' },
  { value: ',', key: 'data.delimiter.comma' },
  { value: ';', key: 'data.delimiter.semicolon' },
  { value: '\t', key: 'data.delimiter.tab' },
  { value: '|', key: 'data.delimiter.pipe' },
] as const;

/** Whether cells of a column type are numbers (right-aligned). */
export function isNumericType(type: ColumnType | undefined): boolean {
  return type === 'number' || type === 'integer';
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A cell's text in the locale; null (missing) is drawn by the table itself. */
export function formatCell(value: Exclude<RowValue, null>, locale: Locale, t: Translate): string {
  if (typeof value === 'number') {
    let format = numberFormats.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
      numberFormats.set(locale, format);
    }
    return format.format(value);
  }
  if (typeof value === 'boolean') return t(value ? 'data.table.true' : 'data.table.false');
  return value;
}

/** One import warning in words. */
export function describeWarning(warning: ImportWarning, t: Translate): string {
  switch (warning.kind) {
    case 'unparseable-cells':
      return t('data.warning.unparseable-cells', {
        column: warning.column,
        count: warning.count,
        type: warning.type,
      });
    case 'fractional-integers':
      return t('data.warning.fractional-integers', {
        column: warning.column,
        count: warning.count,
      });
    case 'unknown-keys':
      return t('data.warning.unknown-keys', {
        keys: warning.keys.join(', '),
        count: warning.count,
        firstRow: warning.firstRow,
      });
    case 'blank-lines':
      return t('data.warning.blank-lines', { count: warning.count });
  }
}
