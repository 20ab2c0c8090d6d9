import type { MessageKey } from '../../../../i18n';
import type { ConditionOp, RecipeWarning } from '../../../../lifecycle/data/recipe/types';
import type { Translate } from '../data-labels';
import type { ChoiceKey } from './step-forms';

/** The message key of a select field's option (`data.recipe.option.<field>.<value>`). */
export function optionKey(key: ChoiceKey, value: string): MessageKey {
  return `data.recipe.option.${key}.${value}` as MessageKey;
}

/** The message key of a condition operator. */
export function opKey(op: ConditionOp): MessageKey {
  return `data.recipe.op.${op}` as MessageKey;
}

/** A step's warning in the locale's words. */
export function describeRecipeWarning(warning: RecipeWarning, t: Translate): string {
  return t(`data.recipe.warning.${warning.code}`, {
    column: warning.column,
    count: warning.count,
  });
}
