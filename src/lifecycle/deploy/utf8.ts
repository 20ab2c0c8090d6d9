/** UTF-8 text ⇄ bytes through the runtime's TextEncoder and TextDecoder (the core's lib does not declare them). */

interface Utf8Encoder {
  encode(text: string): Uint8Array;
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

type Runtime = {
  TextEncoder?: new () => Utf8Encoder;
  TextDecoder?: new (label: string, options: { fatal: boolean }) => Utf8Decoder;
};

/** The UTF-8 bytes of a text. */
export function computeUtf8Bytes(text: string): Uint8Array {
  const Encoder = (globalThis as unknown as Runtime).TextEncoder;
  if (Encoder === undefined) throw new Error('TextEncoder is not available in this runtime');
  return new Encoder().encode(text);
}

/** The text of UTF-8 bytes; throws on a byte sequence that is not UTF-8. */
export function computeUtf8Text(bytes: Uint8Array): string {
  const Decoder = (globalThis as unknown as Runtime).TextDecoder;
  if (Decoder === undefined) throw new Error('TextDecoder is not available in this runtime');
  return new Decoder('utf-8', { fatal: true }).decode(bytes);
}
