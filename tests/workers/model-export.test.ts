import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable, ColumnType, DatasetSchema } from '../../src/lifecycle/data/types';
import { computeInputSchema } from '../../src/lifecycle/deploy/input-schema';
import { decodePackage, encodePackage } from '../../src/lifecycle/deploy/package-codec';
import { computeRequestTable } from '../../src/lifecycle/deploy/request-table';
import type { PackageManifest, RequestRow } from '../../src/lifecycle/deploy/types';
import { computeModelExport } from '../../src/lifecycle/share/model-export';
import { modelExampleCode } from '../../src/lifecycle/share/model-readme-example';
import {
  applyPreprocessing,
  computeFeatureWidth,
  computeTargetValues,
} from '../../src/lifecycle/train/apply-preprocessing';
import { fitFeatures, fitTarget } from '../../src/lifecycle/train/fit-preprocessing';
import type { FittedPreprocessing, ModelSpec } from '../../src/lifecycle/train/run-types';
import { buildModel } from '../../src/lifecycle/train/tf/build-model';
import {
  computeOutputs,
  createOptimizer,
  createTrainStep,
} from '../../src/lifecycle/train/tf/train-step';
import { createRandom } from '../../src/shared/random';
import { saveModelArtifacts } from '../../workers/train/checkpoint-io';

const run = promisify(execFile);
const repoModules = resolve(import.meta.dirname, '../../node_modules');
type Task = 'classification' | 'regression';
type Cell = number | string | null;
/** One answer line: a label and probabilities, or a value. */
interface Answer {
  label?: string;
  probabilities?: number[];
  value?: number;
}
interface Column {
  name: string;
  type: ColumnType;
  cells: Cell[];
}

function toTable(columns: Column[]): { schema: DatasetSchema; table: ColumnTable } {
  const schema: DatasetSchema = {
    columns: columns.map(({ name, type }) => ({ name, type, role: 'feature' })),
    missingTokens: [],
  };
  const values = columns.map(({ type, cells }) => {
    if (type !== 'category') {
      return {
        kind: 'numeric' as const,
        values: Float64Array.from(cells, (c) => Number(c ?? NaN)),
      };
    }
    const dictionary = [...new Set(cells.filter((c): c is string => c !== null))];
    const codes = Int32Array.from(cells, (c) => (c === null ? -1 : dictionary.indexOf(String(c))));
    return { kind: 'coded' as const, codes, dictionary };
  });
  const rowCount = columns[0]?.cells.length ?? 0;
  return { schema, table: { rowCount, names: columns.map((c) => c.name), columns: values } };
}

/** A package made the way the lab makes one: fitted on the data, a trained model, the codec. */
async function makePackage(task: Task, columns: Column[], spec: ModelSpec, seed: number) {
  const { schema, table } = toTable(columns);
  const names = columns.slice(0, -1).map((c) => c.name);
  const target = columns.at(-1)!.name;
  const rows = Array.from({ length: table.rowCount }, (_, i) => i);
  const { features } = fitFeatures(schema, table, rows, names);
  const fittedTarget = fitTarget(schema, table, task, target, rows, rows);
  const inputWidth = features.reduce((sum, step) => sum + computeFeatureWidth(step), 0);
  const preprocessing: FittedPreprocessing = { features, inputWidth, target: fittedTarget };
  const classes = fittedTarget.kind === 'classes' ? fittedTarget.classes.length : 1;
  const model = buildModel(spec, inputWidth, task === 'classification' ? classes : 1, task, seed);
  const settings = { task, classes, classWeights: null, dropout: 0, l2: 0 };
  const step = createTrainStep(model, createOptimizer('adam', 0.05), settings);
  const x = applyPreprocessing(schema, table, rows, preprocessing);
  const y = computeTargetValues(schema, table, rows, fittedTarget);
  for (let i = 0; i < 12; i++) await step(x, y, rows.length, seed + i);
  const saved = await saveModelArtifacts(model);
  const manifest: PackageManifest = {
    format: 'lifecycle-lab-package',
    formatVersion: 1,
    projectId: 'p1',
    modelVersionId: `mv-${task}`,
    name: task === 'classification' ? 'Churn risk' : '집값 예측',
    version: 3,
    runId: `run-${task}`,
    task,
    target,
    labels: fittedTarget.kind === 'classes' ? fittedTarget.classes : null,
    inputSchema: computeInputSchema(schema, table, rows, names),
    preprocessing,
    model: {
      topology: saved.topology,
      weightSpecs: saved.weightSpecs,
      weightsDigest: saved.digest,
      weightBytes: saved.weights.byteLength,
      parameters: model.countParams(),
    },
    environment: {
      app: '0.0.0-test',
      tfjs: tf.version_core,
      backend: 'cpu',
      adapter: null,
      userAgent: 'node',
      datasetVersionId: 'v1',
    },
    evaluation: null,
    modelCardHtml: null,
    createdAt: 0,
  };
  const expectedWeights = model.getWeights().reduce((sum, w) => sum + w.size * 4, 0);
  model.dispose();
  return { ...decodePackage(encodePackage(manifest, saved.weights)), expectedWeights };
}

