/** The English texts the e2e tests look for, taken from the catalog so a wording change follows. */
import { en, type MessageKey } from '../../src/i18n/en';

/** The first sentence of a catalog message, without placeholders after it. */
export function firstSentence(key: MessageKey): string {
  const text: string = en[key];
  const end = text.search(/[.:](\s|$)/);
  return (end === -1 ? text : text.slice(0, end)).split('{')[0]!.trim();
}

/** A catalog message as a case-insensitive pattern matching its first sentence. */
export function messagePattern(key: MessageKey): RegExp {
  return new RegExp(firstSentence(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
