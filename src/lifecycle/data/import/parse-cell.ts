const isoDatetime =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const decimalText = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const integerText = /^\s*[+-]?\d+\s*$/;

/** Plain decimals such as -12.345 read from char codes (exact: ≤ 15 digits, one rounding); else NaN. */
function computeSimpleDecimal(text: string): number {
  const n = text.length;
  if (n > 16) return NaN;
  let i = 0;
  let sign = 1;
  if (text.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 && scale === -1) scale = n - i - 1;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  return scale <= 0 ? sign * mantissa : (sign * mantissa) / powersOfTen[scale]!;
}

const powersOfTen = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
];

/**
 * A cell's text as a finite number, or NaN. Decimal notation only: hex, binary, "Infinity"
 * and blank text are not numbers (plain `+text` would read " " as 0 and "0x1A" as 26).
 */
export function parseNumberCell(text: string): number {
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46)) {
    if (c !== 32 && c !== 9) return NaN;
    const trimmed = text.trim();
    return trimmed === '' ? NaN : parseNumberCell(trimmed);
  }
  const fast = computeSimpleDecimal(text);
  if (fast === fast) return fast;
  const value = +text;
  if (value !== value || value === Infinity || value === -Infinity) return NaN;
  if (c === 48 && text.length > 2) {
    const next = text.charCodeAt(1) | 32;
    if (next === 120 || next === 98 || next === 111) return NaN;
  }
  return value;
}

/** A cell's text as 1 (true) or 0 (false), case-insensitively; NaN for anything else. */
export function parseBooleanCell(text: string): number {
  const lower = text.trim().toLowerCase();
  return lower === 'true' ? 1 : lower === 'false' ? 0 : NaN;
}

/**
 * An ISO 8601 date or date-time as epoch milliseconds UTC, or NaN. Without an offset it is
 * read as UTC (so the result never depends on the machine's time zone). Impossible dates
 * such as 2023-02-30 are NaN.
 */
export function parseDatetimeCell(text: string): number {
  const match = isoDatetime.exec(text.trim());
  if (match === null) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = match;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const ms = frac === '' ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    return NaN;
  }
  if (zone === undefined || zone === 'Z') return date.getTime();
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return date.getTime() - sign * offset * 60_000;
}

/** Whether a text is a decimal number (what inference calls a number). */
export function isNumberText(text: string): boolean {
  return decimalText.test(text);
}

/** Whether a text is a whole number within the exactly representable range. */
export function isIntegerText(text: string): boolean {
  return integerText.test(text) && Math.abs(Number(text)) <= Number.MAX_SAFE_INTEGER;
}

/** Whether a text is an ISO 8601 date or date-time that exists. */
export function isDatetimeText(text: string): boolean {
  return !Number.isNaN(parseDatetimeCell(text));
}

/** Whether a text reads as a boolean (true/false, any case). */
export function isBooleanText(text: string): boolean {
  return !Number.isNaN(parseBooleanCell(text));
}
