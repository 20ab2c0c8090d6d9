/**
 * Packaging in the serve worker: a registered version's run (final weights, fitted
 * preprocessing, input schema from its training rows, labels, environment, evaluation summary
 * and model card) encoded into one immutable buffer whose id is its SHA-256 digest.
 */
import { computeInputSchema } from '../../src/lifecycle/deploy/input-schema';
import { encodePackage } from '../../src/lifecycle/deploy/package-codec';
import type { PackageInfo, PackageManifest } from '../../src/lifecycle/deploy/types';
import { computeTrainingData } from '../../src/lifecycle/train/prepare-training';
import { LabError } from '../../src/shared/lab-error';
import { createDeployRepo, createRunsRepo, type LabStore } from '../../src/storage';
import { computeSha256 } from '../data/version-digest';
import { loadVersionTable } from '../data/version-table';

/** What packaging is asked for: the version, and the model card the page rendered. */
export interface PackageRequest {
  dbName?: string;
  modelVersionId: string;
  modelCardHtml: string | null;
  note?: string;
}

/** Packages a version (the same version always gives the same package). */
export async function packageModelVersion(
  store: LabStore,
  request: PackageRequest,
  clock: () => number,
): Promise<PackageInfo> {
  const deploy = createDeployRepo(store);
  const version = await deploy.version(request.modelVersionId);
  if (version.packageId) {
    const row = await deploy.packageRow(version.packageId);
    return {
      id: row.id,
      modelVersionId: row.modelVersionId,
      manifest: row.manifest,
      bytes: row.bytes.byteLength,
      createdAt: row.createdAt,
    };
  }
  const runs = createRunsRepo(store);
  const run = await runs.get(version.runId);
  const final = await runs.checkpoint(run.id, 'final');
  if (run.status !== 'done' || !run.artifact || !run.preprocessing || !final || !run.environment) {
    throw new LabError('INVALID_ARGUMENT', `Run ${run.id} has no final model to package.`, {
      params: { field: 'modelVersionId', reason: 'run-not-done', status: run.status },
    });
  }
  const { version: data, table } = await loadVersionTable(store, run.versionId);
  const parts = computeTrainingData({ schema: data.schema, table, config: run.config });
  const evaluation = (await runs.evaluation(`${run.id}:test`))?.report ?? null;
  const target = run.preprocessing.target;
  const manifest: PackageManifest = {
    format: 'lifecycle-lab-package',
    formatVersion: 1,
    projectId: run.projectId,
    modelVersionId: version.id,
    name: version.name,
    version: version.version,
    runId: run.id,
    task: run.config.task,
    target: run.config.target,
    labels: target.kind === 'classes' ? target.classes : null,
    inputSchema: computeInputSchema(data.schema, table, parts.train.rows, run.config.features),
    preprocessing: run.preprocessing,
    model: {
      topology: final.topology as Record<string, unknown>,
      weightSpecs: final.weightSpecs as Record<string, unknown>[],
      weightsDigest: final.digest,
      weightBytes: final.weights.byteLength,
      parameters: run.artifact.parameters,
    },
    environment: { ...run.environment, datasetVersionId: run.versionId },
    evaluation: evaluation
      ? { split: evaluation.split, metrics: evaluation.metrics, verdict: evaluation.gate.verdict }
      : null,
    modelCardHtml: request.modelCardHtml,
    // The package's time is its run's finish: the same version always packs to the same bytes.
    createdAt: run.finishedAt ?? run.createdAt,
  };
  const bytes = encodePackage(manifest, final.weights);
  const id = await computeSha256(new Uint8Array(bytes));
  const at = clock();
  await deploy.savePackage(
    { id, projectId: run.projectId, modelVersionId: version.id, manifest, bytes, createdAt: at },
    version,
    {
      id: crypto.randomUUID(),
      projectId: run.projectId,
      name: version.name,
      modelVersionId: version.id,
      kind: 'package',
      alias: null,
      note: request.note ?? '',
      at,
    },
  );
  return { id, modelVersionId: version.id, manifest, bytes: bytes.byteLength, createdAt: at };
}
