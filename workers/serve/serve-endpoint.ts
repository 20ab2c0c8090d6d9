/**
 * Serving in the serve worker: endpoints answer only from packages. A package is loaded once
 * per worker, after its bytes hash to its id; requests are validated against its input schema,
 * turned into the same model inputs as training (the run's fitted preprocessing), routed by the
 * deployment's strategy (single, canary, shadow) and logged (bounded).
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { decodePackage } from '../../src/lifecycle/deploy/package-codec';
import { computeRequestTable } from '../../src/lifecycle/deploy/request-table';
import { computeRoute } from '../../src/lifecycle/deploy/traffic';
import type {
  PackageManifest,
  PredictResponse,
  RequestRow,
} from '../../src/lifecycle/deploy/types';
import { validateRequestRows } from '../../src/lifecycle/deploy/validate-request';
import { applyPreprocessing } from '../../src/lifecycle/train/apply-preprocessing';
import { computeOutputs } from '../../src/lifecycle/train/tf/train-step';
import { LabError } from '../../src/shared/lab-error';
import { createDeployRepo, type DeploymentRow, type LabStore } from '../../src/storage';
import { computeSha256 } from '../data/version-digest';
import { activateServing } from './run-model';

interface LoadedPackage {
  id: string;
  manifest: PackageManifest;
  model: tfl.LayersModel;
}

const loaded = new Map<string, Promise<LoadedPackage>>();
const sequences = new Map<string, number>();

/** Loads a package by id: refused (ARCHIVE_REJECTED) when its bytes do not hash to its id. */
export async function loadPackage(store: LabStore, id: string): Promise<LoadedPackage> {
  let pending = loaded.get(id);
  if (!pending) {
    pending = (async () => {
      const row = await createDeployRepo(store).packageRow(id);
      const digest = await computeSha256(new Uint8Array(row.bytes));
      if (digest !== id) {
        throw new LabError(
          'ARCHIVE_REJECTED',
          `Package ${id.slice(0, 12)} was altered: its bytes no longer match its digest, so it is refused.`,
          {
            params: {
              reason: 'digest-mismatch',
              detail: `package ${id.slice(0, 12)} does not match its digest`,
            },
          },
        );
      }
      const { manifest, weights } = decodePackage(row.bytes);
      await activateServing();
      const model = await tfl.loadLayersModel(
        tf.io.fromMemory({
          modelTopology: manifest.model.topology,
          weightSpecs: manifest.model.weightSpecs as unknown as tf.io.WeightsManifestEntry[],
          weightData: weights,
        }),
      );
      return { id, manifest, model };
    })();
    loaded.set(id, pending);
    pending.catch(() => loaded.delete(id));
  }
  return pending;
}

/** Predictions of one package for request rows (already validated), in the target's units. */
async function predictWith(pkg: LoadedPackage, rows: RequestRow[], indices: number[]) {
  const { manifest } = pkg;
  const { schema, table } = computeRequestTable(rows, indices, manifest.inputSchema);
  const positions = Array.from(indices, (_, i) => i);
  const x = applyPreprocessing(schema, table, positions, manifest.preprocessing);
  const outputs = await computeOutputs(pkg.model, x, positions.length);
  const target = manifest.preprocessing.target;
  if (target.kind === 'numeric') {
    return {
      values: Array.from(outputs, (v) => v * target.scale + target.mean),
      probabilities: null,
    };
  }
  const k = target.classes.length;
  const probabilities = positions.map((i) => Array.from(outputs.subarray(i * k, (i + 1) * k)));
  const values = probabilities.map((p) => target.classes[p.indexOf(Math.max(...p))]!);
  return { values, probabilities };
}

/** One package's predictions for rows (invalid rows give null), without routing or logging. */
export async function predictPackage(
  store: LabStore,
  packageId: string,
  rows: RequestRow[],
): Promise<(string | number | null)[]> {
  const pkg = await loadPackage(store, packageId);
  const checked = validateRequestRows(rows, pkg.manifest.inputSchema);
  const result: (string | number | null)[] = rows.map(() => null);
  if (checked.rows.length === 0) return result;
  const out = await predictWith(pkg, rows, checked.rows);
  checked.rows.forEach((row, i) => (result[row] = out.values[i]!));
  return result;
}

