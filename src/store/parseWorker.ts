// Web Worker entry: builds the catalog off the main thread, so importing a big folder never freezes the page.
import { buildCatalog } from '../domain/catalog';
import type { Catalog, SourceDocument } from '../domain/types';

export interface ParseRequest {
  id: number;
  docs: SourceDocument[];
}

export type ParseResponse = { id: number; catalog: Catalog } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = (event) => {
  const { id, docs } = event.data;
  try {
    scope.postMessage({ id, catalog: buildCatalog(docs) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
