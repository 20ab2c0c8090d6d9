import { evaluateExpression, listExpressionColumns, parseExpression } from './expression';
import { countWarning, findColumn, invalidStep, numericValues } from './recipe-table';
import type { RecipeResult, RecipeTable, StepOf } from './types';

/**
 * A new number column `name` computed row by row from the expression; a missing input or a
 * non-finite result (division by zero) gives a missing cell, counted in a warning.
 */
export function applyDerive(step: StepOf<'derive'>, input: RecipeTable): RecipeResult {
  if (typeof step.name !== 'string' || step.name.trim() === '')
    throw invalidStep(step.kind, 'the new column needs a name');
  if (input.table.names.includes(step.name))
    throw invalidStep(step.kind, `a column "${step.name}" exists already`, step.name);
  const tree = parseExpression(step.expression);
  const sources = new Map(
    listExpressionColumns(tree).map((name) => [
      name,
      numericValues(input, findColumn(input, name, step.kind), step.kind),
    ]),
  );
  const rows = input.table.rowCount;
  const values = new Float64Array(rows);
  let lost = 0;
  for (let row = 0; row < rows; row++) {
    const value = evaluateExpression(tree, (name) => sources.get(name)![row]!);
    const inputsPresent = [...sources.values()].every((column) => !Number.isNaN(column[row]!));
    if (!Number.isFinite(value) && inputsPresent) lost++;
    values[row] = Number.isFinite(value) ? value : NaN;
  }
  return {
    schema: {
      ...input.schema,
      columns: [...input.schema.columns, { name: step.name, type: 'number', role: 'feature' }],
    },
    table: {
      rowCount: rows,
      names: [...input.table.names, step.name],
      columns: [...input.table.columns, { kind: 'numeric', values }],
    },
    warnings: countWarning(
      'non-finite',
      step.name,
      lost,
      `${lost} rows of "${step.name}" are not finite (e.g. division by zero) and became missing`,
    ),
  };
}
