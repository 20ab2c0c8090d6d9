import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeArchive } from '../../../src/lifecycle/share/archive-write';
import { readArchive } from '../../../src/lifecycle/share/archive-read';
import { inflateArchiveEntry } from '../../../src/lifecycle/share/archive-inflate';
import { defaultArchiveLimits } from '../../../src/lifecycle/share/archive-limits';
import { parseZipDirectory } from '../../../src/lifecycle/share/archive-zip-directory';
import { createRandom } from '../../../src/shared/random';
import { draft, sampleFiles } from '../../fixtures/share/archive-sample';

const encoder = new TextEncoder();
const valid = new Uint8Array(
  readFileSync(new URL('../../fixtures/share/valid.lablab', import.meta.url)),
);

async function reasonOf(bytes: Uint8Array): Promise<string> {
  const error: unknown = await readArchive(bytes).then(
    () => 'accepted',
    (thrown: unknown) => thrown,
  );
  if (error === 'accepted') return 'accepted';
  expect(error).toMatchObject({ code: 'ARCHIVE_REJECTED' });
  return String((error as { params: Record<string, unknown> }).params['reason']);
}

/** A raw zip (written by fflate, not by the code under test) with this manifest text and files. */
function rawZip(manifestText: string, files: Record<string, string> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  entries['manifest.json'] = encoder.encode(manifestText);
  for (const [path, text] of Object.entries(files)) entries[path] = encoder.encode(text);
  return zipSync(entries, { mtime: new Date(1980, 0, 1) });
}

function manifestText(changes: Record<string, unknown> = {}, files: Record<string, string> = {}) {
  const entries = Object.entries(files).map(([path, text]) => ({
    path,
    sha256: createHash('sha256').update(text).digest('hex'),
    size: encoder.encode(text).length,
    kind: 'file',
  }));
  return JSON.stringify({ ...draft, entries, ...changes });
}

/** Where each entry's compressed data lies, from the central directory. */
function dataRanges(bytes: Uint8Array): { name: string; start: number; end: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const end = bytes.length - 22;
  let at = view.getUint32(end + 16, true);
  const ranges = [];
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    ranges.push({ name, start, end: start + view.getUint32(at + 20, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return ranges;
}

describe('readArchive on damaged copies of valid archives', () => {
  it('refuses the archive cut at 20 seeded positions as truncated or not-zip', async () => {
    const random = createRandom(20261122);
    for (const bytes of [valid, await computeArchive(sampleFiles(), draft)]) {
      const cuts = [0, 1, 3, bytes.length - 1];
      while (cuts.length < 20) cuts.push(Math.floor(random() * bytes.length));
      for (const cut of cuts) {
        expect(['truncated', 'not-zip'], `cut at ${cut}`).toContain(
          await reasonOf(bytes.slice(0, cut)),
        );
      }
    }
  });

  it('never accepts an archive with one byte of entry data flipped', async () => {
    const random = createRandom(7);
    const bytes = await computeArchive(sampleFiles(), draft);
    for (const { name, start, end } of dataRanges(bytes)) {
      for (let trial = 0; trial < 6 && end > start; trial++) {
        const copy = bytes.slice();
        const at = start + Math.floor(random() * (end - start));
        copy[at] = (copy[at] ?? 0) ^ (1 + Math.floor(random() * 255));
        const reason = await reasonOf(copy);
        expect(reason, `${name} @${at}`).not.toBe('accepted');
        if (name.endsWith('.bin')) expect(reason, `${name} is stored`).toBe('digest');
      }
    }
  });

  it('refuses entries whose data runs into the next entry as corrupt', async () => {
    const bytes = await computeArchive(sampleFiles(), draft);
    const view = new DataView(bytes.buffer);
    const at = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint32(at + 20, view.getUint32(at + 20, true) + 40, true);
    const error = await readArchive(bytes).catch((e: unknown) => e);
    expect(error).toMatchObject({ params: { reason: 'corrupt' } });
    expect((error as Error).message).toMatch(/overlap/);
  });
});

describe('inflateArchiveEntry on a zip bomb', () => {
  it('stops after one 16 KiB slice, long before the 20 MiB the entry holds', () => {
    const bomb = new Uint8Array(
      readFileSync(new URL('../../fixtures/share/zip-bomb-lying-header.lablab', import.meta.url)),
    );
    const record = parseZipDirectory(bomb, defaultArchiveLimits, 'bomb').get('data/zeros.dat');
    if (record === undefined) throw new Error('the fixture has no data/zeros.dat');
    const budget = { inflatedBytes: 0 };
    const context = { limits: defaultArchiveLimits, budget, file: 'bomb' };
    expect(() => inflateArchiveEntry(bomb, record, context)).toThrow(/zip bomb/);
    expect(budget.inflatedBytes).toBeGreaterThan(defaultArchiveLimits.ratioFloorBytes);
    expect(budget.inflatedBytes).toBeLessThanOrEqual(16 * 1024 * 1033);
  });
});

describe('readArchive on hand-made manifests', () => {
  it('refuses constructor and prototype keys at any depth as unsafe-key', async () => {
    const deep = manifestText().replace('"contents":{', '"contents":{"a":[{"constructor":1}],');
    expect(await reasonOf(rawZip(deep))).toBe('unsafe-key');
    const lineage = manifestText().replace('"lineage":{', '"lineage":{"prototype":{},');
    expect(await reasonOf(rawZip(lineage))).toBe('unsafe-key');
  });

  it('says which manifest field is wrong and why', async () => {
    const files = { 'a.json': '{}' };
    const text = manifestText({}, files).replace(/"sha256":"[0-9a-f]+"/, '"sha256":"ABC"');
    const error = await readArchive(rawZip(text, files)).catch((e: unknown) => e);
    expect(error).toMatchObject({ params: { reason: 'manifest-schema' } });
    expect((error as Error).message).toMatch(/entries\.0\.sha256: Invalid SHA-256/);
  });

  it('reports a newer format even when its other fields are unknown to this lab', async () => {
    const text = JSON.stringify({ format: 'lifecycle-lab-archive', formatVersion: 3, parts: [] });
    const error = await readArchive(rawZip(text), { file: 'x.lablab' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: 'x.lablab', params: { reason: 'newer-format' } });
    expect((error as Error).message).toContain('newer Lifecycle Lab (format 3)');
  });

  it('refuses a manifest that lists an unsafe path or the same path twice', async () => {
    const files = { 'a.json': '{}' };
    const twice = JSON.parse(manifestText({}, files)) as { entries: unknown[] };
    twice.entries.push(twice.entries[0]);
    expect(await reasonOf(rawZip(JSON.stringify(twice), files))).toBe('path');
  });

  it('refuses a __proto__ entry name as path, keeping names out of object keys', async () => {
    const zip = zipSync({
      'manifest.json': encoder.encode(manifestText()),
      'x/__proto__': encoder.encode('{}'),
    });
    expect(await reasonOf(zip)).toBe('path');
  });

  it('accepts a hand-made archive whose manifest and files agree', async () => {
    const files = { 'notes/a.json': '{"a":1}', 'notes/b.txt': 'hello' };
    const { files: read } = await readArchive(rawZip(manifestText({}, files), files));
    expect(new TextDecoder().decode(read.get('notes/b.txt'))).toBe('hello');
  });
});
