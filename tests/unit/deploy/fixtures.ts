import type { PackageManifest } from '../../../src/lifecycle/deploy';

/** A small, complete manifest for codec tests. */
export function manifestOf(weightBytes: number): PackageManifest {
  return {
    format: 'lifecycle-lab-package',
    formatVersion: 1,
    projectId: 'p1',
    modelVersionId: 'mv1',
    name: 'churn',
    version: 1,
    runId: 'r1',
    task: 'classification',
    target: 'churned',
    labels: ['no', 'yes'],
    inputSchema: [
      { name: 'age', type: 'number', nullable: false, categories: null, min: 18, max: 90 },
      {
        name: 'plan',
        type: 'category',
        nullable: true,
        categories: ['a', 'b'],
        min: null,
        max: null,
      },
    ],
    preprocessing: {
      features: [
        { kind: 'numeric', column: 'age', mean: 40, scale: 12, constant: false },
        { kind: 'one-hot', column: 'plan', categories: ['a', 'b'] },
      ],
      inputWidth: 3,
      target: { kind: 'classes', column: 'churned', classes: ['no', 'yes'] },
    },
    model: {
      topology: { class_name: 'Sequential', config: { name: 'm', layers: [] } },
      weightSpecs: [{ name: 'dense/kernel', shape: [3, 2], dtype: 'float32' }],
      weightsDigest: 'ab'.repeat(32),
      weightBytes,
      parameters: 8,
    },
    environment: {
      app: '0.1.0',
      tfjs: '4.22.0',
      backend: 'wasm',
      adapter: null,
      userAgent: 'test',
      datasetVersionId: 'dv1',
    },
    evaluation: { split: 'test', metrics: { accuracy: 0.9, auc: null }, verdict: 'pass' },
    modelCardHtml: '<p>Model card — 모델 카드</p>',
    createdAt: 1_700_000_000_000,
  };
}
