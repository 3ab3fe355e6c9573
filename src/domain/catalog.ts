// Merge parsed documents into one catalog: keys, placeholders, edges, diagnostics, cycles.
// STUB: the public signature is stable; the implementation is being filled in.
import type { Catalog, SourceDocument } from './types';

export function buildCatalog(docs: SourceDocument[]): Catalog {
  void docs;
  return { nodes: [], edges: [], diagnostics: [] };
}
