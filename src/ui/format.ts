import type { Locale } from '../i18n';

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in human units (decimal: 1 kB = 1000 bytes), e.g. "12.3 MB" / "12.3MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: byteUnits[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

/** A ratio (0..1) as a percentage, e.g. "0.6%"; a tiny non-zero share shows as "<0.01%". */
export function formatPercent(ratio: number, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: ratio < 0.01 ? 2 : 1,
  });
  return ratio > 0 && ratio < 0.0001 ? `<${format.format(0.0001)}` : format.format(ratio);
}

/** A plain number in the locale, with at most `maxDigits` fraction digits. */
export function formatNumber(value: number, locale: Locale, maxDigits = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
}

/** An epoch-milliseconds time as a medium date and short time in the locale. */
export function formatDateTime(epochMs: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    epochMs,
  );
}
