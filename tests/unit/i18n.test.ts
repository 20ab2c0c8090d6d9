import { describe, expect, it } from 'vitest';
import { catalogs, isMessageKey, locales, parseLocale, translate } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { labErrorCodes } from '../../src/shared/lab-error';
import { stages } from '../../src/lifecycle/plan/types';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('catalogs', () => {
  it('en and ko have exactly the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('each en/ko pair uses the same {placeholders}', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('no message is empty in any locale', () => {
    for (const locale of locales) {
      for (const [key, value] of Object.entries(catalogs[locale])) {
        expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('every LabError code and every stage has a message', () => {
    for (const code of labErrorCodes) expect(isMessageKey(`error.${code}`), code).toBe(true);
    for (const stage of stages) expect(isMessageKey(`stage.${stage}`), stage).toBe(true);
  });

  it('Korean stage names use the terms learners expect', () => {
    expect(ko['stage.plan']).toBe('문제 정의');
    expect(ko['stage.data']).toBe('데이터 준비');
    expect(ko['stage.monitor']).toBe('모니터링');
    expect(ko['nav.settings']).toBe('설정');
  });
});

describe('parseLocale', () => {
  it('picks ko for ["ko-KR"]', () => {
    expect(parseLocale(['ko-KR'])).toBe('ko');
  });

  it('picks ko when Korean comes first among other languages', () => {
    expect(parseLocale(['ko', 'en-US'])).toBe('ko');
  });

  it('picks en for English and for languages the lab does not speak', () => {
    expect(parseLocale(['en-GB'])).toBe('en');
    expect(parseLocale(['fr-FR', 'de'])).toBe('en');
    expect(parseLocale([])).toBe('en');
  });
});

describe('translate', () => {
  it('fills {params} in the chosen locale', () => {
    expect(translate('en', 'error.NOT_FOUND', { what: 'project p1' })).toBe(
      'Not found: project p1',
    );
    expect(translate('ko', 'error.NOT_FOUND', { what: 'p1' })).toBe('찾을 수 없습니다: p1');
  });

  it('formats numbers given as params', () => {
    expect(translate('en', 'nav.stageProgress', { done: 1, total: 7 })).toBe(
      '1 of 7 stages have results',
    );
  });

  it('leaves a missing param as its {placeholder}', () => {
    expect(translate('en', 'error.NOT_FOUND')).toBe('Not found: {what}');
  });
});
