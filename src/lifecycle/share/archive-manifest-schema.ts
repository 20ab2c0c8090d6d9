/** The shape an archive manifest must have to be imported (checked with valibot on every read). */
import * as v from 'valibot';
import type { LineageGraph } from '../lineage/graph-types';
import { archiveFormat, archiveFormatVersion } from './archive-types';
import type { ArchiveManifest } from './archive-types';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const lineageNodeSchema = v.object({
  key: v.string(),
  kind: v.picklist([
    'dataset-version',
    'run',
    'model-version',
    'package',
    'deployment',
    'monitor-session',
    'retrain',
  ]),
  id: v.string(),
  label: v.string(),
  status: v.nullable(v.string()),
  createdAt: v.number(),
});

const lineageEdgeSchema = v.object({
  from: v.string(),
  to: v.string(),
  kind: v.string(),
  detail: v.nullable(v.string()),
});

/** A project's lineage graph as an archive carries it. */
export const archiveLineageSchema = v.object({
  projectId: v.string(),
  nodes: v.array(lineageNodeSchema),
  edges: v.array(lineageEdgeSchema),
});

/** One listed file: path, lower-case hex SHA-256, size in bytes, kind. */
export const archiveEntrySchema = v.object({
  path: v.pipe(v.string(), v.minLength(1)),
  sha256: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{64}$/, 'Invalid SHA-256: 64 lower-case hex digits'),
  ),
  size: count,
  kind: v.string(),
});

/** An archive manifest (unknown extra keys are dropped; unsafe keys were refused before this). */
export const archiveManifestSchema = v.object({
  format: v.literal(archiveFormat),
  formatVersion: v.literal(archiveFormatVersion),
  app: v.string(),
  createdAt: count,
  scope: v.object({
    kind: v.picklist(['project', 'selection']),
    projectId: v.string(),
    items: v.array(v.string()),
  }),
  entries: v.array(archiveEntrySchema),
  lineage: archiveLineageSchema,
  contents: v.unknown(),
});

type Parsed = v.InferOutput<typeof archiveManifestSchema>;
// The schema's output must be the manifest type, field for field (a compile-time check).
const sameShape: [Parsed] extends [ArchiveManifest] ? true : false = true;
const sameLineage: [v.InferOutput<typeof archiveLineageSchema>] extends [LineageGraph]
  ? true
  : false = true;
void sameShape;
void sameLineage;

/** The first problem valibot found, as `field: why` (e.g. `entries.0.size: Invalid type …`). */
export function computeSchemaProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (issue === undefined) return 'manifest: invalid';
  const field = v.getDotPath(issue) ?? 'manifest';
  return `${field}: ${issue.message}`;
}
