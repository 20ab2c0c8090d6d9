/**
 * The package's bytes: ASCII `LLPK`, the format version and the manifest's byte length (uint32
 * little-endian each), the manifest as canonical UTF-8 JSON, then the weight bytes. The same
 * manifest and weights always give the same bytes, so the package id (their SHA-256) is stable.
 */
import * as v from 'valibot';
import { LabError } from '../../shared/lab-error';
import { computeCanonicalJson } from './canonical-json';
import { packageFormatVersion, packageHeaderBytes, packageMagic } from './defaults';
import { packageManifestSchema } from './manifest-schema';
import type { PackageManifest } from './types';
import { computeUtf8Bytes, computeUtf8Text } from './utf8';

/** Why a package was refused (`params.reason` of its ARCHIVE_REJECTED error). */
export type PackageRejection =
  | 'bad-magic'
  | 'newer-format'
  | 'unsupported-format'
  | 'truncated'
  | 'bad-manifest-json'
  | 'bad-manifest'
  | 'weight-length';

function rejected(reason: PackageRejection, detail: string): LabError {
  return new LabError('ARCHIVE_REJECTED', `The model package was refused: ${detail}`, {
    params: { reason, detail },
    detail,
  });
}

/** The package bytes of a manifest and its weights (deterministic). */
export function encodePackage(manifest: PackageManifest, weights: ArrayBuffer): ArrayBuffer {
  const json = computeUtf8Bytes(computeCanonicalJson(manifest));
  const out = new Uint8Array(packageHeaderBytes + json.length + weights.byteLength);
  for (let i = 0; i < packageMagic.length; i++) out[i] = packageMagic.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(4, packageFormatVersion, true);
  view.setUint32(8, json.length, true);
  out.set(json, packageHeaderBytes);
  out.set(new Uint8Array(weights), packageHeaderBytes + json.length);
  return out.buffer;
}

function readManifest(bytes: Uint8Array): PackageManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(computeUtf8Text(bytes));
  } catch (error) {
    throw rejected('bad-manifest-json', `its manifest is not valid JSON (${String(error)})`);
  }
  const result = v.safeParse(packageManifestSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue && v.getDotPath(issue)) ?? 'manifest';
    throw rejected(
      'bad-manifest',
      `its manifest field "${path}" is wrong: ${issue?.message ?? ''}`,
    );
  }
  return result.output;
}

/** The manifest and weights of package bytes; ARCHIVE_REJECTED (with the reason) when they are not a readable package. */
export function decodePackage(bytes: ArrayBuffer): {
  manifest: PackageManifest;
  weights: ArrayBuffer;
} {
  const all = new Uint8Array(bytes);
  const magic = String.fromCharCode(...all.subarray(0, Math.min(4, all.length)));
  if (all.length >= 4 && magic !== packageMagic) {
    throw rejected(
      'bad-magic',
      'it is not a Lifecycle Lab model package (it does not start with LLPK)',
    );
  }
  if (all.length < packageHeaderBytes) {
    throw rejected('truncated', `it is cut short (${all.length} bytes, shorter than its header)`);
  }
  const view = new DataView(bytes);
  const version = view.getUint32(4, true);
  if (version > packageFormatVersion) {
    const detail = `it was made by a newer version of the lab (package format ${version}; this lab reads format ${packageFormatVersion}). Update the lab to open it`;
    throw rejected('newer-format', detail);
  }
  if (version !== packageFormatVersion) {
    throw rejected('unsupported-format', `its package format ${version} is not one this lab reads`);
  }
  const manifestBytes = view.getUint32(8, true);
  const weightsAt = packageHeaderBytes + manifestBytes;
  if (weightsAt > all.length) {
    const detail = `it is cut short (its manifest needs ${manifestBytes} bytes, ${all.length - packageHeaderBytes} are there)`;
    throw rejected('truncated', detail);
  }
  const manifest = readManifest(all.subarray(packageHeaderBytes, weightsAt));
  const weightBytes = all.length - weightsAt;
  if (weightBytes !== manifest.model.weightBytes) {
    const detail = `it holds ${weightBytes} weight bytes, but its manifest says ${manifest.model.weightBytes}`;
    throw rejected('weight-length', detail);
  }
  return { manifest, weights: bytes.slice(weightsAt) };
}
