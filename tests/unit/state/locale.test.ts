import { describe, expect, it } from 'vitest';
import { LocaleState, localeStorageKey } from '../../../src/state/locale.svelte';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('LocaleState', () => {
  it('starts from the browser languages when nothing is stored', () => {
    const root = { lang: '' };
    const locale = new LocaleState({ storage: memoryStorage(), languages: ['ko-KR'], root });
    expect(locale.current).toBe('ko');
    expect(root.lang).toBe('ko');
  });

  it('a stored choice wins over the browser languages', () => {
    const storage = memoryStorage({ [localeStorageKey]: 'en' });
    const locale = new LocaleState({ storage, languages: ['ko-KR'], root: null });
    expect(locale.current).toBe('en');
  });

  it('ignores a stored value that is not a locale', () => {
    const storage = memoryStorage({ [localeStorageKey]: 'klingon' });
    expect(new LocaleState({ storage, languages: ['fr'], root: null }).current).toBe('en');
  });

  it('set() saves the choice, sets <html lang> and changes t()', () => {
    const storage = memoryStorage();
    const root = { lang: '' };
    const locale = new LocaleState({ storage, languages: ['en-US'], root });
    expect(locale.t('stage.plan')).toBe('Plan');
    locale.set('ko');
    expect(storage.data.get(localeStorageKey)).toBe('ko');
    expect(root.lang).toBe('ko');
    expect(locale.t('stage.plan')).toBe('문제 정의');
    expect(locale.t('error.NOT_FOUND', { what: 'x' })).toBe('찾을 수 없습니다: x');
  });

  it('keeps working when storage throws (private windows)', () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const locale = new LocaleState({ storage, languages: ['ko'], root: null });
    expect(locale.current).toBe('ko');
    locale.set('en');
    expect(locale.current).toBe('en');
  });
});
