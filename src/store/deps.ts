// What the store needs from the outside, injectable for tests. The parser is loaded only when something must be parsed.
import type { Catalog, Diagnostic, SourceDocument } from '../domain/types';
import type { Direction, Positions } from '../layout/geometry';
import type { LayoutInput } from '../layout/layout';

export interface StoreDeps {
  seeds: SourceDocument[];
  loadBuildCatalog(): Promise<(docs: SourceDocument[]) => Catalog>;
  layout(input: LayoutInput, direction: Direction): Promise<Positions>;
  /**
   * Parses in a Web Worker when the documents are large; resolves null to parse on the main thread instead.
   * `leading` diagnostics (files refused before reading) go first in the catalog, so its JSON is made there too.
   */
  parseOffThread?(docs: SourceDocument[], leading?: Diagnostic[]): Promise<Catalog | null>;
  /** A hint that a catalog of this many nodes is about to be laid out: start its layout workers now. */
  prepareLayout?(nodes: number): void;
}

export const defaultDeps: Omit<StoreDeps, 'seeds'> = {
  // Dynamic import keeps markdown/yaml parsing out of the initial bundle: a reload uses the stored catalog.
  loadBuildCatalog: () => import('../domain/catalog').then((m) => m.buildCatalog),
  // The layout runs in a Web Worker (main-thread fallback inside layoutAsync).
  layout: (input, direction) => import('../layout/client').then((m) => m.layoutAsync(input, direction)),
  parseOffThread: (docs, leading) =>
    import('./parseClient').then((m) => m.parseOffThread(docs, undefined, leading)),
  prepareLayout: (nodes) => void import('../layout/client').then((m) => m.prepareLayoutWorkers(nodes)),
};
