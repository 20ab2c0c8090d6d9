/**
 * The plain-JavaScript example of an exported model's README: an ES module that needs only
 * `@tensorflow/tfjs`, loads the model from its files in Node, applies `preprocessing.json` to
 * input objects and prints one JSON answer per line. The README and its test use this text.
 */

/** The example's code (ES module, Node 18+), placed in the README's one `js` block. */
export const modelExampleCode = `import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';

const read = (name) => readFile(new URL(name, import.meta.url));
const modelJson = JSON.parse(await read('model.json'));
const prep = JSON.parse(await read('preprocessing.json'));
const [group] = modelJson.weightsManifest;
const bin = await read(group.paths[0]);
const model = await tf.loadLayersModel(
  tf.io.fromMemory({
    modelTopology: modelJson.modelTopology,
    weightSpecs: group.weights,
    weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
  }),
);

// One input object -> the model's input vector, as preprocessing.json says.
function toVector(row) {
  const x = [];
  for (const f of prep.features) {
    const v = row[f.name];
    const missing = v === null || v === undefined || String(v).trim() === '';
    if (f.transform === 'standardize') {
      const n = missing ? f.fill : f.unit && typeof v === 'string' ? Date.parse(v) : Number(v);
      x.push((n - f.mean) / f.scale);
    } else {
      const label = missing ? null : (f.aliases?.[String(v)] ?? String(v));
      for (const c of f.categories) x.push(c === label ? 1 : 0);
    }
  }
  return x;
}

const rows = [JSON.parse(process.argv[2] ?? '{}')].flat();
const outputs = tf.tidy(() => model.predict(tf.tensor2d(rows.map(toVector))).arraySync());
for (const y of outputs) {
  if (prep.output.kind === 'class') {
    const label = prep.output.labels[y.indexOf(Math.max(...y))];
    console.log(JSON.stringify({ label, probabilities: y }));
  } else {
    console.log(JSON.stringify({ value: y[0] * prep.output.scale + prep.output.mean }));
  }
}
`;
