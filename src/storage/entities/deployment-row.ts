import type { ErrorPolicy, ServeStrategy } from '../../lifecycle/deploy/types';

/** How traffic is split between champion and challenger. */
export type DeploymentStrategy = ServeStrategy;

/** A deployment of packages to an endpoint (`deployments`); the newest per endpoint serves. */
export interface DeploymentRow {
  id: string;
  projectId: string;
  endpoint: string;
  championPackageId: string;
  challengerPackageId: string | null;
  strategy: DeploymentStrategy;
  /** Share of traffic to the challenger, 0 to 100. */
  percent: number;
  errorPolicy: ErrorPolicy;
  /** The deployment this one replaced; rollback returns to it. */
  previousDeploymentId: string | null;
  createdAt: number;
}
