/**
 * Canonical JSON: the same value always gives the same text (object keys sorted by code unit,
 * recursively, no spaces), so the same manifest always gives the same package bytes.
 */

/** The canonical JSON text of a JSON value (undefined properties are left out, as JSON does). */
export function computeCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => computeCanonicalJson(item === undefined ? null : item)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entry = record[key];
    if (entry === undefined || typeof entry === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${computeCanonicalJson(entry)}`);
  }
  return `{${parts.join(',')}}`;
}
