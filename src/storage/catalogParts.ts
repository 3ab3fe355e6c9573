// A catalog cut into parts for the trip from the parse worker (parseWorker.ts) and put back together (parseClient.ts).
import type { Catalog } from '../domain/types';

export interface CatalogPart {
  nodes: Catalog['nodes'];
  edges: Catalog['edges'];
  diagnostics: Catalog['diagnostics'];
}

/** Items per part. */
export const PART_SIZE = { nodes: 250, edges: 2000, diagnostics: 500 } as const;

/** The catalog cut into parts (at least one, so an empty catalog still answers). */
export function catalogParts(catalog: Catalog): CatalogPart[] {
  const parts: CatalogPart[] = [];
  const count = Math.max(
    1,
    Math.ceil(catalog.nodes.length / PART_SIZE.nodes),
    Math.ceil(catalog.edges.length / PART_SIZE.edges),
    Math.ceil(catalog.diagnostics.length / PART_SIZE.diagnostics),
  );
  for (let i = 0; i < count; i++) {
    parts.push({
      nodes: catalog.nodes.slice(i * PART_SIZE.nodes, (i + 1) * PART_SIZE.nodes),
      edges: catalog.edges.slice(i * PART_SIZE.edges, (i + 1) * PART_SIZE.edges),
      diagnostics: catalog.diagnostics.slice(i * PART_SIZE.diagnostics, (i + 1) * PART_SIZE.diagnostics),
    });
  }
  return parts;
}

/** Adds a part to the catalog being received. */
export function appendPart(into: Catalog, part: CatalogPart): void {
  for (const n of part.nodes) into.nodes.push(n);
  for (const e of part.edges) into.edges.push(e);
  for (const d of part.diagnostics) into.diagnostics.push(d);
}
