import { describe, expect, it } from 'vitest';
import type { InputField } from '../../../src/api/deploy-types';
import { computeExampleRow, parseRequestText } from '../../../src/ui/stages/deploy/request-json';
import { computeModelName } from '../../../src/ui/stages/deploy/response-view';

const field = (patch: Partial<InputField>): InputField => ({
  name: 'x',
  type: 'number',
  nullable: false,
  categories: null,
  min: null,
  max: null,
  ...patch,
});

describe('deploy request JSON', () => {
  it('an example row takes the middle of each numeric range and the first category', () => {
    const row = computeExampleRow([
      field({ name: 'petal', min: 1, max: 6.9 }),
      field({ name: 'count', type: 'integer', min: 0, max: 5 }),
      field({ name: 'colour', type: 'category', categories: ['red', 'blue'] }),
    ]);
    expect(row).toEqual({ petal: 3.95, count: 3, colour: 'red' });
  });

  it('a syntax error reports its line, column and offset instead of throwing', () => {
    const text = '[\n  { "a": }\n]';
    expect(parseRequestText(text)).toEqual({
      ok: false,
      reason: 'syntax',
      offset: 11,
      line: 2,
      column: 10,
    });
    expect(() => JSON.parse(text)).toThrow();
  });

  it('a trailing comma and an unclosed array are syntax errors at the right place', () => {
    expect(parseRequestText('[{"a":1,}]')).toMatchObject({ reason: 'syntax', offset: 8 });
    expect(parseRequestText('[{"a":1}')).toMatchObject({ reason: 'syntax', offset: 8 });
  });

  it('valid rows parse, a single object counts as one row, and non-objects are refused', () => {
    expect(parseRequestText(' [{"a": 1.5e2, "b": "x", "c": null}] ')).toEqual({
      ok: true,
      rows: [{ a: 150, b: 'x', c: null }],
    });
    expect(parseRequestText('{"a": true}')).toEqual({ ok: true, rows: [{ a: true }] });
    expect(parseRequestText('[{"a":1}, 3]')).toEqual({ ok: false, reason: 'not-rows', row: 1 });
  });

  it('a model name is the project name in kebab-case', () => {
    expect(computeModelName('  Iris Flowers (v2)! ')).toBe('iris-flowers-v2');
  });
});
