import type { LineageSources } from './types';

/** The deployment serving `endpoint` at `at`: the newest made by then, else the first one. */
export function computeServingDeployment(
  deployments: LineageSources['deployments'],
  endpoint: string,
  at: number,
): string | null {
  const onEndpoint = deployments
    .filter((row) => row.endpoint === endpoint)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const before = onEndpoint.filter((row) => row.createdAt <= at);
  return (before.at(-1) ?? onEndpoint[0])?.id ?? null;
}

/** The newest deployment of each endpoint (the one that serves). */
export function computeServingIds(deployments: LineageSources['deployments']): Set<string> {
  const newest = new Map<string, { id: string; createdAt: number }>();
  for (const row of deployments) {
    const known = newest.get(row.endpoint);
    const newer =
      !known ||
      row.createdAt > known.createdAt ||
      (row.createdAt === known.createdAt && row.id > known.id);
    if (newer) newest.set(row.endpoint, row);
  }
  return new Set([...newest.values()].map((row) => row.id));
}
