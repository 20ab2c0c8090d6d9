import { isMessageKey, translate, type Locale, type MessageKey } from '../i18n';
import { toLabError, type LabError } from '../shared/lab-error';

/** Rewrites a LabError's message into the locale, from the `error.<CODE>` catalog entry. */
export function localizeError(error: LabError, locale: Locale): LabError {
  const key = `error.${error.code}` as MessageKey;
  const params: Record<string, string | number> = {
    detail: error.detail ?? error.message,
    ...error.params,
  };
  const reasonKey = `invalid.${String(params.reason)}`;
  if (isMessageKey(reasonKey)) params.reasonText = translate(locale, reasonKey, params);
  const archiveKey = `archive.reason.${String(params.reason)}`;
  // An archive's refusal: why, in the reader's language, then the English specifics (which file).
  const message =
    error.code === 'ARCHIVE_REJECTED' && isMessageKey(archiveKey)
      ? `${translate(locale, archiveKey, params)} (${error.file ? `${error.file}: ` : ''}${String(params.detail)})`
      : translate(locale, key, params);
  Object.defineProperty(error, 'message', { value: message, configurable: true, writable: true });
  return error;
}

type AnyFunction = (...args: never[]) => unknown;

/**
 * Wraps every method of a facade namespace so that whatever it throws or rejects with reaches
 * the caller as a LabError with a message in the current locale.
 */
export function withLabErrors<T extends object>(namespace: T, getLocale: () => Locale): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(namespace)) {
    if (typeof member !== 'function') {
      wrapped[name] = member;
      continue;
    }
    const method = member as AnyFunction;
    wrapped[name] = (...args: never[]) => {
      const fail = (error: unknown): never => {
        throw localizeError(toLabError(error), getLocale());
      };
      try {
        const result = method.apply(namespace, args);
        return result instanceof Promise ? result.catch(fail) : result;
      } catch (error) {
        return fail(error);
      }
    };
  }
  return wrapped as T;
}
