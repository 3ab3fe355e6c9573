// The catalog JSON file the browser bench imports into the app.
import type { Catalog } from '../src/domain/types';

/** The catalog file the app imports. Empty arrays/objects left out (the catalog reader defaults them): keeps 5,000 nodes under the app's 5 MB file limit. */
export function catalogJson(catalog: Catalog): string {
  return JSON.stringify({ nodes: catalog.nodes, edges: catalog.edges }, (_k, v: unknown) =>
    (Array.isArray(v) && v.length === 0) ||
    (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)
      ? undefined
      : v,
  );
}
