import type { TFunction } from 'i18next';
import { Cache, FOREVER } from '../domain/cache';

/**
 * i18next looks a phrase up and interpolates it anew on every call, which costs more than the rest of building a
 * card. The catalogs never change while the bot runs, so a phrase is a pure function of its key and its values: it is
 * remembered when the values are plain (strings, numbers, booleans); anything else goes to i18next every time.
 */
export function rememberingTranslator(translate: TFunction, limit = 10_000): TFunction {
  // Values such as names and dates vary without end, hence the bound.
  const remembered = new Cache<unknown>({ name: 'i18n.phrases', ttlMs: FOREVER, maxEntries: limit });
  const call = translate as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const id = phraseId(args);
    if (id === undefined) return call(...args);
    const known = remembered.get(id);
    if (known !== undefined) return known;
    const phrase = call(...args);
    remembered.set(id, phrase);
    return phrase;
  };
  // Keeps what i18next hangs on a fixed translator (its language and namespace).
  return Object.assign(remembering, translate);
}

function phraseId([key, options, ...more]: unknown[]): string | undefined {
  if (typeof key !== 'string' || more.length > 0) return undefined;
  if (options === undefined) return key;
  return hasOnlyPlainValues(options) ? `${key}\u0000${JSON.stringify(options)}` : undefined;
}

function hasOnlyPlainValues(options: unknown): boolean {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return false;
  return Object.values(options).every((value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
}
