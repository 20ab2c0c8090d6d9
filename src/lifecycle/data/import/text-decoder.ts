import type { ImportEncoding } from './types';

/** The part of the Encoding standard's TextDecoder the importer uses. */
export interface StreamDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type DecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => StreamDecoder;

/**
 * A decoder from the runtime (Node, browsers and workers all provide TextDecoder; the core's
 * ES2022 lib does not declare it). `fatal` makes a byte sequence invalid in the encoding throw.
 */
export function createTextDecoder(encoding: ImportEncoding, fatal: boolean): StreamDecoder {
  const Decoder = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (Decoder === undefined) throw new Error('TextDecoder is not available in this runtime');
  return new Decoder(encoding, { fatal, ignoreBOM: false });
}
