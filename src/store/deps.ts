// What the store needs from the outside, injectable for tests. The parser is loaded only when something must be parsed.
import type { Catalog, SourceDocument } from '../domain/types';
import type { Direction, Positions } from '../layout/geometry';
import type { LayoutInput } from '../layout/layout';

export interface StoreDeps {
  seeds: SourceDocument[];
  loadBuildCatalog(): Promise<(docs: SourceDocument[]) => Catalog>;
  layout(input: LayoutInput, direction: Direction): Promise<Positions>;
}

export const defaultDeps: Omit<StoreDeps, 'seeds'> = {
  // Dynamic import keeps markdown/yaml parsing out of the initial bundle: a reload uses the stored catalog.
  loadBuildCatalog: () => import('../domain/catalog').then((m) => m.buildCatalog),
  layout: (input, direction) => import('../layout/layout').then((m) => m.layoutCatalog(input, direction)),
};
