/**
 * Rules of the model registry: version numbers count up per name, names and aliases are short
 * and plain, an alias points at one version of a name at a time, archived versions hold none.
 */
import { LabError } from '../../shared/lab-error';
import { aliasPattern, maxRegistryNameLength, modelNamePattern } from './defaults';
import type { ModelVersion } from './types';

function invalid(field: string, reason: string, detail: string): LabError {
  return new LabError('INVALID_ARGUMENT', `${field}: ${detail}`, {
    params: { field, reason, detail },
  });
}

function checkName(field: string, value: unknown, pattern: RegExp, allowed: string): void {
  if (typeof value !== 'string') throw invalid(field, 'wrong_type', 'it must be text');
  if (value.length === 0) throw invalid(field, 'required', 'it is required');
  if (value.length > maxRegistryNameLength) {
    throw invalid(field, 'too_long', `it is longer than ${maxRegistryNameLength} characters`);
  }
  if (!pattern.test(value)) {
    throw invalid(field, `bad-${field}`, `"${value}" may hold only ${allowed}`);
  }
}

/** The next version number of model `name`: one past the highest, archived ones included (1 for a new name). */
export function computeNextVersion(versions: ModelVersion[], name: string): number {
  let highest = 0;
  for (const version of versions) {
    if (version.name === name && version.version > highest) highest = version.version;
  }
  return highest + 1;
}

/** INVALID_ARGUMENT unless a model name is 1–64 letters, digits, `-`, `_` or `.`. */
export function checkModelName(name: unknown): void {
  checkName('name', name, modelNamePattern, 'letters, digits, "-", "_" and "."');
}

/** INVALID_ARGUMENT unless an alias is 1–64 lower-case letters, digits or `-`. */
export function checkAliasName(alias: unknown): void {
  checkName('alias', alias, aliasPattern, 'lower-case letters, digits and "-"');
}

/**
 * Moves `alias` of model `name` to the version `targetId` (null: removes it), among one
 * project's `versions`. Returns the versions whose aliases changed, updated (inputs untouched);
 * empty when the alias already points there. NOT_FOUND for an unknown target; INVALID_ARGUMENT
 * for a target of another name or an archived one.
 */
export function computeAliasMove(
  versions: ModelVersion[],
  name: string,
  alias: string,
  targetId: string | null,
): ModelVersion[] {
  checkAliasName(alias);
  if (targetId !== null) {
    const target = versions.find((version) => version.id === targetId);
    if (!target) {
      throw new LabError('NOT_FOUND', `model version ${targetId} not found`, {
        params: { what: `model version ${targetId}` },
      });
    }
    if (target.name !== name) {
      const detail = `version ${targetId} belongs to model "${target.name}", not "${name}"`;
      throw invalid('modelVersionId', 'other-model', detail);
    }
    if (target.archived) {
      throw invalid('modelVersionId', 'archived', `version ${target.version} is archived`);
    }
  }
  const changed: ModelVersion[] = [];
  for (const version of versions) {
    if (version.name !== name) continue;
    const holds = version.aliases.includes(alias);
    const should = version.id === targetId;
    if (holds === should) continue;
    const aliases = should
      ? [...version.aliases, alias]
      : version.aliases.filter((held) => held !== alias);
    changed.push({ ...version, aliases });
  }
  return changed;
}

/** The version archived: its aliases removed (an archived version serves no alias). */
export function computeArchive(version: ModelVersion): ModelVersion {
  return { ...version, archived: true, aliases: [] };
}
