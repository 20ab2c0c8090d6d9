import { describe, expect, it } from 'vitest';
import { computeInputSchema } from '../../../src/lifecycle/deploy';
import { trainRows, trainSchema, trainTable } from './training-table';

const features = ['age', 'visits', 'plan', 'vip', 'joined'];

describe('computeInputSchema', () => {
  const fields = computeInputSchema(trainSchema, trainTable, trainRows, features);

  it('gives one field per feature, in feature order, with the schema type', () => {
    expect(fields.map((f) => [f.name, f.type])).toEqual([
      ['age', 'number'],
      ['visits', 'integer'],
      ['plan', 'category'],
      ['vip', 'boolean'],
      ['joined', 'datetime'],
    ]);
  });

  it('a number field has the training min and max, ignoring rows outside training', () => {
    expect(fields[0]).toMatchObject({ min: 22, max: 60, categories: null });
    expect(fields[1]).toMatchObject({ min: 0, max: 8 });
  });

  it('a field is nullable only when a training row is missing it', () => {
    expect(fields.map((f) => f.nullable)).toEqual([true, false, false, false, false]);
  });

  it('a category field lists the categories seen in training, sorted, not unseen ones', () => {
    expect(fields[2]).toMatchObject({ categories: ['Team', 'basic', 'pro'], min: null, max: null });
  });

  it('a boolean field lists false and true as seen; a datetime field its range in epoch ms', () => {
    expect(fields[3]?.categories).toEqual(['false', 'true']);
    expect(computeInputSchema(trainSchema, trainTable, [1, 2], ['vip'])[0]?.categories).toEqual([
      'false',
    ]);
    expect(fields[4]).toMatchObject({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 1, 10) });
  });

  it('an absent feature is a SCHEMA_MISMATCH naming it', () => {
    expect(() => computeInputSchema(trainSchema, trainTable, trainRows, ['height'])).toThrow(
      expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'height' }),
    );
  });
});
