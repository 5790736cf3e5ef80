import type { CardCatalogEntry } from '../../support/cards/catalog';

/** Templates in `cards/` that the catalog does not list, so no test or preview would ever see them. */
export function uncataloguedTemplates(fileNames: readonly string[], catalog: readonly CardCatalogEntry[]): string[] {
  return fileNames
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((name) => !catalog.some((entry) => entry.name === name));
}