/** The package's model, loaded as serve-endpoint loads it. */
function loadFromPackage(manifest: PackageManifest, weights: ArrayBuffer) {
  const weightSpecs = manifest.model.weightSpecs as unknown as tf.io.WeightsManifestEntry[];
  const artifacts = { modelTopology: manifest.model.topology, weightSpecs, weightData: weights };
  return tfl.loadLayersModel(tf.io.fromMemory(artifacts));
}

/** What the lab answers for request rows: serve-endpoint's predictWith, step by step. */
async function labPredict(
  manifest: PackageManifest,
  weights: ArrayBuffer,
  rows: RequestRow[],
): Promise<Answer[]> {
  const model = await loadFromPackage(manifest, weights);
  const indices = rows.map((_, i) => i);
  const { schema, table } = computeRequestTable(rows, indices, manifest.inputSchema);
  const x = applyPreprocessing(schema, table, indices, manifest.preprocessing);
  const outputs = await computeOutputs(model, x, rows.length);
  model.dispose();
  const target = manifest.preprocessing.target;
  if (target.kind === 'numeric')
    return Array.from(outputs, (v) => ({ value: v * target.scale + target.mean }));
  const k = target.classes.length;
  return indices.map((i) => {
    const p = Array.from(outputs.subarray(i * k, (i + 1) * k));
    return { label: target.classes[p.indexOf(Math.max(...p))]!, probabilities: p };
  });
}

let dir = '';

