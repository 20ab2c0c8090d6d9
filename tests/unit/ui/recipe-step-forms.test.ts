import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';
import type { DatasetSchema } from '../../../src/lifecycle/data/types';
import { optionKey, opKey } from '../../../src/ui/stages/data/recipe/recipe-labels';
import {
  buildCondition,
  buildStep,
  choiceOptions,
  conditionOps,
  createDraft,
  describeStepFields,
  isDraftComplete,
  isFieldShown,
  listSuitableColumns,
  stepKinds,
  type ChoiceKey,
} from '../../../src/ui/stages/data/recipe/step-forms';

const schema: DatasetSchema = {
  columns: [
    { name: 'Species', type: 'category', role: 'target' },
    { name: 'Island', type: 'category', role: 'feature' },
    { name: 'Body Mass (g)', type: 'number', role: 'feature' },
    { name: 'Year', type: 'integer', role: 'feature' },
    { name: 'Seen', type: 'datetime', role: 'time' },
  ],
  missingTokens: [],
};

describe('recipe step forms', () => {
  it('describeStepFields gives every offered kind at least one field', () => {
    for (const kind of stepKinds) expect(describeStepFields(kind).length).toBeGreaterThan(0);
  });

  it('scale offers only number and integer columns', () => {
    const field = describeStepFields('scale')[0]!;
    expect(field.kind).toBe('columns');
    const types = field.kind === 'columns' ? field.types : null;
    expect(listSuitableColumns(schema, types).map((c) => c.name)).toEqual([
      'Body Mass (g)',
      'Year',
    ]);
  });

  it('impute with the mean offers numbers, with the mode any column', () => {
    const draft = createDraft('impute');
    const columnsOf = () => {
      const field = describeStepFields('impute', draft).find((f) => f.kind === 'columns')!;
      return listSuitableColumns(schema, field.kind === 'columns' ? field.types : null).length;
    };
    expect(columnsOf()).toBe(2);
    draft.choices.strategy = 'mode';
    expect(columnsOf()).toBe(5);
  });

  it('the impute constant is shown only for the constant strategy', () => {
    const draft = createDraft('impute');
    const value = describeStepFields('impute', draft).find((f) => f.kind === 'text')!;
    expect(isFieldShown(value, draft)).toBe(false);
    draft.choices.strategy = 'constant';
    expect(isFieldShown(value, draft)).toBe(true);
  });

  it('buildStep of an impute draft is the facade step, a plain copy of the columns', () => {
    const draft = createDraft('impute');
    draft.columns = ['Body Mass (g)'];
    const step = buildStep(draft, schema);
    expect(step).toEqual({ kind: 'impute', columns: ['Body Mass (g)'], strategy: 'mean' });
    expect(step.kind === 'impute' && step.columns).not.toBe(draft.columns);
  });

  it('buildStep of a numeric constant impute gives a number value', () => {
    const draft = createDraft('impute');
    draft.columns = ['Body Mass (g)'];
    draft.choices.strategy = 'constant';
    draft.texts.value = '4200';
    expect(buildStep(draft, schema)).toMatchObject({ strategy: 'constant', value: 4200 });
  });

  it('buildStep of a clip draft keeps only the chosen method’s parameter', () => {
    const draft = createDraft('clip-outliers');
    draft.columns = ['Year'];
    expect(buildStep(draft, schema)).toEqual({
      kind: 'clip-outliers',
      columns: ['Year'],
      method: 'iqr',
      k: 1.5,
    });
    draft.choices.clipMethod = 'z-score';
    expect(buildStep(draft, schema)).toMatchObject({ method: 'z-score', z: 3 });
  });

  it('a split draft on a version with a target stratifies by it, seeded', () => {
    const draft = createDraft('split', 'Species');
    draft.numbers.seed = 7;
    expect(buildStep(draft, schema)).toEqual({
      kind: 'split',
      method: 'stratified',
      ratios: { train: 0.7, validation: 0.15, test: 0.15 },
      seed: 7,
      column: 'Species',
    });
  });

  it('a random split without validation share has no column and two ratios', () => {
    const draft = createDraft('split');
    draft.numbers.train = 0.8;
    draft.numbers.validation = 0;
    draft.numbers.test = 0.2;
    expect(buildStep(draft, schema)).toEqual({
      kind: 'split',
      method: 'random',
      ratios: { train: 0.8, test: 0.2 },
      seed: 42,
    });
  });

  it('buildStep of a set-roles draft maps each chosen column to the chosen role', () => {
    const draft = createDraft('set-roles');
    expect(describeStepFields('set-roles').map((f) => f.kind)).toEqual(['columns', 'choice']);
    expect(isDraftComplete(draft)).toBe(false);
    draft.columns = ['Year', 'Island'];
    draft.choices.role = 'id';
    expect(isDraftComplete(draft)).toBe(true);
    expect(buildStep(draft, schema)).toEqual({
      kind: 'set-roles',
      roles: { Year: 'id', Island: 'id' },
    });
  });

  it('buildCondition types values by column: numbers, lists and no value for missing', () => {
    expect(buildCondition({ column: 'Year', op: '>=', value: ' 2008 ' }, schema)).toEqual({
      column: 'Year',
      op: '>=',
      value: 2008,
    });
    expect(buildCondition({ column: 'Island', op: 'in', value: 'Dream, Biscoe' }, schema)).toEqual({
      column: 'Island',
      op: 'in',
      value: ['Dream', 'Biscoe'],
    });
    expect(buildCondition({ column: 'Island', op: 'is-missing', value: 'x' }, schema)).toEqual({
      column: 'Island',
      op: 'is-missing',
    });
  });

  it('buildStep of a filter draft drops conditions without a column', () => {
    const draft = createDraft('filter-rows');
    draft.conditions.push({ column: 'Year', op: '<', value: '2009' });
    expect(buildStep(draft, schema)).toEqual({
      kind: 'filter-rows',
      match: 'all',
      conditions: [{ column: 'Year', op: '<', value: 2009 }],
    });
  });

  it('isDraftComplete wants columns, a column, a name and an expression', () => {
    const scale = createDraft('scale');
    expect(isDraftComplete(scale)).toBe(false);
    scale.columns = ['Year'];
    expect(isDraftComplete(scale)).toBe(true);
    expect(isDraftComplete(createDraft('encode'))).toBe(false);
    expect(isDraftComplete(createDraft('drop-duplicates'))).toBe(true);
    const derive = createDraft('derive');
    derive.texts.name = 'kg';
    expect(isDraftComplete(derive)).toBe(false);
    derive.texts.expression = '`Body Mass (g)` / 1000';
    expect(isDraftComplete(derive)).toBe(true);
    expect(isDraftComplete(createDraft('split'))).toBe(true);
    expect(isDraftComplete(createDraft('split', 'Species'))).toBe(true);
  });

  it('every kind, option and operator has English and Korean words', () => {
    const keys: string[] = stepKinds.map((kind) => `data.recipe.kind.${kind}`);
    for (const key of Object.keys(choiceOptions) as ChoiceKey[]) {
      keys.push(`data.recipe.field.${key}`);
      for (const value of choiceOptions[key]) keys.push(optionKey(key, value));
    }
    for (const op of conditionOps) keys.push(opKey(op));
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(ko, key).toHaveProperty([key]);
      expect(ko[key as keyof typeof ko]).not.toBe('');
    }
  });
});