function refuse(errors: ReturnType<typeof validateRequestRows>['errors']): LabError {
  const [first] = errors;
  const list = errors
    .slice(0, 5)
    .map((e) => `row ${e.row} "${e.field}": ${e.reason}`)
    .join('; ');
  return new LabError(
    'INVALID_ARGUMENT',
    `The request was refused: ${list}${errors.length > 5 ? '…' : ''}`,
    {
      row: first!.row,
      column: first!.field,
      params: {
        field: first!.field,
        reason: 'request-invalid',
        count: errors.length,
        detail: list,
      },
    },
  );
}

/** Answers a request at an endpoint. */
export async function predictEndpoint(
  store: LabStore,
  request: { endpoint: string; rows: unknown; sessionId?: string },
  now: () => number,
): Promise<PredictResponse> {
  const started = now();
  const deploy = createDeployRepo(store);
  const deployment: DeploymentRow | undefined = await deploy.deployment(request.endpoint);
  if (!deployment) {
    throw new LabError('NOT_FOUND', `No endpoint named "${request.endpoint}".`, {
      params: { what: `endpoint ${request.endpoint}` },
    });
  }
  const champion = await loadPackage(store, deployment.championPackageId);
  const challenger = deployment.challengerPackageId
    ? await loadPackage(store, deployment.challengerPackageId)
    : null;
  const checked = validateRequestRows(request.rows, champion.manifest.inputSchema);
  if (checked.errors.length > 0 && deployment.errorPolicy === 'reject-request')
    throw refuse(checked.errors);
  const rows = request.rows as RequestRow[];
  const seq = (sequences.get(request.endpoint) ?? 0) + 1;
  sequences.set(request.endpoint, seq);
  const toChallenger =
    deployment.strategy === 'canary' && challenger
      ? checked.rows.filter((row) => computeRoute(seq, row, deployment.percent, 0) === 'challenger')
      : [];
  const challenged = new Set(toChallenger);
  const toChampion = checked.rows.filter((row) => !challenged.has(row));
  const predictions: (string | number | null)[] = rows.map(() => null);
  const labels = champion.manifest.labels;
  const probabilities: number[][] | null = labels ? rows.map(() => []) : null;
  const answers: PredictResponse['answers'] = rows.map(() => ({
    modelVersionId: champion.manifest.modelVersionId,
    packageId: champion.id,
    role: 'champion' as const,
  }));
  for (const [pkg, indices, role] of [
    [champion, toChampion, 'champion'],
    [challenger, toChallenger, 'challenger'],
  ] as const) {
    if (!pkg || indices.length === 0) continue;
    const out = await predictWith(pkg, rows, indices);
    indices.forEach((row, i) => {
      predictions[row] = out.values[i]!;
      if (probabilities && out.probabilities) probabilities[row] = out.probabilities[i]!;
      answers[row] = { modelVersionId: pkg.manifest.modelVersionId, packageId: pkg.id, role };
    });
  }
  let shadow: PredictResponse['shadow'] = null;
  if (deployment.strategy === 'shadow' && challenger && checked.rows.length > 0) {
    const out = await predictWith(challenger, rows, checked.rows);
    const shadowed: (string | number | null)[] = rows.map(() => null);
    checked.rows.forEach((row, i) => (shadowed[row] = out.values[i]!));
    shadow = { modelVersionId: challenger.manifest.modelVersionId, predictions: shadowed };
  }
  const latencyMs = now() - started;
  const at = Date.now();
  await deploy.appendLog(
    request.sessionId ?? request.endpoint,
    checked.rows.map((row) => ({
      projectId: deployment.projectId,
      sessionId: request.sessionId ?? request.endpoint,
      deploymentId: deployment.id,
      modelVersionId: answers[row]!.modelVersionId,
      at,
      input: rows[row] as PredictionLogRowInput,
      prediction: predictions[row]!,
      probabilities: probabilities?.[row] ?? null,
      label: null,
      latencyMs: latencyMs / Math.max(1, checked.rows.length),
    })),
  );
  return {
    endpoint: request.endpoint,
    answers,
    predictions,
    probabilities,
    labels,
    errors: checked.errors,
    shadow,
    latencyMs,
  };
}

type PredictionLogRowInput = Record<string, number | string | null>;
