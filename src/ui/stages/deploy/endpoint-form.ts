import type { ErrorPolicy, ModelVersion, ServeStrategy } from '../../../api/deploy-types';

/** The endpoint form's fields (champion and challenger are model version ids). */
export interface EndpointFormValues {
  endpoint: string;
  champion: string;
  challenger: string;
  strategy: ServeStrategy;
  percent: number;
  errorPolicy: ErrorPolicy;
}

/** Starting values: the model's name, the version aliased champion (else the newest), single. */
export function computeEndpointDefaults(versions: readonly ModelVersion[]): EndpointFormValues {
  const live = versions.filter((version) => !version.archived);
  const champion =
    live.find((version) => version.aliases.includes('champion')) ??
    [...live].sort((a, b) => b.createdAt - a.createdAt)[0];
  const challenger = live.find(
    (version) => version.aliases.includes('challenger') && version.name === champion?.name,
  );
  return {
    endpoint: champion?.name ?? '',
    champion: champion?.id ?? '',
    challenger: challenger?.id ?? '',
    strategy: 'single',
    percent: 10,
    errorPolicy: 'reject-request',
  };
}

/** The facade's serve options from the form (no challenger under the single strategy). */
export function computeServeOptions(values: EndpointFormValues) {
  const challenger =
    values.strategy === 'single' || values.challenger === '' ? null : values.challenger;
  return {
    champion: values.champion,
    challenger,
    strategy: challenger === null ? ('single' as const) : values.strategy,
    percent: Math.min(100, Math.max(0, Math.round(values.percent))),
    errorPolicy: values.errorPolicy,
  };
}
