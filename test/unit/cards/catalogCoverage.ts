import { basename } from 'node:path';
import type { CardCatalogEntry } from '../../support/cards/catalog';

/** Templates below `cards/` (paths from it) that the catalog does not list, so no test or preview would ever see them. */
export function uncataloguedTemplates(paths: readonly string[], catalog: readonly CardCatalogEntry[]): string[] {
  return paths
    .filter((path) => path.endsWith('.json'))
    .map((path) => basename(path, '.json'))
    .filter((name) => !catalog.some((entry) => entry.name === name));
}
