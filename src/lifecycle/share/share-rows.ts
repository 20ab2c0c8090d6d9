/**
 * Rows as archive JSON and back. Binary values (ArrayBuffer and typed arrays) become entries of
 * their own, referred to as `{ "$blob": path, "$type": name }`; numbers JSON cannot hold (NaN,
 * ±Infinity, −0) become `{ "$num": "NaN" }`. Reading refuses any other `$`-object, a reference
 * to a file the archive lacks, and keys that could pollute prototypes (already refused when the
 * JSON is parsed).
 */
import { LabError } from '../../shared/lab-error';

const typedArrays = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;

type TypedArrayName = keyof typeof typedArrays;

function numberToken(value: number): string | null {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (Object.is(value, -0)) return '-0';
  return null;
}

/**
 * A row as plain JSON, binary values moved to `files` under `prefix` (`prefix/0.bin`, …).
 * `files` is a Map: entry names are never object keys.
 */
export function computeEncodedRow(
  row: unknown,
  prefix: string,
  files: Map<string, Uint8Array>,
): unknown {
  let count = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'number') {
      const token = numberToken(value);
      return token === null ? value : { $num: token };
    }
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      const path = `${prefix}/${count++}.bin`;
      const view = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
      const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
      files.set(path, bytes);
      const type = value instanceof ArrayBuffer ? 'ArrayBuffer' : value.constructor.name;
      return { $blob: path, $type: type };
    }
    if (Array.isArray(value)) return value.map(walk);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== undefined) out[key] = walk(inner);
    }
    return out;
  };
  return walk(row);
}

function refused(detail: string, entry: string, file: string): LabError {
  return new LabError('ARCHIVE_REJECTED', `The archive was refused: ${detail}`, {
    file,
    detail,
    params: { reason: 'contents', detail, entry },
  });
}

const numbers: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
};

/** A row read back: `$blob` references resolved from `files`, `$num` tokens turned into numbers. */
export function computeDecodedRow(
  value: unknown,
  files: ReadonlyMap<string, Uint8Array>,
  place: { entry: string; file: string },
): unknown {
  const walk = (inner: unknown): unknown => {
    if (inner === null || typeof inner !== 'object') return inner;
    if (Array.isArray(inner)) return inner.map(walk);
    const record = inner as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.some((key) => key.startsWith('$'))) {
      if (keys.length === 1 && typeof record.$num === 'string' && record.$num in numbers) {
        return numbers[record.$num];
      }
      const path = record.$blob;
      const type = record.$type;
      if (keys.length !== 2 || typeof path !== 'string' || typeof type !== 'string') {
        throw refused(`an unknown value ${JSON.stringify(keys)}`, place.entry, place.file);
      }
      const bytes = files.get(path);
      if (!bytes) throw refused(`"${path}" is referred to but missing`, place.entry, place.file);
      const buffer = bytes.slice().buffer;
      if (type === 'ArrayBuffer') return buffer;
      if (!Object.hasOwn(typedArrays, type)) {
        throw refused(`"${path}" has an unknown type ${type}`, place.entry, place.file);
      }
      const Kind = typedArrays[type as TypedArrayName];
      if (buffer.byteLength % Kind.BYTES_PER_ELEMENT !== 0) {
        throw refused(`"${path}" is not a whole ${type}`, place.entry, place.file);
      }
      return new Kind(buffer);
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key === '__proto__') throw refused('a "__proto__" key', place.entry, place.file);
      out[key] = walk(record[key]);
    }
    return out;
  };
  return walk(value);
}
