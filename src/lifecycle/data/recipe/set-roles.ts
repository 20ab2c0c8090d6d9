import type { ColumnRole } from '../types';
import { findColumn, invalidStep, replaceColumns } from './recipe-table';
import type { RecipeResult, RecipeTable, StepOf } from './types';

const columnRoles: readonly ColumnRole[] = ['feature', 'target', 'id', 'time', 'ignore'];

/**
 * The table with the named columns' roles changed (values untouched). Unknown columns are a
 * SCHEMA_MISMATCH naming the column; at most one column may be the target after the change.
 */
export function applySetRoles(step: StepOf<'set-roles'>, input: RecipeTable): RecipeResult {
  const roles = step.roles as unknown;
  if (typeof roles !== 'object' || roles === null || Array.isArray(roles)) {
    throw invalidStep(step.kind, 'roles must map column names to roles');
  }
  const entries = Object.entries(roles as Record<string, unknown>);
  if (entries.length === 0) throw invalidStep(step.kind, 'roles must name at least one column');
  const changed = new Map<number, ColumnRole>();
  for (const [name, role] of entries) {
    const c = findColumn(input, name, step.kind);
    if (!columnRoles.includes(role as ColumnRole))
      throw invalidStep(step.kind, `unknown role "${String(role)}"`, name);
    changed.set(c, role as ColumnRole);
  }
  const targets = input.schema.columns.filter(
    (column, c) => (changed.get(c) ?? column.role) === 'target',
  );
  if (targets.length > 1) {
    throw invalidStep(
      step.kind,
      `only one column may be the target (${targets.map((t) => `"${t.name}"`).join(', ')})`,
    );
  }
  return replaceColumns(
    input,
    new Map(
      [...changed].map(([c, role]) => [
        c,
        [{ schema: { ...input.schema.columns[c]!, role }, values: input.table.columns[c]! }],
      ]),
    ),
  );
}
