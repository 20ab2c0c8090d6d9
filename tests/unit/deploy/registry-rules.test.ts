import { describe, expect, it } from 'vitest';
import {
  checkAliasName,
  checkModelName,
  computeAliasMove,
  computeArchive,
  computeNextVersion,
  type ModelVersion,
} from '../../../src/lifecycle/deploy';

function versionOf(
  id: string,
  name: string,
  version: number,
  aliases: string[] = [],
): ModelVersion {
  const base = { projectId: 'p1', runId: `run-${id}`, packageId: null, createdAt: version };
  return { ...base, id, name, version, aliases, archived: false };
}

const versions = [
  versionOf('a1', 'churn', 1, ['champion']),
  versionOf('a2', 'churn', 2, ['challenger']),
  { ...versionOf('a3', 'churn', 3), archived: true },
  versionOf('b1', 'price', 1, ['champion']),
];

describe('registry rules', () => {
  it('computeNextVersion counts up per name, archived versions included; a new name starts at 1', () => {
    expect(computeNextVersion(versions, 'churn')).toBe(4);
    expect(computeNextVersion(versions, 'price')).toBe(2);
    expect(computeNextVersion(versions, 'new')).toBe(1);
  });

  it('checkModelName accepts letters, digits, - _ . up to 64 and refuses the rest', () => {
    expect(() => checkModelName('Churn_v2.final-1')).not.toThrow();
    expect(() => checkModelName('a'.repeat(64))).not.toThrow();
    const reason = (name: string) => {
      try {
        checkModelName(name);
      } catch (error) {
        return (error as { code: string; params: { reason: string } }).params.reason;
      }
      return null;
    };
    expect(reason('')).toBe('required');
    expect(reason('a'.repeat(65))).toBe('too_long');
    expect(reason('my model')).toBe('bad-name');
    expect(reason('모델')).toBe('bad-name');
  });

  it('checkAliasName accepts lower-case letters, digits and - only', () => {
    expect(() => checkAliasName('champion-2')).not.toThrow();
    for (const bad of ['', 'Champion', 'prod_1', 'a.b', 'x'.repeat(65)]) {
      expect(() => checkAliasName(bad), bad).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          params: expect.objectContaining({ field: 'alias' }),
        }),
      );
    }
  });

  it('computeAliasMove moves the alias off its holder onto the target: one version per alias', () => {
    const changed = computeAliasMove(versions, 'churn', 'champion', 'a2');
    expect(changed.map((v) => [v.id, v.aliases])).toEqual([
      ['a1', []],
      ['a2', ['challenger', 'champion']],
    ]);
    expect(versions[0]?.aliases).toEqual(['champion']);
    const after = versions.map((v) => changed.find((c) => c.id === v.id) ?? v);
    const holders = after.filter((v) => v.name === 'churn' && v.aliases.includes('champion'));
    expect(holders.map((v) => v.id)).toEqual(['a2']);
    expect(after.find((v) => v.id === 'b1')?.aliases).toEqual(['champion']);
  });

  it('computeAliasMove with null removes the alias; already in place changes nothing', () => {
    expect(
      computeAliasMove(versions, 'churn', 'challenger', null).map((v) => [v.id, v.aliases]),
    ).toEqual([['a2', []]]);
    expect(computeAliasMove(versions, 'churn', 'champion', 'a1')).toEqual([]);
  });

  it('computeAliasMove refuses an archived target, another name’s target and an unknown one', () => {
    expect(() => computeAliasMove(versions, 'churn', 'champion', 'a3')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        params: expect.objectContaining({ reason: 'archived' }),
      }),
    );
    expect(() => computeAliasMove(versions, 'churn', 'champion', 'b1')).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ reason: 'other-model' }) }),
    );
    expect(() => computeAliasMove(versions, 'churn', 'champion', 'zz')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('computeArchive marks the version archived and removes its aliases', () => {
    expect(computeArchive(versions[0]!)).toEqual({ ...versions[0], archived: true, aliases: [] });
  });
});
