import type { Locale } from '../../../../i18n';
import { formatNumber } from '../../../format';

/** A statistic in the locale: 4 significant decimals, a dash for NaN (no values). */
export function formatStat(value: number, locale: Locale, digits = 4): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const fraction = magnitude >= 1000 ? 2 : magnitude >= 1 ? digits : digits + 2;
  return formatNumber(value, locale, fraction);
}

/** A p-value in the locale: scientific below 0.0001, else four decimals. */
export function formatPValue(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '–';
  if (value > 0 && value < 1e-4) {
    return new Intl.NumberFormat(locale, {
      notation: 'scientific',
      maximumFractionDigits: 2,
    }).format(value);
  }
  return formatNumber(value, locale, 4);
}
