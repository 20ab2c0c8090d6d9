import { LabError } from '../../../shared/lab-error';
import { fitBin, applyBin, applyLogTransform, fitLogTransform } from './log-bin';
import { applyClipOutliers, applyScale, fitClipOutliers, fitScale } from './clip-scale';
import { applyCast, applyDropColumns, applyRenameColumns } from './column-steps';
import { applyDerive } from './derive';
import { applyEncode, fitEncode } from './encode';
import { applyDropDuplicates, applyFilterRows } from './filter-rows';
import { applyImpute, fitImpute } from './impute';
import { applyLabel, fitLabel } from './label';
import { invalidStep, takeRows } from './recipe-table';
import { applySetRoles } from './set-roles';
import { applySplit, fitSplit } from './split';
import { recipeStepKinds } from './defaults';
import type { FittedStep, RecipeResult, RecipeStep, RecipeTable } from './types';

function checkInput(input: RecipeTable): void {
  const names = input.schema.columns.map((column) => column.name);
  if (
    names.length !== input.table.names.length ||
    names.some((name, c) => name !== input.table.names[c])
  ) {
    throw new LabError('SCHEMA_MISMATCH', 'The schema does not describe the table’s columns', {
      params: { reason: 'schema-table' },
    });
  }
}

function checkStep(step: unknown): asserts step is RecipeStep {
  const kind = (step as { kind?: unknown } | null)?.kind;
  if (
    typeof step !== 'object' ||
    step === null ||
    !recipeStepKinds.includes(kind as RecipeStep['kind'])
  ) {
    throw new LabError('INVALID_ARGUMENT', `Unknown recipe step "${String(kind)}"`, {
      params: {
        step: String(kind),
        field: 'kind',
        reason: 'unknown-step',
        reasonText: `unknown recipe step "${String(kind)}"`,
      },
    });
  }
}

/**
 * Learns a step's parameters from a table (means, scales, categories, edges); steps without
 * parameters are validated by a dry run on none of the rows. The result is plain JSON that `applyRecipeStep`
 * re-applies to any table with the same columns (serving, retraining).
 */
export function fitRecipeStep(step: RecipeStep, input: RecipeTable): FittedStep {
  checkStep(step);
  checkInput(input);
  const copy = JSON.parse(JSON.stringify(step)) as RecipeStep;
  switch (copy.kind) {
    case 'impute':
      return { ...copy, fitted: fitImpute(copy, input) };
    case 'clip-outliers':
      return { ...copy, fitted: fitClipOutliers(copy, input) };
    case 'scale':
      return { ...copy, fitted: fitScale(copy, input) };
    case 'encode':
      return { ...copy, fitted: fitEncode(copy, input) };
    case 'log-transform':
      return { ...copy, fitted: fitLogTransform(copy, input) };
    case 'bin':
      return { ...copy, fitted: fitBin(copy, input) };
    case 'split':
      return { ...copy, fitted: fitSplit(copy, input) };
    case 'label':
      return { ...copy, fitted: fitLabel(copy, input) };
    default: {
      const fitted = { ...copy, fitted: {} } as FittedStep;
      applyRecipeStep(fitted, takeRows(input, []));
      return fitted;
    }
  }
}

/** Applies a fitted step to a table: the one function training, serving and retraining use. */
export function applyRecipeStep(step: FittedStep, input: RecipeTable): RecipeResult {
  checkStep(step);
  checkInput(input);
  if (typeof step.fitted !== 'object' || step.fitted === null)
    throw invalidStep(step.kind, 'the step is not fitted');
  switch (step.kind) {
    case 'drop-columns':
      return applyDropColumns(step, input);
    case 'rename-columns':
      return applyRenameColumns(step, input);
    case 'cast':
      return applyCast(step, input);
    case 'set-roles':
      return applySetRoles(step, input);
    case 'filter-rows':
      return applyFilterRows(step, input);
    case 'drop-duplicates':
      return applyDropDuplicates(step, input);
    case 'impute':
      return applyImpute(step, step.fitted, input);
    case 'clip-outliers':
      return applyClipOutliers(step, step.fitted, input);
    case 'scale':
      return applyScale(step, step.fitted, input);
    case 'encode':
      return applyEncode(step, step.fitted, input);
    case 'log-transform':
      return applyLogTransform(step, step.fitted, input);
    case 'bin':
      return applyBin(step, step.fitted, input);
    case 'derive':
      return applyDerive(step, input);
    case 'split':
      return applySplit(step, input);
    case 'label':
      return applyLabel(step, input);
  }
}

/** Fits a step on a table and applies it there: the fitted step and the new table. */
export function runRecipeStep(
  step: RecipeStep,
  input: RecipeTable,
): { fitted: FittedStep; result: RecipeResult } {
  const fitted = fitRecipeStep(step, input);
  return { fitted, result: applyRecipeStep(fitted, input) };
}
