import { describe, expect, it } from 'vitest';
import { localizeError, withLabErrors } from '../../../src/api/localize-errors';
import { parseProjectPlan } from '../../../src/lifecycle/plan';
import { LabError } from '../../../src/shared/lab-error';

describe('localizeError', () => {
  it('writes a validation error in Korean with the field and the reason', () => {
    let error: unknown;
    try {
      parseProjectPlan({ name: '' });
    } catch (caught) {
      error = caught;
    }
    const localized = localizeError(error as LabError, 'ko');
    expect(localized.message).toBe('“name” 항목을 확인하세요: 꼭 입력해야 합니다.');
    expect(localizeError(error as LabError, 'en').message).toBe('Check “name”: it is required.');
  });

  it('fills the worker name into a crash message', () => {
    const error = new LabError('WORKER_CRASHED', 'gone', { params: { worker: 'train' } });
    expect(localizeError(error, 'en').message).toBe(
      'The train worker stopped unexpectedly. The next action starts a fresh one.',
    );
  });
});

describe('withLabErrors', () => {
  const namespace = {
    boom: async (): Promise<number> => {
      throw new TypeError('x is undefined');
    },
    sync: (): number => {
      throw new LabError('NOT_FOUND', 'project p1', { params: { what: 'project p1' } });
    },
    fine: async (value: number) => value * 2,
  };
  const wrapped = withLabErrors(namespace, () => 'en');

  it('turns any rejection into a LabError with a readable message', async () => {
    const error = await wrapped.boom().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LabError);
    expect((error as LabError).code).toBe('INTERNAL');
    expect((error as LabError).message).toContain('x is undefined');
  });

  it('localises synchronous throws and passes results through', async () => {
    expect(() => wrapped.sync()).toThrow('Not found: project p1');
    await expect(wrapped.fine(21)).resolves.toBe(42);
  });
});
