import { en, type Catalog, type MessageKey } from './en';
import { ko } from './ko';

export type { Catalog, MessageKey } from './en';

/** Languages the lab speaks. */
export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** Each locale's name in its own language (an endonym), for the language switch. */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어' };

export const catalogs: Readonly<Record<Locale, Catalog>> = { en, ko };

/** Values interpolated into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Whether a value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Whether a string is a message key of the catalogs. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

/** The first supported locale among the browser's preferred languages; English otherwise. */
export function parseLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** A message in a locale with its placeholders filled; a missing param stays as `{name}`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
