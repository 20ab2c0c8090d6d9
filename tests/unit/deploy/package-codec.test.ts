import { describe, expect, it } from 'vitest';
import {
  computeCanonicalJson,
  decodePackage,
  encodePackage,
  type PackageManifest,
} from '../../../src/lifecycle/deploy';
import { LabError } from '../../../src/shared/lab-error';
import { manifestOf } from './fixtures';

const weights = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;

/** Package bytes with a given header and manifest text (what a broken or foreign file holds). */
function rawPackage(magic: string, version: number, manifest: string, tail: number[]): ArrayBuffer {
  const json = new TextEncoder().encode(manifest);
  const out = new Uint8Array(12 + json.length + tail.length);
  out.set(new TextEncoder().encode(magic).subarray(0, 4), 0);
  new DataView(out.buffer).setUint32(4, version, true);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(tail, 12 + json.length);
  return out.buffer;
}

function refusal(bytes: ArrayBuffer): LabError {
  try {
    decodePackage(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(LabError);
    return error as LabError;
  }
  throw new Error('the package was accepted');
}

describe('encodePackage and decodePackage', () => {
  it('decodePackage(encodePackage(m, w)) gives back the same manifest and weight bytes', () => {
    const manifest = manifestOf(8);
    const decoded = decodePackage(encodePackage(manifest, weights));
    expect(decoded.manifest).toEqual(manifest);
    expect([...new Uint8Array(decoded.weights)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('the same manifest (keys in any order) and weights give the same bytes twice', () => {
    const manifest = manifestOf(8);
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as PackageManifest;
    const a = new Uint8Array(encodePackage(manifest, weights));
    const b = new Uint8Array(encodePackage(reordered, weights));
    expect(b).toEqual(a);
  });

  it('the bytes are LLPK, format 1 and the manifest length (LE), canonical JSON, then weights', () => {
    const manifest = manifestOf(8);
    const bytes = new Uint8Array(encodePackage(manifest, weights));
    const json = new TextEncoder().encode(computeCanonicalJson(manifest));
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('LLPK');
    expect([...bytes.subarray(4, 12)]).toEqual([
      1,
      0,
      0,
      0,
      ...[0, 8, 16, 24].map((s) => (json.length >> s) & 255),
    ]);
    const text = new TextDecoder().decode(bytes.subarray(12, 12 + json.length));
    expect(text).toMatch(/^\{"createdAt":1700000000000,"environment":\{"adapter":null,"app"/);
    expect(JSON.parse(text)).toEqual(manifest);
    expect(bytes.length).toBe(12 + json.length + 8);
  });

  it('canonical JSON sorts keys recursively and has no spaces', () => {
    expect(computeCanonicalJson({ b: 1, a: { d: [1, { y: 2, x: 'é' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":"é","y":2}]},"b":1}',
    );
  });

  it('refuses a file that does not start with LLPK (bad-magic)', () => {
    const error = refusal(rawPackage('PK\u0003\u0004', 1, '{}', []));
    expect(error.code).toBe('ARCHIVE_REJECTED');
    expect(error.params.reason).toBe('bad-magic');
  });

  it('refuses a newer format version and says so (newer-format)', () => {
    const error = refusal(rawPackage('LLPK', 2, '{}', []));
    expect(error.params.reason).toBe('newer-format');
    expect(error.message).toMatch(/newer version of the lab/);
    expect(refusal(rawPackage('LLPK', 0, '{}', [])).params.reason).toBe('unsupported-format');
  });

  it('refuses a truncated buffer: a cut header or a cut manifest (truncated)', () => {
    const full = encodePackage(manifestOf(8), weights);
    expect(refusal(full.slice(0, 7)).params.reason).toBe('truncated');
    expect(refusal(full.slice(0, 200)).params.reason).toBe('truncated');
    expect(refusal(new ArrayBuffer(0)).params.reason).toBe('truncated');
  });

  it('refuses a manifest that is not JSON (bad-manifest-json)', () => {
    expect(refusal(rawPackage('LLPK', 1, '{"format":', [])).params.reason).toBe(
      'bad-manifest-json',
    );
  });

  it('refuses a manifest missing a field or with a wrong type, naming the field (bad-manifest)', () => {
    const { name: _dropped, ...missing } = manifestOf(0);
    const noName = refusal(rawPackage('LLPK', 1, JSON.stringify(missing), []));
    expect(noName.params.reason).toBe('bad-manifest');
    expect(noName.message).toContain('"name"');
    const wrong = { ...manifestOf(0), model: { ...manifestOf(0).model, weightBytes: '8' } };
    const wrongType = refusal(rawPackage('LLPK', 1, JSON.stringify(wrong), []));
    expect(wrongType.params.reason).toBe('bad-manifest');
    expect(wrongType.message).toContain('model.weightBytes');
  });

  it('refuses weights whose length differs from manifest.model.weightBytes (weight-length)', () => {
    const bytes = encodePackage(manifestOf(12), weights);
    const error = refusal(bytes);
    expect(error.params.reason).toBe('weight-length');
    expect(error.message).toContain('8 weight bytes');
  });

  it('__proto__ keys in the manifest JSON do not reach any prototype', () => {
    const text = computeCanonicalJson(manifestOf(0)).replace(
      '{"class_name"',
      '{"__proto__":{"polluted":true},"class_name"',
    );
    const withProto = `{"__proto__":{"polluted":true},${text.slice(1)}`;
    const { manifest } = decodePackage(rawPackage('LLPK', 1, withProto, []));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((manifest as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((manifest.model.topology as Record<string, unknown>).polluted).toBeUndefined();
    expect(manifest.model.topology.class_name).toBe('Sequential');
  });
});