/** Writes the export to disk, runs its README's code with node alone, and parses its lines. */
async function runReadmeExample(files: Map<string, Uint8Array>, rows: RequestRow[]) {
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  const [folder] = [...files.keys()][0]!.split('/');
  const readme = new TextDecoder().decode(files.get(`${folder}/README.md`));
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).toContain(modelExampleCode);
  const script = join(dir, folder!, 'predict.mjs');
  await writeFile(script, blocks[0]!);
  const { stdout } = await run(process.execPath, [script, JSON.stringify(rows)], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'Asia/Seoul' },
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Answer);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = await mkdtemp(join(tmpdir(), 'model-export-'));
  // The only package the exported code may use, as if installed next to it.
  await symlink(repoModules, join(dir, 'node_modules'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

function churnColumns(): Column[] {
  const random = createRandom(41);
  const colors = ['red', 'green', 'blue'];
  const rows = Array.from({ length: 60 }, (_, i) => {
    const age = 20 + Math.round(random() * 45);
    const color = colors[Math.floor(random() * 3)]!;
    const income = 25_000 + Math.round(random() * 60_000);
    const member = random() < 0.5 ? 1 : 0;
    const score = (age - 40) / 10 + (color === 'red' ? 1 : 0) - member + random();
    const label = score > 1 ? 'leave' : score > -0.5 ? 'stay' : 'upgrade';
    return {
      age: i % 9 === 0 ? null : age,
      color: i % 11 === 0 ? null : color,
      income,
      member,
      label,
    };
  });
  return [
    { name: 'age', type: 'number', cells: rows.map((r) => r.age) },
    { name: 'color', type: 'category', cells: rows.map((r) => r.color) },
    { name: 'income', type: 'number', cells: rows.map((r) => r.income) },
    { name: 'member', type: 'boolean', cells: rows.map((r) => r.member) },
    { name: 'churn', type: 'category', cells: rows.map((r) => r.label) },
  ];
}

function priceColumns(): Column[] {
  const random = createRandom(77);
  const cities = ['Seoul', 'Busan', 'Daegu'];
  const rows = Array.from({ length: 50 }, (_, i) => {
    const rooms = 1 + Math.floor(random() * 6);
    const city = cities[Math.floor(random() * 3)]!;
    const built = Date.UTC(1990 + Math.floor(random() * 30), Math.floor(random() * 12), 1);
    const price = 120 * rooms + (city === 'Seoul' ? 300 : 0) + (built - Date.UTC(1990, 0, 1)) / 1e9;
    return { rooms, city: i % 7 === 0 ? null : city, built, price: price + random() * 40 };
  });
  return [
    { name: 'rooms', type: 'integer', cells: rows.map((r) => r.rooms) },
    { name: 'city', type: 'category', cells: rows.map((r) => r.city) },
    { name: 'built', type: 'datetime', cells: rows.map((r) => r.built) },
    { name: 'price', type: 'number', cells: rows.map((r) => r.price) },
  ];
}

const mlp: ModelSpec = { family: 'mlp', hidden: [6], activation: 'tanh', dropout: 0, l2: 0 };

describe('an exported model, loaded with @tensorflow/tfjs alone', () => {
  it('gives the lab’s class labels and probabilities, missing and unseen values included', async () => {
    const { manifest, weights } = await makePackage('classification', churnColumns(), mlp, 5);
    const rows: RequestRow[] = [
      { age: 34, color: 'red', income: 48_000, member: true },
      { age: null, color: 'blue', income: 61_000, member: false },
      { age: 58, income: 39_000, member: '1' },
      { age: 29, color: 'purple', income: '45500.5', member: 0 },
      { age: '', color: 'green', income: 80_000, member: 'false' },
      { age: 64, color: 'red', income: 26_000, member: 0 },
    ];
    const expected = await labPredict(manifest, weights, rows);
    const files = computeModelExport(manifest, weights, { locale: 'en' });
    const got = await runReadmeExample(files, rows);
    expect(got).toHaveLength(rows.length);
    expect(got.map((g) => g.label)).toEqual(expected.map((e) => e.label));
    expect(new Set(expected.map((e) => e.label)).size).toBeGreaterThan(1);
    got.forEach((g, i) => {
      const p = expected[i]!.probabilities!;
      expect(g.probabilities).toHaveLength(p.length);
      g.probabilities!.forEach((v, k) => expect(Math.abs(v - p[k]!)).toBeLessThan(1e-6));
    });
  });

  it('gives the lab’s regression values in the target’s units, datetimes included', async () => {
    const spec: ModelSpec = { ...mlp, hidden: [4] };
    const { manifest, weights } = await makePackage('regression', priceColumns(), spec, 9);
    const rows: RequestRow[] = [
      { rooms: 3, city: 'Seoul', built: '2005-06-01T00:00:00Z' },
      { rooms: 1, city: null, built: '1992-01-15T12:30:00Z' },
      { rooms: '5', city: 'Jeju', built: Date.UTC(2018, 2, 1) },
      { rooms: 6, city: 'Busan', built: '2019-11-30T00:00:00+09:00' },
    ];
    const expected = await labPredict(manifest, weights, rows);
    const got = await runReadmeExample(
      computeModelExport(manifest, weights, { locale: 'ko' }),
      rows,
    );
    expect(got).toHaveLength(rows.length);
    got.forEach((g, i) => {
      const want = expected[i]!.value!;
      expect(Math.abs(g.value! - want)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want)));
    });
  });
});

