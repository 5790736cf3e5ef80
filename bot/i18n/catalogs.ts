import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locale } from '../domain/locale';

export type Catalog = Record<string, unknown>;

/**
 * Each locale is a folder of JSON files, one per feature (`locales/de/benefits.json`), merged into one catalog, so a
 * feature brings its strings without touching anyone else's file. Two files defining the same key is an error.
 */
export function loadCatalogs(root = join(__dirname, 'locales')): Record<Locale, Catalog> {
  return Object.fromEntries(Locale.options.map((locale) => [locale, loadLocale(join(root, locale))])) as Record<
    Locale,
    Catalog
  >;
}

export function loadLocale(folder: string): Catalog {
  const catalog: Catalog = {};
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    mergeInto(catalog, JSON.parse(readFileSync(join(folder, file), 'utf8')) as Catalog, `${folder}/${file}`, []);
  }
  return catalog;
}

function mergeInto(target: Catalog, source: Catalog, file: string, path: string[]): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(existing) && isObject(value)) {
      mergeInto(existing, value, file, [...path, key]);
    } else if (existing !== undefined) {
      throw new Error(`${file} defines ${[...path, key].join('.')} again`);
    } else {
      target[key] = isObject(value) ? structuredClone(value) : value;
    }
  }
}

function isObject(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
