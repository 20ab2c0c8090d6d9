import type { ModelVersion, RegistryEvent } from '../../lifecycle/deploy/types';

/** A registered model version (`models`): a finished run under a model name. */
export type ModelRow = ModelVersion;

/** One change of the registry (`registryEvents`). */
export type RegistryEventRow = RegistryEvent;
