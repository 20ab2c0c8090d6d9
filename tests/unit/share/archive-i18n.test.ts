import { describe, expect, it } from 'vitest';
import { shareArchiveEn } from '../../../src/i18n/blocks/share-archive.en';
import { shareArchiveKo } from '../../../src/i18n/blocks/share-archive.ko';
import { archiveRejections } from '../../../src/lifecycle/share/archive-types';

describe('share-archive messages', () => {
  it('every refusal reason has an English and a Korean message', () => {
    for (const reason of archiveRejections) {
      const key = `archive.reason.${reason}` as keyof typeof shareArchiveEn;
      expect(shareArchiveEn[key], reason).toMatch(/\S/);
      expect(shareArchiveKo[key], reason).toMatch(/[가-힣]/);
    }
  });

  it('lists no message for a reason the reader never gives', () => {
    const reasons = Object.keys(shareArchiveEn)
      .filter((key) => key.startsWith('archive.reason.'))
      .map((key) => key.slice('archive.reason.'.length));
    expect(reasons.sort()).toEqual([...archiveRejections].sort());
  });
});
