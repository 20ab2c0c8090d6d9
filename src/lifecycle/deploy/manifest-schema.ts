/** The shape a package manifest must have to be read (checked with valibot on every decode). */
import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const inputFieldSchema = v.object({
  name: v.string(),
  type: v.picklist(['number', 'integer', 'category', 'boolean', 'datetime', 'text']),
  nullable: v.boolean(),
  categories: v.nullable(v.array(v.string())),
  min: v.nullable(v.number()),
  max: v.nullable(v.number()),
});

const featureTransformSchema = v.variant('kind', [
  v.object({
    kind: v.literal('numeric'),
    column: v.string(),
    mean: v.number(),
    scale: v.number(),
    constant: v.boolean(),
  }),
  v.object({ kind: v.literal('one-hot'), column: v.string(), categories: v.array(v.string()) }),
]);

const targetTransformSchema = v.variant('kind', [
  v.object({ kind: v.literal('classes'), column: v.string(), classes: v.array(v.string()) }),
  v.object({ kind: v.literal('numeric'), column: v.string(), mean: v.number(), scale: v.number() }),
]);

/** A package manifest (unknown extra keys are dropped; `__proto__` keys never reach objects). */
export const packageManifestSchema = v.object({
  format: v.literal('lifecycle-lab-package'),
  formatVersion: v.literal(1),
  projectId: v.string(),
  modelVersionId: v.string(),
  name: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  runId: v.string(),
  task: v.picklist(['classification', 'regression']),
  target: v.string(),
  labels: v.nullable(v.array(v.string())),
  inputSchema: v.array(inputFieldSchema),
  preprocessing: v.object({
    features: v.array(featureTransformSchema),
    inputWidth: count,
    target: targetTransformSchema,
  }),
  model: v.object({
    topology: v.record(v.string(), v.unknown()),
    weightSpecs: v.array(v.record(v.string(), v.unknown())),
    weightsDigest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    weightBytes: count,
    parameters: count,
  }),
  environment: v.object({
    app: v.string(),
    tfjs: v.string(),
    backend: v.string(),
    adapter: v.nullable(v.string()),
    userAgent: v.string(),
    datasetVersionId: v.string(),
  }),
  evaluation: v.nullable(
    v.object({
      split: v.string(),
      metrics: v.record(v.string(), v.nullable(v.number())),
      verdict: v.string(),
    }),
  ),
  modelCardHtml: v.nullable(v.string()),
  createdAt: v.number(),
});
