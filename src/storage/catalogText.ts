// The JSON text of a catalog, as the catalog record stores it (storage/schema.ts). Turning a 2,000-node catalog
// into text takes ~20–30 ms; a catalog built in the parse worker comes with its text made there, remembered here
// by catalog identity (catalogs are never mutated once built), so saving an import costs the main thread a lookup.
import type { Catalog } from '../domain/types';

const texts = new WeakMap<Catalog, string>();

/** Remember `text` as the JSON of `catalog` (made elsewhere from the same content). */
export function rememberCatalogText(catalog: Catalog, text: string): void {
  texts.set(catalog, text);
}

/** The JSON text of `catalog`: the one remembered for it, or made now. */
export function catalogText(catalog: Catalog): string {
  return texts.get(catalog) ?? JSON.stringify(catalog);
}
