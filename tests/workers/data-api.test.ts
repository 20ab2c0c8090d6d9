import { createHash } from 'node:crypto';
import { transfer } from 'comlink';
import { describe, expect, it } from 'vitest';
import { wrapDataApiOverChannel } from './data-fixtures';
import { dataApi } from '../../workers/data.api';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('data worker api', () => {
  it('digestBuffer of bytes is their SHA-256 in hex, as node:crypto computes it', async () => {
    const bytes = new TextEncoder().encode('lifecycle lab,1,2,3\n');
    expect(await dataApi.digestBuffer(bytes.slice().buffer)).toBe(sha256(bytes));
  });

  it('digestBuffer of an empty buffer is the SHA-256 of nothing', async () => {
    expect(await dataApi.digestBuffer(new ArrayBuffer(0))).toBe(sha256(new Uint8Array()));
  });

  it('digestBuffer through Comlink over a MessageChannel takes a transferred buffer', async () => {
    const { remote, close } = wrapDataApiOverChannel();
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256);
    const expected = sha256(bytes);
    const buffer = bytes.buffer;
    expect(await remote.digestBuffer(transfer(buffer, [buffer]))).toBe(expected);
    expect(buffer.byteLength).toBe(0);
    expect((await remote.describeDataWorker()).worker).toBe('data');
    close();
  });
});
