import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LabError } from '../../../src/shared/lab-error';
import { readArchive } from '../../../src/lifecycle/share/archive-read';
import type { ArchiveRejection } from '../../../src/lifecycle/share/archive-types';

const fixtureDir = new URL('../../fixtures/share/', import.meta.url);

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, fixtureDir)));
}

async function refusal(name: string): Promise<LabError> {
  const error: unknown = await readArchive(fixture(name), { file: name }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof LabError)) throw new Error(`${name} was not refused with a LabError`);
  return error;
}

const hostile: [string, ArchiveRejection, RegExp][] = [
  ['zip-bomb.lablab', 'ratio', /zeros\.dat.*inflates \d+ times.*zip bomb/],
  ['zip-bomb-lying-header.lablab', 'ratio', /zeros\.dat.*zip bomb/],
  ['size-lie.lablab', 'size', /note\.json.*more than the 100 bytes its zip header declares/],
  ['path-traversal.lablab', 'path', /"\.\.\/evil\.json" is unsafe.*“\.\.” segment/],
  ['backslash-path.lablab', 'path', /backslash/],
  ['absolute-path.lablab', 'path', /absolute path/],
  ['duplicate-name.lablab', 'path', /rows\.json” appears twice/],
  ['wrong-digest.lablab', 'digest', /datasets\/dv1\/rows\.json” does not match its SHA-256/],
  ['truncated.lablab', 'truncated', /cut short/],
  ['manifest-wrong-types.lablab', 'manifest-schema', /createdAt: Invalid type: Expected number/],
  ['proto-keys.lablab', 'unsafe-key', /“__proto__” key/],
  ['newer-format.lablab', 'newer-format', /newer Lifecycle Lab \(format 2\).*reads format 1/],
  ['wrong-format.lablab', 'wrong-format', /“some-other-app”.*not a Lifecycle Lab archive/],
  ['manifest-missing.lablab', 'manifest-missing', /no “manifest\.json”/],
  ['manifest-json.lablab', 'manifest-json', /not valid JSON/],
  ['missing-entry.lablab', 'missing-entry', /lists “datasets\/dv1\/rows\.json”, which is not in/],
  ['unlisted-entry.lablab', 'unlisted-entry', /“notes\/extra\.txt”, which its manifest does not/],
  ['not-zip.lablab', 'not-zip', /not a zip archive/],
];

describe('readArchive on the hostile fixtures', () => {
  it.each(hostile)('refuses %s as %s with its own message', async (name, reason, message) => {
    const error = await refusal(name);
    expect(error.code).toBe('ARCHIVE_REJECTED');
    expect(error.params['reason']).toBe(reason);
    expect(error.file).toBe(name);
    expect(error.detail).toMatch(message);
    expect(error.message).toBe(`The archive was refused: ${error.detail ?? ''}`);
  });

  it('gives every hostile fixture its own message (the two bombs are one attack, one message)', async () => {
    const names = hostile.map(([name]) => name).filter((name) => !name.includes('lying'));
    const details = await Promise.all(names.map(async (name) => (await refusal(name)).detail));
    expect(new Set(details).size).toBe(names.length);
  });

  it('counts the bytes a lying header inflates to, not the 1 KiB it claims', async () => {
    const bytes = fixture('zip-bomb-lying-header.lablab');
    const loose = { maxRatio: 1e9, maxTotalBytes: 2 * 1024 * 1024 };
    const total = await readArchive(bytes, { limits: loose }).catch((e: unknown) => e);
    expect(total).toMatchObject({ params: { reason: 'too-large', entry: 'data/zeros.dat' } });
    const looser = { maxRatio: 1e9, maxTotalBytes: 1e12 };
    const size = await readArchive(bytes, { limits: looser }).catch((e: unknown) => e);
    expect(size).toMatchObject({ params: { reason: 'size', entry: 'data/zeros.dat' } });
  });

  it('names the entry at fault in params.entry', async () => {
    expect((await refusal('wrong-digest.lablab')).params['entry']).toBe('datasets/dv1/rows.json');
    expect((await refusal('path-traversal.lablab')).params['entry']).toBe('../evil.json');
    expect((await refusal('zip-bomb.lablab')).params['entry']).toBe('data/zeros.dat');
  });

  it('leaves Object.prototype untouched after the __proto__ fixture', async () => {
    await refusal('proto-keys.lablab');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('readArchive on the valid fixture (written by Python zipfile)', () => {
  it('returns the manifest and every file, byte for byte', async () => {
    const { manifest, files } = await readArchive(fixture('valid.lablab'));
    expect(manifest.format).toBe('lifecycle-lab-archive');
    expect(manifest.scope).toEqual({ kind: 'project', projectId: 'p1', items: [] });
    expect(manifest.lineage.edges[0]).toMatchObject({ kind: 'trained-on', to: 'run:r1' });
    expect([...files.keys()].sort()).toEqual(['datasets/dv1/rows.json', 'runs/r1/weights.bin']);
    const weights = files.get('runs/r1/weights.bin');
    expect(weights?.length).toBe(2048);
    expect(weights?.[255]).toBe(255);
    for (const entry of manifest.entries) {
      const bytes = files.get(entry.path) ?? new Uint8Array(0);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    }
  });

  it('refuses it as too-many-entries or too-large under lowered limits', async () => {
    const bytes = fixture('valid.lablab');
    const tooMany = await readArchive(bytes, { limits: { maxEntries: 2 } }).catch((e) => e);
    expect(tooMany).toMatchObject({ params: { reason: 'too-many-entries' } });
    const tooLarge = await readArchive(bytes, { limits: { maxTotalBytes: 4000 } }).catch((e) => e);
    expect(tooLarge).toMatchObject({ params: { reason: 'too-large' } });
    const bigManifest = await readArchive(bytes, { limits: { maxManifestBytes: 100 } }).catch(
      (e) => e,
    );
    expect(bigManifest).toMatchObject({ params: { reason: 'too-large', entry: 'manifest.json' } });
  });
});
