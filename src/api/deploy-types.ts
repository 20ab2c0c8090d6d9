import type {
  EndpointInfo,
  ErrorPolicy,
  ModelVersion,
  PackageInfo,
  PredictResponse,
  RegistryEvent,
  RequestRow,
  ServeStrategy,
} from '../lifecycle/deploy/types';
import type { PredictionLogRow } from '../storage/entities/prediction-log-row';
import type { RemovalResult } from '../storage/housekeeping-types';

export type * from '../lifecycle/deploy/types';

/** The deploy and serve namespaces of the facade. */
export interface LabDeployNamespaces {
  deploy: {
    /** Registers a finished run as the next version of model `name` in its project. */
    register(runId: string, name: string, options?: { note?: string }): Promise<ModelVersion>;
    /** Every model version of a project, by name then version. */
    versions(projectId: string): Promise<ModelVersion[]>;
    /** The registry's change log of a project, newest first. */
    events(projectId: string): Promise<RegistryEvent[]>;
    /** Points `alias` of model `name` at a version (moving it off any other); `null` removes it. */
    setAlias(
      name: string,
      alias: string,
      modelVersionId: string | null,
      options?: { projectId?: string; note?: string },
    ): Promise<ModelVersion[]>;
    /** Archives a version (its aliases are removed; endpoints serving it keep their package). */
    archive(modelVersionId: string, options?: { note?: string }): Promise<ModelVersion>;
    /** Packages a version (once: the same version gives the same package). */
    package(modelVersionId: string): Promise<PackageInfo>;
    packages(projectId: string): Promise<PackageInfo[]>;
    /** The package's bytes, for download. */
    packageBytes(packageId: string): Promise<Blob>;
    /** Deploys packaged model versions to an endpoint (packaging them if needed). */
    serve(
      endpoint: string,
      options: {
        champion: string;
        challenger?: string | null;
        strategy?: ServeStrategy;
        percent?: number;
        errorPolicy?: ErrorPolicy;
      },
    ): Promise<EndpointInfo>;
    endpoints(projectId: string): Promise<EndpointInfo[]>;
    /** Returns the endpoint to its previous deployment, in one action. */
    rollback(endpoint: string): Promise<EndpointInfo>;
    /** Deletes a version, its aliases and packages; refused while an endpoint or retrain uses it. */
    removeVersion(modelVersionId: string): Promise<RemovalResult>;
  };
  serve: {
    /** Predictions from an endpoint, validated against its package's input schema. */
    predict(endpoint: string, rows: RequestRow[]): Promise<PredictResponse>;
    /** The endpoint's most recent logged predictions (the log keeps the last 10,000 per endpoint). */
    log(endpoint: string, options?: { limit?: number }): Promise<PredictionLogRow[]>;
  };
}
