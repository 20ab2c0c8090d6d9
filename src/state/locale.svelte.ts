import {
  isLocale,
  parseLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../i18n';

/** The localStorage key that keeps the user's language across reloads. */
export const localeStorageKey = 'lab.locale';

/** What the locale state reads and writes: the browser's, or a test's stand-ins. */
export interface LocaleEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  languages: readonly string[];
  /** The element whose `lang` attribute follows the locale (`document.documentElement`). */
  root: { lang: string } | null;
}

function readStored(storage: LocaleEnvironment['storage']): Locale | null {
  try {
    const value = storage?.getItem(localeStorageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language the lab speaks in this tab: kept in localStorage, else the browser's choice. */
export class LocaleState {
  current = $state<Locale>('en');
  readonly #env: LocaleEnvironment;

  constructor(env: LocaleEnvironment) {
    this.#env = env;
    this.current = readStored(env.storage) ?? parseLocale(env.languages);
    this.#applyToDocument();
  }

  /** The locale state of this browser tab. */
  static fromBrowser(): LocaleState {
    let storage: Storage | null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null;
    }
    return new LocaleState({
      storage,
      languages: navigator.languages ?? [navigator.language],
      root: document.documentElement,
    });
  }

  /** Switches the language, remembers it for the next visit, and sets `<html lang>`. */
  set(locale: Locale): void {
    this.current = locale;
    try {
      this.#env.storage?.setItem(localeStorageKey, locale);
    } catch {
      // Storage can be off (private windows); the choice then lasts for this tab only.
    }
    this.#applyToDocument();
  }

  /** A message in the current locale with its `{placeholders}` filled. */
  t = (key: MessageKey, params?: MessageParams): string => translate(this.current, key, params);

  #applyToDocument(): void {
    if (this.#env.root) this.#env.root.lang = this.current;
  }
}
