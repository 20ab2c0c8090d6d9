import type { ModelVersion, RegistryEvent } from '../lifecycle/deploy/types';
import { LabError } from '../shared/lab-error';
import type { DeploymentRow } from './entities/deployment-row';
import type { PackageRow } from './entities/package-row';
import type { PredictionLogRow } from './entities/prediction-log-row';
import { removeModelVersion } from './housekeeping-remove';
import type { RemovalResult } from './housekeeping-types';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Most predictions the log keeps per endpoint (the oldest go first). */
export const predictionLogLimit = 10_000;

function notFound(what: string, id: string): LabError {
  return new LabError('NOT_FOUND', `No ${what} with id "${id}".`, {
    params: { id, what: `${what} ${id}` },
  });
}

/** The registry, packages, deployments and prediction log: the only module writing them. */
export interface DeployRepo {
  versions(projectId: string): Promise<ModelVersion[]>;
  version(id: string): Promise<ModelVersion>;
  /** Writes changed versions and their registry events in one transaction. */
  saveVersions(versions: readonly ModelVersion[], events: readonly RegistryEvent[]): Promise<void>;
  events(projectId: string): Promise<RegistryEvent[]>;
  packageRow(id: string): Promise<PackageRow>;
  packages(projectId: string): Promise<PackageRow[]>;
  /** Stores a package (once per digest) and points its version at it, with the event. */
  savePackage(row: PackageRow, version: ModelVersion, event: RegistryEvent): Promise<void>;
  /** The serving deployment of an endpoint (its newest), or undefined. */
  deployment(endpoint: string): Promise<DeploymentRow | undefined>;
  deploymentById(id: string): Promise<DeploymentRow | undefined>;
  /** Each endpoint's serving deployment in a project. */
  deployments(projectId: string): Promise<DeploymentRow[]>;
  saveDeployment(row: DeploymentRow): Promise<void>;
  /** Appends predictions, dropping the endpoint's oldest beyond `predictionLogLimit`. */
  appendLog(endpoint: string, rows: readonly PredictionLogRow[]): Promise<void>;
  log(endpoint: string, limit: number): Promise<PredictionLogRow[]>;
  /** Deletes a model version and its packages unless an endpoint or retrain uses them. */
  removeVersion(id: string): Promise<RemovalResult>;
}

/** The deploy repository over an open store. */
export function createDeployRepo(store: LabStore): DeployRepo {
  const { db } = store;
  return {
    versions: (projectId) =>
      runRead(store, [db.models], async () =>
        (await db.models.where('projectId').equals(projectId).toArray()).sort(
          (a, b) => a.name.localeCompare(b.name) || a.version - b.version,
        ),
      ),
    version: (id) =>
      runRead(store, [db.models], async () => {
        const row = await db.models.get(id);
        if (!row) throw notFound('model version', id);
        return row;
      }),
    saveVersions: (versions, events) =>
      runWrite(store, [db.models, db.registryEvents], async () => {
        await db.models.bulkPut([...versions]);
        await db.registryEvents.bulkPut([...events]);
      }),
    events: (projectId) =>
      runRead(store, [db.registryEvents], async () =>
        (await db.registryEvents.where('projectId').equals(projectId).sortBy('at')).reverse(),
      ),
    packageRow: (id) =>
      runRead(store, [db.packages], async () => {
        const row = await db.packages.get(id);
        if (!row) throw notFound('package', id);
        return row;
      }),
    packages: (projectId) =>
      runRead(store, [db.packages], () =>
        db.packages.where('projectId').equals(projectId).toArray(),
      ),
    savePackage: (row, version, event) =>
      runWrite(store, [db.packages, db.models, db.registryEvents], async () => {
        if (!(await db.packages.get(row.id))) await db.packages.put(row);
        await db.models.put({ ...version, packageId: row.id });
        await db.registryEvents.put(event);
      }),
    deployment: (endpoint) =>
      runRead(store, [db.deployments], async () =>
        (await db.deployments.where('endpoint').equals(endpoint).sortBy('createdAt')).at(-1),
      ),
    deploymentById: (id) => runRead(store, [db.deployments], () => db.deployments.get(id)),
    deployments: (projectId) =>
      runRead(store, [db.deployments], async () => {
        const rows = await db.deployments.where('projectId').equals(projectId).sortBy('createdAt');
        const latest = new Map(rows.map((row) => [row.endpoint, row]));
        return [...latest.values()];
      }),
    saveDeployment: (row) =>
      runWrite(store, [db.deployments], async () => void (await db.deployments.put(row))),
    appendLog: (endpoint, rows) =>
      runWrite(store, [db.predictionLog], async () => {
        await db.predictionLog.bulkAdd([...rows]);
        // Counted in the database and only the excess (oldest first) read: listing every key
        // of a full log on each request made a one-row prediction cost ~20 ms.
        const range = () =>
          db.predictionLog
            .where('[sessionId+at]')
            .between([endpoint, -Infinity], [endpoint, Infinity]);
        const count = await range().count();
        if (count > predictionLogLimit) {
          await db.predictionLog.bulkDelete(
            await range()
              .limit(count - predictionLogLimit)
              .primaryKeys(),
          );
        }
      }),
    log: (endpoint, limit) =>
      runRead(store, [db.predictionLog], async () =>
        (
          await db.predictionLog
            .where('[sessionId+at]')
            .between([endpoint, -Infinity], [endpoint, Infinity])
            .toArray()
        )
          .slice(-limit)
          .reverse(),
      ),
    removeVersion: (id) => removeModelVersion(store, id),
  };
}
