import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LabError } from '../../src/shared/lab-error';
import { toStorageError } from '../../src/storage';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStorageError', () => {
  it('a QuotaExceededError DOMException becomes QUOTA_EXCEEDED with the cause kept', () => {
    const cause = quota();
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(LabError);
    expect(error.code).toBe('QUOTA_EXCEEDED');
    expect(error.cause).toBe(cause);
    expect(error.detail).toContain('QuotaExceededError');
  });

  it("Dexie's QuotaExceededError and an AbortError whose inner error is quota become QUOTA_EXCEEDED", () => {
    expect(toStorageError(new Dexie.QuotaExceededError(quota())).code).toBe('QUOTA_EXCEEDED');
    expect(toStorageError(new Dexie.AbortError('Transaction aborted', quota())).code).toBe(
      'QUOTA_EXCEEDED',
    );
    expect(toStorageError(new Dexie.AbortError('Transaction aborted')).code).toBe('STORAGE_ERROR');
  });

  it('a BulkError with a quota failure, and Firefox’s legacy quota name, become QUOTA_EXCEEDED', () => {
    const bulk = new Dexie.BulkError('1 of 2 operations failed', {
      1: new Dexie.AbortError('aborted', quota()),
    });
    expect(toStorageError(bulk).code).toBe('QUOTA_EXCEEDED');
    expect(toStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'full' }).code).toBe(
      'QUOTA_EXCEEDED',
    );
  });

  it('DatabaseClosedError becomes STORAGE_LOST, or READ_ONLY when the store is read-only', () => {
    expect(toStorageError(new Dexie.DatabaseClosedError()).code).toBe('STORAGE_LOST');
    expect(toStorageError(new Dexie.DatabaseClosedError(), 'read-only').code).toBe('READ_ONLY');
  });

  it('a LabError passes through unchanged; anything else becomes STORAGE_ERROR with its detail', () => {
    const lab = new LabError('NOT_FOUND', 'No project');
    expect(toStorageError(lab)).toBe(lab);
    const constraint = toStorageError(
      new Dexie.ConstraintError('Key already exists in the object store.'),
    );
    expect(constraint.code).toBe('STORAGE_ERROR');
    expect(constraint.detail).toContain('ConstraintError: Key already exists');
    expect(toStorageError('boom')).toMatchObject({ code: 'STORAGE_ERROR' });
  });
});
