import { defaultLineageSpacing } from './defaults';
import type {
  LineageEdge,
  LineageLayout,
  LineageLayoutOptions,
  LineageNode,
  LineageVersion,
} from './types';

/**
 * Depth of each version: the longest path from a root. Parents missing from the list are
 * ignored; a cycle (which content-addressed versions cannot form) is broken where it is met.
 */
function computeDepths(versions: readonly LineageVersion[]): Map<string, number> {
  const byId = new Map(versions.map((version) => [version.id, version]));
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let depth = 0;
    for (const parent of byId.get(id)?.parents ?? []) {
      if (byId.has(parent) && parent !== id) depth = Math.max(depth, depthOf(parent) + 1);
    }
    visiting.delete(id);
    depths.set(id, depth);
    return depth;
  };
  for (const version of versions) depthOf(version.id);
  return depths;
}

/**
 * A layered layout of the version DAG: one column per depth (imports on the left, each step
 * one column to the right), nodes in each column in the order given (oldest first), and one
 * edge per parent → child labelled with the child's step. Duplicate ids keep the first.
 */
export function computeVersionLayout(
  versions: readonly LineageVersion[],
  options: LineageLayoutOptions = {},
): LineageLayout {
  const { columnGap, rowGap, padding } = { ...defaultLineageSpacing, ...options };
  const unique = versions.filter(
    (version, index) => versions.findIndex((other) => other.id === version.id) === index,
  );
  const depths = computeDepths(unique);
  const layers = new Map<number, number>();
  const nodes: LineageNode[] = unique.map((version) => {
    const depth = depths.get(version.id) ?? 0;
    const order = layers.get(depth) ?? 0;
    layers.set(depth, order + 1);
    return {
      ...version,
      depth,
      order,
      x: padding + depth * columnGap,
      y: padding + order * rowGap,
    };
  });
  const ids = new Set(unique.map((version) => version.id));
  const edges: LineageEdge[] = unique.flatMap((version) =>
    [...new Set(version.parents)]
      .filter((parent) => ids.has(parent) && parent !== version.id)
      .map((parent) => ({ from: parent, to: version.id, step: version.step })),
  );
  const columns = Math.max(0, ...layers.keys()) + 1;
  const rows = Math.max(1, ...layers.values());
  return {
    nodes,
    edges,
    width: 2 * padding + (columns - 1) * columnGap,
    height: 2 * padding + (rows - 1) * rowGap,
  };
}
