/**
 * A model package exported on its own, loadable without the lab: a folder with the model in the
 * standard TensorFlow.js layers format (`model.json` and one weight file), its fitted
 * preprocessing as plain JSON, its input schema, and a README with a plain-JavaScript example.
 */
import { LabError } from '../../shared/lab-error';
import type { PackageManifest } from '../deploy/types';
import { computeUtf8Bytes } from '../deploy/utf8';
import { computeExportedPreprocessing } from './model-export-preprocessing';
import { computeModelReadme, modelExportFiles } from './model-readme';
import type { ReadmeLocale } from './model-readme-text';

/** The standard TensorFlow.js layers `model.json`. */
export interface TfjsModelJson {
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  modelTopology: Record<string, unknown>;
  weightsManifest: { paths: string[]; weights: Record<string, unknown>[] }[];
}

const dtypeBytes: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

function refuse(detail: string): LabError {
  return new LabError('ARCHIVE_REJECTED', `The model cannot be exported: ${detail}`, {
    params: { reason: 'weight-length', detail },
    detail,
  });
}

/** Bytes one weight spec takes in the weight file (its quantized dtype when quantized). */
export function computeWeightSpecBytes(spec: Record<string, unknown>): number {
  const shape = Array.isArray(spec['shape']) ? (spec['shape'] as unknown[]) : [];
  const quantization = spec['quantization'] as { dtype?: unknown } | undefined;
  const dtype = String(quantization?.dtype ?? spec['dtype']);
  const size = dtypeBytes[dtype];
  if (size === undefined) throw refuse(`weight "${String(spec['name'])}" has dtype ${dtype}`);
  return shape.reduce<number>((product, n) => product * Number(n), 1) * size;
}

/** The folder name of an exported model: `<name>-v<version>`, with only safe characters. */
export function computeModelFolderName(name: string, version: number): string {
  const safe = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '');
  return `${safe || 'model'}-v${version}`;
}

/** The `model.json` of a package: its topology, and one weight group in `group1-shard1of1.bin`. */
export function computeTfjsModelJson(manifest: PackageManifest): TfjsModelJson {
  return {
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${manifest.environment.tfjs}`,
    convertedBy: null,
    modelTopology: manifest.model.topology,
    weightsManifest: [{ paths: [modelExportFiles.weights], weights: manifest.model.weightSpecs }],
  };
}

function jsonBytes(value: unknown): Uint8Array {
  return computeUtf8Bytes(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The files of an exported model by path (`<name>-v<version>/model.json`, the weight file,
 * `preprocessing.json`, `input-schema.json`, `README.md` in `locale`). ARCHIVE_REJECTED when the
 * weight bytes do not match the package's weight specs.
 */
export function computeModelExport(
  manifest: PackageManifest,
  weights: ArrayBuffer,
  options: { locale: ReadmeLocale },
): Map<string, Uint8Array> {
  const specBytes = manifest.model.weightSpecs.reduce(
    (sum, spec) => sum + computeWeightSpecBytes(spec),
    0,
  );
  if (weights.byteLength !== specBytes || weights.byteLength !== manifest.model.weightBytes) {
    throw refuse(
      `it has ${weights.byteLength} weight bytes, its weight specs need ${specBytes} and its manifest says ${manifest.model.weightBytes}`,
    );
  }
  const folder = computeModelFolderName(manifest.name, manifest.version);
  const exported = computeExportedPreprocessing(manifest);
  const files = new Map<string, Uint8Array>();
  const add = (name: string, bytes: Uint8Array) => files.set(`${folder}/${name}`, bytes);
  add(modelExportFiles.model, jsonBytes(computeTfjsModelJson(manifest)));
  add(modelExportFiles.weights, new Uint8Array(weights.slice(0)));
  add(modelExportFiles.preprocessing, jsonBytes(exported));
  add(modelExportFiles.inputSchema, jsonBytes(manifest.inputSchema));
  add(
    modelExportFiles.readme,
    computeUtf8Bytes(computeModelReadme(manifest, exported, options.locale)),
  );
  return files;
}
