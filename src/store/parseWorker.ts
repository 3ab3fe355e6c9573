// Web Worker entry: builds the catalog off the main thread, so importing a big folder never freezes the page.
import { buildCatalog } from '../domain/catalog';
import type { SourceDocument } from '../domain/types';
import { catalogParts, type CatalogPart } from './catalogParts';

export interface ParseRequest {
  id: number;
  docs: SourceDocument[];
}

/**
 * The catalog comes back in parts, each a message of its own: receiving (structured-cloning) a whole
 * 2,000-node catalog was one 40 ms task on the main thread; parts of a few hundred nodes are a few ms each.
 */
export type ParseResponse = { id: number; part: CatalogPart; done: boolean } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = (event) => {
  const { id, docs } = event.data;
  try {
    const parts = catalogParts(buildCatalog(docs));
    parts.forEach((part, i) => scope.postMessage({ id, part, done: i === parts.length - 1 }));
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
