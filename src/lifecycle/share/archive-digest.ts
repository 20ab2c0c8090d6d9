/**
 * Digests of archive entries: SHA-256 through the runtime's Web Crypto (browsers, workers and
 * Node 20 all have it), and the zip format's CRC-32 (which fflate does not check).
 */

interface Sha256Runtime {
  crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } };
}

/** Lower-case hex SHA-256 of bytes. */
export async function computeArchiveSha256(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as Sha256Runtime).crypto?.subtle;
  if (subtle === undefined) throw new Error('Web Crypto (crypto.subtle) is not available here');
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

let crcTable: Uint32Array | undefined;

function computeCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** A running CRC-32 (the zip polynomial): `update` with each chunk, then `value`. */
export function createArchiveCrc32(): { update(chunk: Uint8Array): void; value(): number } {
  const table = (crcTable ??= computeCrcTable());
  let crc = 0xffffffff;
  return {
    update(chunk) {
      for (const byte of chunk) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
    },
    value: () => (crc ^ 0xffffffff) >>> 0,
  };
}
