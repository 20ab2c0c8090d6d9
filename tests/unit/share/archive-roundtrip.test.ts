import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { computeArchive } from '../../../src/lifecycle/share/archive-write';
import { readArchive } from '../../../src/lifecycle/share/archive-read';
import { draft, sampleFiles } from '../../fixtures/share/archive-sample';
import { LabError } from '../../../src/shared/lab-error';

function firstEntryName(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  return new TextDecoder().decode(bytes.subarray(30, 30 + view.getUint16(26, true)));
}

describe('computeArchive', () => {
  it('round-trips every file byte for byte and the manifest field for field', async () => {
    const files = sampleFiles();
    const { manifest, files: read } = await readArchive(await computeArchive(files, draft));
    expect(read).toEqual(files);
    expect(manifest).toMatchObject(draft);
    expect(manifest.entries.map((e) => e.path)).toEqual([...files.keys()].sort());
  });

  it('lists each file with the SHA-256 and size node:crypto computes', async () => {
    const files = sampleFiles();
    const { manifest } = await readArchive(await computeArchive(files, draft));
    for (const entry of manifest.entries) {
      const bytes = files.get(entry.path) ?? new Uint8Array(1);
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.size).toBe(bytes.length);
    }
    expect(manifest.entries.find((e) => e.path === 'runs/r1/weights.bin')?.kind).toBe('runs');
    expect(manifest.entries.find((e) => e.path === 'empty.txt')?.kind).toBe('file');
  });

  it('writes manifest.json as the first entry', async () => {
    expect(firstEntryName(await computeArchive(sampleFiles(), draft))).toBe('manifest.json');
  });

  it('gives the same bytes for the same input, whatever the insertion order', async () => {
    const one = await computeArchive(sampleFiles(), draft);
    const reversed = new Map([...sampleFiles()].reverse());
    const two = await computeArchive(reversed, { ...draft });
    expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
  });

  it('stores .bin files uncompressed and deflates JSON, with the CRC-32 node:zlib computes', async () => {
    const files = sampleFiles();
    const bytes = await computeArchive(files, draft);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const end = bytes.length - 22;
    let at = view.getUint32(end + 16, true);
    const methods = new Map<string, number>();
    for (let i = 0; i < view.getUint16(end + 10, true); i++) {
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      methods.set(name, view.getUint16(at + 10, true));
      const original = files.get(name);
      if (original) expect(view.getUint32(at + 16, true)).toBe(crc32(original));
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(methods.get('runs/r1/weights.bin')).toBe(0);
    expect(methods.get('runs/r1/metrics.json')).toBe(8);
    expect(methods.get('manifest.json')).toBe(8);
  });

  it('refuses unsafe or reserved file names with INVALID_ARGUMENT', async () => {
    for (const path of [
      '../x.json',
      '/abs',
      'a//b',
      'C:/x',
      'a\\b',
      '__proto__',
      'manifest.json',
    ]) {
      const error = await computeArchive(new Map([[path, new Uint8Array(1)]]), draft).catch(
        (e: unknown) => e,
      );
      expect(error, path).toBeInstanceOf(LabError);
      expect((error as LabError).code).toBe('INVALID_ARGUMENT');
      expect((error as LabError).params['field']).toBe('files');
    }
  });

  it('refuses a manifest the reader would refuse (a __proto__ key in contents)', async () => {
    const contents = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    const error = await computeArchive(sampleFiles(), { ...draft, contents }).catch((e) => e);
    expect(error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: { reason: 'archive-unsafe-key' },
    });
  });
});