describe('computeModelExport', () => {
  it('writes the standard layers format whose weight file holds every weight, once', async () => {
    const pkg = await makePackage('classification', churnColumns(), mlp, 5);
    const files = computeModelExport(pkg.manifest, pkg.weights, { locale: 'en' });
    expect([...files.keys()].sort()).toEqual(
      ['README.md', 'group1-shard1of1.bin', 'input-schema.json', 'model.json', 'preprocessing.json']
        .map((name) => `Churn-risk-v3/${name}`)
        .sort(),
    );
    const text = (name: string) => new TextDecoder().decode(files.get(`Churn-risk-v3/${name}`));
    const modelJson = JSON.parse(text('model.json')) as {
      format: string;
      convertedBy: null;
      modelTopology: { class_name: string };
      weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[];
    };
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.convertedBy).toBeNull();
    expect(modelJson.modelTopology.class_name).toBe('Sequential');
    const paths = modelJson.weightsManifest.flatMap((group) => group.paths);
    expect(paths.every((path) => files.has(`Churn-risk-v3/${path}`))).toBe(true);
    const listed = modelJson.weightsManifest
      .flatMap((group) => group.weights)
      .reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1) * 4, 0);
    // hidden 7×6 + 6, output 6×3 + 3 float32 weights.
    expect(pkg.expectedWeights).toBe((7 * 6 + 6 + 6 * 3 + 3) * 4);
    expect(listed).toBe(pkg.expectedWeights);
    expect(files.get('Churn-risk-v3/group1-shard1of1.bin')!.byteLength).toBe(pkg.expectedWeights);
    expect(JSON.parse(text('input-schema.json'))).toEqual(pkg.manifest.inputSchema);
  });

  it('loads over HTTP as a browser would, with tf.loadLayersModel of its model.json', async () => {
    const { manifest, weights } = await makePackage('classification', churnColumns(), mlp, 5);
    const files = computeModelExport(manifest, weights, { locale: 'en' });
    const server = createServer((request, response) => {
      const bytes = files.get(decodeURIComponent(request.url ?? '').slice(1));
      response.writeHead(bytes ? 200 : 404).end(bytes);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const url = `http://127.0.0.1:${port}/Churn-risk-v3/model.json`;
      const model = await tfl.loadLayersModel(url);
      const x = new Float32Array([0.5, 0, 0, 1, -1, 1, 0, 0, 1, 0, 0, 2, 0, 1]);
      const got = await computeOutputs(model, x, 2);
      model.dispose();
      const lab = await loadFromPackage(manifest, weights);
      expect(Array.from(got)).toEqual(Array.from(await computeOutputs(lab, x, 2)));
      lab.dispose();
    } finally {
      server.close();
    }
  });

  it('writes a Korean README with the same example when asked for Korean', async () => {
    const pkg = await makePackage('regression', priceColumns(), mlp, 9);
    const files = computeModelExport(pkg.manifest, pkg.weights, { locale: 'ko' });
    const readme = new TextDecoder().decode(files.get('집값-예측-v3/README.md'));
    expect(readme).toContain('순수 JavaScript로 예측하기');
    expect(readme).toContain(modelExampleCode);
    const imports = [...modelExampleCode.matchAll(/^import .* from '([^']+)';$/gm)].map(
      (m) => m[1],
    );
    expect(imports).toEqual(['@tensorflow/tfjs', 'node:fs/promises']);
  });

  it('refuses weights that do not match the package’s weight specs', async () => {
    const { manifest, weights } = await makePackage('regression', priceColumns(), mlp, 9);
    expect(() => computeModelExport(manifest, weights.slice(4), { locale: 'en' })).toThrow(
      expect.objectContaining({ code: 'ARCHIVE_REJECTED' }),
    );
  });
});
