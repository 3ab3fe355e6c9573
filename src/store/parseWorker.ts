// Web Worker entry: builds the catalog off the main thread, so importing a big folder never freezes the page.
import { buildCatalog } from '../domain/catalog';
import type { Diagnostic, SourceDocument } from '../domain/types';
import { catalogParts, type CatalogPart } from '../storage/catalogParts';

export interface ParseRequest {
  id: number;
  docs: SourceDocument[];
  /** Diagnostics to put first (files refused before reading), so the catalog's JSON text includes them. */
  leading?: Diagnostic[];
}

/**
 * The catalog comes back in parts, each a message of its own: receiving (structured-cloning) a whole
 * 2,000-node catalog was one 40 ms task on the main thread; parts of a few hundred nodes are a few ms each.
 */
export type ParseResponse =
  { id: number; part: CatalogPart; done: boolean; text?: string } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = (event) => {
  const { id, docs, leading } = event.data;
  try {
    const built = buildCatalog(docs);
    const catalog = leading?.length ? { ...built, diagnostics: [...leading, ...built.diagnostics] } : built;
    const parts = catalogParts(catalog);
    // The last part carries the catalog's JSON text for the catalog record (store/catalogText.ts): a string
    // crosses as a cheap copy, and making it here keeps ~20–30 ms off the main thread when the import is saved.
    parts.forEach((part, i) =>
      scope.postMessage({
        id,
        part,
        done: i === parts.length - 1,
        ...(i === parts.length - 1 ? { text: JSON.stringify(catalog) } : {}),
      }),
    );
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
